/**
 * Format versions: v0 (hypothetical pre-release shape) → v1 migration for records and the
 * vault meta, and rejection of unknown or malformed stored data.
 */
import { MAX_TEXT } from '../../../utils/vault/schemas';
import { describe, expect, it } from 'vitest';
import { encodeBase64url } from '../../../utils/vault/base64url';
import { TamperedRecordError, VaultFormatError } from '../../../utils/vault/errors';
import { recordHeaderAadV0, vaultAad, vaultHeaderAadV0 } from '../../../utils/vault/headers';
import { deriveKek, newKdfParams } from '../../../utils/vault/kdf';
import { generateRecipientKeyPair, importPublicKey, unwrapPrivateKey, wrapPrivateKey } from '../../../utils/vault/key-wrap';
import { migrateRecord, migrateVaultMeta, readRecord } from '../../../utils/vault/migrate';
import { openRecord, sealRecord, type UnlockedKey } from '../../../utils/vault/seal';
import type { RecordHeaderV0, StoredRecordV0, StoredVaultMetaV0 } from '../../../utils/vault/schemas';
import { hpkeSuite, recordInfo } from '../../../utils/vault/suite';
import { Vault } from '../../../utils/vault/vault';
import { FAST_KDF, PASSPHRASE, freshStorage, rawGet, rawPut, sampleFields, sampleInputs } from '../fixtures/vault-test-kit';

/** What a v0 build would have written: header without tokenType/flags, AAD over that header. */
async function sealV0(publicKey: CryptoKey, keyId: string, name = 'legacy account'): Promise<StoredRecordV0> {
  const header: RecordHeaderV0 = {
    v: 0,
    recordId: crypto.randomUUID(),
    captureId: crypto.randomUUID(),
    name,
    storeHash: 'abc123',
    origin: 'https://store-abc123.mybigcommerce.com',
    capturedAt: '2025-06-01T08:00:00.000Z',
    scopes: { products: 'read-only' },
    keyId,
    suite: { kem: 32, kdf: 1, aead: 2 },
  };
  const body = JSON.stringify({ ...sampleFields(), name });
  const sealed = await hpkeSuite().Seal(publicKey, new TextEncoder().encode(body), { aad: recordHeaderAadV0(header), info: recordInfo(keyId) });
  return { header, enc: encodeBase64url(sealed.encapsulatedSecret), ct: encodeBase64url(sealed.ciphertext) };
}

describe('record migration v0 → v1', () => {
  it('lifts a v0 record to the v1 shape and it still opens under its v0 AAD', async () => {
    const storage = freshStorage();
    const vault = new Vault(storage, { kdf: FAST_KDF });
    const meta = await vault.ensureVault();
    const publicKey = await importPublicKey(meta.header.pk, meta.header.keyId);
    const legacy = await sealV0(publicKey, meta.header.keyId);
    await rawPut(storage, 'records', legacy);
    const modern = await vault.capture(sampleFields(), sampleInputs());

    const { records, problems } = await vault.listRecords();
    expect(problems).toEqual([]);
    const migrated = records.find((r) => r.header.recordId === legacy.header.recordId)!;
    expect(migrated.sealedFormat).toBe(0);
    expect(migrated.header).toEqual({ ...legacy.header, v: 2, tokenType: 'unknown', flags: [], presetId: null });
    expect(records.find((r) => r.header.recordId === modern.recordId)!.sealedFormat).toBe(2);

    // Opens with the key it was sealed to (the device-protected one, unwrapped here directly).
    const deviceKey = (await storage.getDeviceKey())!;
    const oldSk = await unwrapPrivateKey(meta, deviceKey, vaultAad(meta), false);
    const key: UnlockedKey = { keyId: meta.header.keyId, keyPair: { privateKey: oldSk, publicKey } };
    expect((await openRecord(key, migrated)).fields.name).toBe('legacy account');

    // The v0 header is still authenticated after migration.
    const tampered = { ...migrated, header: { ...migrated.header, storeHash: 'evil1' } };
    await expect(openRecord(key, tampered)).rejects.toThrow(TamperedRecordError);
    // Fields v0 never had are not authenticated by a v0 record, and do not matter to opening.
    await expect(openRecord(key, { ...migrated, header: { ...migrated.header, tokenType: 'v2v3' } })).resolves.toBeDefined();
    // Migrated records are read-only: writing them back as v2 would break them.
    await expect(vault.putRecord(migrated)).rejects.toThrow(VaultFormatError);

    // Setting the passphrase rotates the key and re-seals it in the current format, header kept.
    const unlocked = await vault.setPassphrase(PASSPHRASE);
    const resealed = (await vault.getRecord(legacy.header.recordId))!;
    expect(resealed.sealedFormat).toBe(2);
    expect(resealed.header).toEqual({ ...migrated.header, keyId: unlocked.keyId });
    expect((await openRecord(unlocked, resealed)).fields.name).toBe('legacy account');
  });

  it('a current record passes through unchanged', async () => {
    const { keyPair, pk, keyId } = await generateRecipientKeyPair();
    void keyPair;
    const record = await sealRecord({ publicKey: await importPublicKey(pk, keyId), keyId }, sampleFields(), sampleInputs());
    const stored = JSON.parse(JSON.stringify({ header: record.header, enc: record.enc, ct: record.ct })) as unknown;
    expect(migrateRecord(stored)).toEqual(record);
  });
});

