/**
 * What the stored shapes and the capture message refuse (utils/vault/schemas.ts,
 * utils/background/capture-schema.ts, both in zod's mini build for the service worker's start):
 * each case changes one thing of a real record, vault meta or capture message and must fail,
 * while the unchanged one passes. Strictness survives `extend`, refinements run, caps hold.
 */
import { describe, expect, it } from 'vitest';
import { captureRequestSchema } from '../../../utils/background/capture-schema';
import { VaultFormatError } from '../../../utils/vault/errors';
import { migrateVaultMeta } from '../../../utils/vault/migrate';
import { MAX_TEXT, isIsoInstant, storedRecordV2Schema, storedVaultMetaV1Schema } from '../../../utils/vault/schemas';
import { Vault } from '../../../utils/vault/vault';
import { FAST_KDF, PASSPHRASE, freshStorage, rawGet, sampleFields, sampleInputs } from '../fixtures/vault-test-kit';

type Json = Record<string, unknown>;

async function storedPair(): Promise<{ record: Json; meta: Json }> {
  const storage = freshStorage();
  const vault = new Vault(storage, { kdf: FAST_KDF });
  await vault.setPassphrase(PASSPHRASE);
  const { recordId } = await vault.capture(sampleFields(), sampleInputs({ presetId: 'litextension-to-bigcommerce' }));
  return { record: (await rawGet(storage, 'records', recordId)) as Json, meta: (await rawGet(storage, 'meta', 'vault')) as Json };
}

/** A deep copy with one change made to its header. */
function withHeader(stored: Json, change: (header: Json) => void): Json {
  const copy = structuredClone(stored) as { header: Json };
  change(copy.header);
  return copy;
}

describe('stored record (v2)', () => {
  const cases: Array<[string, (h: Json) => void]> = [
    ['an unknown key (strict after extend)', (h) => (h.extra = 1)],
    ['an own __proto__ key in scopes', (h) => (h.scopes = JSON.parse('{"__proto__": "modify", "products": "modify"}') as Json)],
    ['a key id that is not canonical base64url', (h) => (h.keyId = `${(h.keyId as string).slice(0, 21)}B`)],
    ['an instant that is no real date', (h) => (h.capturedAt = '2026-02-30T10:20:30.456Z')],
    // Of the instant's shape but no date at all: refused, where Date#toISOString would throw.
    ['an instant in month 13', (h) => (h.capturedAt = '2026-13-01T10:20:30.456Z')],
    ['a capturedAt that is no instant', (h) => (h.capturedAt = 'yesterday')],
    ['a suite number that is not an integer', (h) => (h.suite = { kem: 32.5, kdf: 1, aead: 2 })],
    ['a kind other than account-level', (h) => (h.kind = 'store-level')],
    ['an empty hand-off list', (h) => (h.handoff = [])],
    ['a name longer than the cap', (h) => (h.name = 'x'.repeat(MAX_TEXT + 1))],
    ['a name with a line separator', (h) => (h.name = 'a\u2028b')],
    ['a preset id that is not kebab-case', (h) => (h.presetId = 'Not_Kebab')],
  ];

  it('accepts the record as the vault stored it', async () => {
    const { record } = await storedPair();
    expect(storedRecordV2Schema.safeParse(record).success).toBe(true);
  });

  it.each(cases)('refuses %s', async (_, change) => {
    const { record } = await storedPair();
    expect(storedRecordV2Schema.safeParse(withHeader(record, change)).success).toBe(false);
  });

  it('outputs scopes as a fresh copy', async () => {
    const { record } = await storedPair();
    const parsed = storedRecordV2Schema.parse(record);
    expect(parsed.header.scopes).toEqual((record.header as Json).scopes);
    expect(parsed.header.scopes).not.toBe((record.header as Json).scopes);
  });
});

describe('stored vault meta (v1)', () => {
  it('accepts the meta as the vault stored it, and refuses a passphrase vault without its KDF', async () => {
    const { meta } = await storedPair();
    expect(storedVaultMetaV1Schema.safeParse(meta).success).toBe(true);
    expect(storedVaultMetaV1Schema.safeParse(withHeader(meta, (h) => (h.kdf = null))).success).toBe(false);
    expect(storedVaultMetaV1Schema.safeParse(withHeader(meta, (h) => (h.protection = 'device'))).success).toBe(false);
    expect(storedVaultMetaV1Schema.safeParse({ ...meta, extra: true }).success).toBe(false);
    expect(storedVaultMetaV1Schema.safeParse(withHeader(meta, (h) => (h.createdAt = ''))).success).toBe(false);
    expect(() => migrateVaultMeta(withHeader(meta, (h) => (h.createdAt = '2026-00-10T00:00:00.000Z')))).toThrow(VaultFormatError);
  });
});

describe('isIsoInstant', () => {
  it('takes only what Date#toISOString writes, and never throws', () => {
    expect(isIsoInstant('2026-01-15T10:20:30.456Z')).toBe(true);
    for (const text of ['', 'x', '2026-01-15T10:20:30Z', '2026-01-15T10:20:30.456+00:00', '2026-13-01T00:00:00.000Z', '2026-02-30T00:00:00.000Z', '9999-99-99T99:99:99.999Z']) {
      expect(isIsoInstant(text)).toBe(false);
    }
  });
});

describe('capture message', () => {
  const message = () => ({
    type: 'capture',
    captureId: crypto.randomUUID(),
    popup: { clientId: 'a', clientSecret: 'b', accessToken: 'c', labelled: [] },
    trustedSave: true,
    savedApiPath: null,
    savedScopes: { products: 'modify' },
    form: { name: 'Warehouse sync', apiPath: null, tokenType: 'v2v3', scopes: { products: 'modify', 'b2b-edition': 'none' } },
  });

  it('accepts a well-formed message', () => {
    expect(captureRequestSchema.safeParse(message()).success).toBe(true);
  });

  it.each<[string, (m: ReturnType<typeof message>) => unknown]>([
    ['an unknown key', (m) => ({ ...m, extra: 1 })],
    ['an unknown key in the pop-up', (m) => ({ ...m, popup: { ...m.popup, extra: 'x' } })],
    ['a capture id that is not a UUID', (m) => ({ ...m, captureId: 'not-a-uuid' })],
    ['an unknown scope row', (m) => ({ ...m, form: { ...m.form, scopes: { 'no-such-row': 'modify' } } })],
    ['an unknown level', (m) => ({ ...m, savedScopes: { products: 'admin' } })],
    ['a value longer than the vault keeps', (m) => ({ ...m, popup: { ...m.popup, accessToken: 'x'.repeat(MAX_TEXT + 1) } })],
    ['more than 8 labelled values', (m) => ({ ...m, popup: { ...m.popup, labelled: Array.from({ length: 9 }, () => ({ label: 'L', value: 'v' })) } })],
    ['an empty labelled value', (m) => ({ ...m, popup: { ...m.popup, labelled: [{ label: 'L', value: '' }] } })],
  ])('refuses %s', (_, change) => {
    expect(captureRequestSchema.safeParse(change(message())).success).toBe(false);
  });
});