describe('vault meta migration v0 → v1', () => {
  it('unlocks a v0 meta and re-wraps it as v1 on passphrase change', async () => {
    const storage = freshStorage();
    const { keyPair, pk, keyId } = await generateRecipientKeyPair();
    const kdf = newKdfParams(FAST_KDF);
    const headerV0 = { v: 0 as const, protection: 'passphrase' as const, kdf, pk, keyId, createdAt: '2025-05-01T00:00:00.000Z' };
    const wrapped = await wrapPrivateKey(keyPair.privateKey, await deriveKek(PASSPHRASE, kdf), vaultHeaderAadV0(headerV0));
    const metaV0: StoredVaultMetaV0 = { header: headerV0, ...wrapped };
    await rawPut(storage, 'meta', metaV0, 'vault');

    const migrated = migrateVaultMeta(metaV0);
    expect(migrated).toEqual({ header: { ...headerV0, v: 1, suite: { kem: 32, kdf: 1, aead: 2 } }, ...wrapped, sealedFormat: 0 });

    const vault = new Vault(storage, { kdf: FAST_KDF });
    const legacyRecord = await sealV0(await importPublicKey(pk, keyId), keyId);
    await rawPut(storage, 'records', legacyRecord);
    expect((await vault.unlock(PASSPHRASE)).keyId).toBe(keyId);

    await vault.changePassphrase(PASSPHRASE, 'the new passphrase');
    const stored = (await rawGet(storage, 'meta', 'vault')) as { header: { v: number; suite: unknown } };
    expect(stored.header.v).toBe(1);
    expect(stored.header.suite).toEqual({ kem: 32, kdf: 1, aead: 2 });
    const key = await vault.unlock('the new passphrase');
    const record = await vault.getRecord(legacyRecord.header.recordId);
    expect((await openRecord(key, record!)).fields.name).toBe('legacy account');
  });
});

describe('unknown and malformed stored data', () => {
  async function validStored() {
    const { pk, keyId } = await generateRecipientKeyPair();
    const record = await sealRecord({ publicKey: await importPublicKey(pk, keyId), keyId }, sampleFields(), sampleInputs());
    return JSON.parse(JSON.stringify({ header: record.header, enc: record.enc, ct: record.ct })) as { header: Record<string, unknown>; enc: string; ct: string };
  }

  it('reports future versions as unknown-version', async () => {
    const stored = await validStored();
    for (const v of [3, 99]) {
      expect(() => migrateRecord({ ...stored, header: { ...stored.header, v } })).toThrow(expect.objectContaining({ reason: 'unknown-version' }));
    }
    expect(() => migrateVaultMeta({ header: { v: 7 }, wrappedSk: '', wrapIv: '' })).toThrow(expect.objectContaining({ reason: 'unknown-version' }));
  });

  it('reports an unsupported suite', async () => {
    const stored = await validStored();
    const result = readRecord({ ...stored, header: { ...stored.header, suite: { kem: 16, kdf: 1, aead: 2 } } }, 'k');
    expect(result).toEqual({ ok: false, problem: { key: 'k', reason: 'unsupported-suite' } });
  });

  it.each<[string, (s: { header: Record<string, unknown>; enc: string; ct: string }) => unknown]>([
    ['null', () => null],
    ['array', () => []],
    ['string', () => 'record'],
    ['no header', (s) => ({ enc: s.enc, ct: s.ct })],
    ['version as string', (s) => ({ ...s, header: { ...s.header, v: '1' } })],
    ['negative version', (s) => ({ ...s, header: { ...s.header, v: -1 } })],
    ['fractional version', (s) => ({ ...s, header: { ...s.header, v: 1.5 } })],
    ['extra top-level key', (s) => ({ ...s, plaintext: 'oops' })],
    ['extra header key', (s) => ({ ...s, header: { ...s.header, accessToken: 'x' } })],
    ['missing flags in v1', (s) => ({ ...s, header: { ...s.header, flags: undefined } })],
    ['v1 header shaped like v0', (s) => { const { tokenType: _t, flags: _f, ...rest } = s.header; return { ...s, header: rest }; }],
    ['name too long', (s) => ({ ...s, header: { ...s.header, name: 'n'.repeat(MAX_TEXT + 1) } })],
    ['name with a newline', (s) => ({ ...s, header: { ...s.header, name: 'a\nb' } })],
    ['bad recordId', (s) => ({ ...s, header: { ...s.header, recordId: '../../etc' } })],
    ['bad capturedAt', (s) => ({ ...s, header: { ...s.header, capturedAt: '2026-02-30T00:00:00.000Z' } })],
    ['http origin', (s) => ({ ...s, header: { ...s.header, origin: 'http://store-abc123.mybigcommerce.com' } })],
    ['prototype key in scopes', (s) => ({ ...s, header: { ...s.header, scopes: JSON.parse('{"__proto__":"x"}') as Record<string, string> } })],
    ['too many scopes', (s) => ({ ...s, header: { ...s.header, scopes: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`s${i}`, 'modify'])) } })],
    ['non-canonical keyId', (s) => ({ ...s, header: { ...s.header, keyId: `${(s.header.keyId as string).slice(0, 21)}B` } })],
    ['padded enc', (s) => ({ ...s, enc: `${s.enc}=` })],
    ['huge ct', (s) => ({ ...s, ct: 'A'.repeat(20_000) })],
    ['number as ct', (s) => ({ ...s, ct: 12 })],
  ])('rejects %s as malformed (typed error, no crash)', async (_label, mutate) => {
    const raw = mutate(await validStored());
    let error: unknown;
    try {
      migrateRecord(raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(VaultFormatError);
    expect(readRecord(raw, 'row')).toMatchObject({ ok: false, problem: { key: 'row' } });
  });

  it('never throws from readRecord on random mutations', async () => {
    const stored = await validStored();
    const junk = [null, 0, -1, 1e308, '', 'x'.repeat(5000), [], {}, true, { v: 1 }];
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 500; i++) {
      const copy = JSON.parse(JSON.stringify(stored)) as Record<string, unknown> & { header: Record<string, unknown> };
      const target = rnd(2) === 0 ? copy.header : copy;
      const keys = Object.keys(target);
      const key = keys[rnd(keys.length)]!;
      if (rnd(3) === 0) delete target[key];
      else target[key] = junk[rnd(junk.length)];
      const result = readRecord(copy, 'k');
      if (!result.ok) expect(['malformed', 'unknown-version', 'unsupported-suite']).toContain(result.problem.reason);
    }
  });
});
