/**
 * Sealing and opening records: round trips and every kind of tampering (docs/vault-design.md §11.2).
 */
import { MAX_TEXT } from '../../../utils/vault/schemas';
import * as HPKE from 'hpke';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from '../../../utils/vault/base64url';
import { TamperedRecordError, VaultFormatError } from '../../../utils/vault/errors';
import { recordHeaderAadV2 } from '../../../utils/vault/headers';
import { generateRecipientKeyPair, importPublicKey } from '../../../utils/vault/key-wrap';
import { inputsFromHeader, openRecord, sealRecord, type SealKey, type UnlockedKey } from '../../../utils/vault/seal';
import type { RecordHeader, VaultRecord } from '../../../utils/vault/schemas';
import { hpkeSuite, recordInfo } from '../../../utils/vault/suite';
import { ACCOUNT_UUID, flipByte, sampleAccountFields, sampleAccountInputs, sampleFields, sampleInputs } from '../fixtures/vault-test-kit';

let sealKey: SealKey;
let unlocked: UnlockedKey;
let other: UnlockedKey;

async function keys(): Promise<{ seal: SealKey; unlocked: UnlockedKey }> {
  const { keyPair, pk, keyId } = await generateRecipientKeyPair();
  const publicKey = await importPublicKey(pk, keyId);
  return { seal: { publicKey, keyId }, unlocked: { keyId, keyPair: { privateKey: keyPair.privateKey, publicKey } } };
}

beforeAll(async () => {
  const a = await keys();
  sealKey = a.seal;
  unlocked = a.unlocked;
  other = (await keys()).unlocked;
});

async function expectTamper(record: VaultRecord, reason: 'auth-failed' | 'foreign-key' | 'malformed' = 'auth-failed') {
  const error = await openRecord(unlocked, record).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TamperedRecordError);
  expect((error as TamperedRecordError).reason).toBe(reason);
}

function withCt(record: VaultRecord, ct: Uint8Array): VaultRecord {
  return { ...record, ct: encodeBase64url(ct) };
}
function withEnc(record: VaultRecord, enc: Uint8Array): VaultRecord {
  return { ...record, enc: encodeBase64url(enc) };
}

describe('seal/open round trip', () => {
  it('opens what it sealed, with the header as given', async () => {
    const fields = sampleFields();
    const record = await sealRecord(sealKey, fields, sampleInputs());
    expect(record.sealedFormat).toBe(2);
    expect(record.header).toMatchObject({
      v: 2,
      presetId: null,
      name: fields.name,
      storeHash: 'abc123',
      origin: 'https://store-abc123.mybigcommerce.com',
      capturedAt: '2026-01-15T10:20:30.456Z',
      tokenType: 'v2v3',
      keyId: sealKey.keyId,
      suite: { kem: 0x20, kdf: 1, aead: 2 },
      flags: [],
    });
    expect(decodeBase64url(record.enc)).toHaveLength(32);
    const opened = await openRecord(unlocked, record);
    expect(opened.fields).toEqual(fields);
    expect(opened.header).toEqual(record.header);
  });

  it.each([
    ['unicode name', sampleFields({ name: 'Ünïcödé 店舗 🚀 "quotes" \\ back' })],
    ['Stencil-CLI style: no client id or secret', sampleFields({ clientId: '', clientSecret: '' })],
    ['maximum lengths', sampleFields({ name: 'n'.repeat(MAX_TEXT), clientSecret: 's'.repeat(MAX_TEXT), accessToken: 't'.repeat(MAX_TEXT) })],
    ['old 31-char alphanumeric secret', sampleFields({ clientSecret: 'abcdefg24hijk6lmno8pqrs1tu3vw5x' })],
  ])('round-trips %s', async (_label, fields) => {
    const record = await sealRecord(sealKey, fields, sampleInputs());
    expect((await openRecord(unlocked, record)).fields).toEqual(fields);
  });

  it('uses a fresh ephemeral key per record (no enc reuse)', async () => {
    const a = await sealRecord(sealKey, sampleFields(), sampleInputs());
    const b = await sealRecord(sealKey, sampleFields(), sampleInputs());
    expect(a.enc).not.toBe(b.enc);
    expect(a.header.recordId).not.toBe(b.header.recordId);
  });

  it('keeps the exact name in the body but a printable one in the header', async () => {
    const fields = sampleFields({ name: 'line one\nline two\u0007' });
    const record = await sealRecord(sealKey, fields, sampleInputs());
    expect(record.header.name).toBe('line one line two');
    expect((await openRecord(unlocked, record)).fields.name).toBe(fields.name);
  });
});

describe('format flags (flag, never drop)', () => {
  it('flags values outside the documented formats and still seals them', async () => {
    const fields = sampleFields({ clientId: 'SHORT', apiPath: 'https://api.bigcommerce.com/stores/zzz999/v3/' });
    const record = await sealRecord(sealKey, fields, sampleInputs());
    expect(record.header.flags).toEqual(['client-id-format', 'store-hash-mismatch', 'unexpected-format']);
    expect((await openRecord(unlocked, record)).fields).toEqual(fields);
  });

  it('keeps extra flags from the capturer', async () => {
    const record = await sealRecord(sealKey, sampleFields(), sampleInputs({ extraFlags: ['name-missing', 'api-path-from-host'] }));
    expect([...record.header.flags].sort()).toEqual(['api-path-from-host', 'name-missing']);
  });

  it('rejects captures whose non-secret inputs are invalid, without echoing values', async () => {
    const secret = sampleFields().accessToken;
    await expect(sealRecord(sealKey, sampleFields(), sampleInputs({ origin: 'javascript:alert(1)' }))).rejects.toThrow(VaultFormatError);
    await expect(sealRecord(sealKey, sampleFields(), sampleInputs({ captureId: 'x' }))).rejects.toThrow(VaultFormatError);
    const tooLong = sealRecord(sealKey, sampleFields({ accessToken: `${secret}${'x'.repeat(MAX_TEXT)}` }), sampleInputs());
    await expect(tooLong).rejects.toThrow(VaultFormatError);
    await tooLong.catch((e: Error) => expect(e.message).not.toContain(secret));
  });
});

describe('tampering is detected', () => {
  let record: VaultRecord;
  let second: VaultRecord;
  beforeAll(async () => {
    record = await sealRecord(sealKey, sampleFields(), sampleInputs({ extraFlags: ['name-missing'] }));
    second = await sealRecord(sealKey, sampleFields({ accessToken: 'p0o9i8u7y6t5r4e3w2q1a2s3d4f5g6h' }), sampleInputs());
  });

  const headerEdits: Array<[string, (h: RecordHeader) => RecordHeader]> = [
    ['recordId', (h) => ({ ...h, recordId: '00000000-0000-4000-8000-000000000000' })],
    ['captureId', (h) => ({ ...h, captureId: 'another-capture-id' })],
    ['name', (h) => ({ ...h, name: `${h.name}!` })],
    ['storeHash', (h) => ({ ...h, storeHash: 'evil1' })],
    ['origin', (h) => ({ ...h, origin: 'https://store-evil1.mybigcommerce.com' })],
    ['capturedAt', (h) => ({ ...h, capturedAt: '2026-01-15T10:20:30.457Z' })],
    ['tokenType', (h) => ({ ...h, tokenType: 'stencil-cli' })],
    ['scopes: level changed', (h) => ({ ...h, scopes: { ...h.scopes, products: 'read-only' } })],
    ['scopes: scope added', (h) => ({ ...h, scopes: { ...h.scopes, customers: 'modify' } })],
    ['scopes: scope removed', (h) => ({ ...h, scopes: { orders: 'read-only' } })],
    ['suite', (h) => ({ ...h, suite: { ...h.suite, aead: 1 } })],
    ['flags: removed', (h) => ({ ...h, flags: [] })],
    ['flags: added', (h) => ({ ...h, flags: [...h.flags, 'unexpected-format'] })],
    ['presetId: set', (h) => ({ ...h, presetId: 'litextension-to-bigcommerce' })],
  ];

  it.each(headerEdits)('header field %s', async (_label, edit) => {
    const edited = { ...record, header: edit(record.header) };
    expect(recordHeaderAadV2(edited.header)).not.toEqual(recordHeaderAadV2(record.header));
    await expectTamper(edited);
  });

  it('header keyId (reported as a foreign key before any decryption)', async () => {
    await expectTamper({ ...record, header: { ...record.header, keyId: other.keyId } }, 'foreign-key');
  });

  it('the sealed format (v0 vs v1 AAD)', async () => {
    await expectTamper({ ...record, sealedFormat: 0 });
  });

  it('every byte of enc', async () => {
    const enc = decodeBase64url(record.enc);
    for (let i = 0; i < enc.length; i++) await expectTamper(withEnc(record, flipByte(enc, i)));
  });

  it('every byte of the ciphertext and tag', async () => {
    const ct = decodeBase64url(record.ct);
    for (let i = 0; i < ct.length; i++) await expectTamper(withCt(record, flipByte(ct, i)));
  });

  it('truncated and extended ciphertexts', async () => {
    const ct = decodeBase64url(record.ct);
    await expectTamper(withCt(record, ct.subarray(0, ct.length - 1)));
    await expectTamper(withCt(record, ct.subarray(0, 16)));
    await expectTamper(withCt(record, ct.subarray(0, 15)), 'malformed');
    await expectTamper(withCt(record, new Uint8Array(0)), 'malformed');
    await expectTamper(withCt(record, Uint8Array.from([...ct, 0])));
    await expectTamper(withCt(record, Uint8Array.from([...ct, ...ct])));
  });

  it('truncated, extended or non-canonical enc', async () => {
    const enc = decodeBase64url(record.enc);
    await expectTamper(withEnc(record, enc.subarray(0, 31)), 'malformed');
    await expectTamper(withEnc(record, Uint8Array.from([...enc, 0])), 'malformed');
    await expectTamper({ ...record, enc: `${record.enc.slice(0, -1)}!` }, 'malformed');
    // A low-order X25519 point (all zero) makes the shared secret zero: WebCrypto refuses it.
    await expectTamper(withEnc(record, new Uint8Array(32)));
  });

  it('enc or ciphertext swapped between records', async () => {
    await expectTamper({ ...record, enc: second.enc });
    await expectTamper({ ...record, ct: second.ct });
    await expectTamper({ ...record, enc: second.enc, ct: second.ct });
    // ...while both records still open as they are.
    await expect(openRecord(unlocked, record)).resolves.toBeDefined();
    await expect(openRecord(unlocked, second)).resolves.toBeDefined();
  });

  it('the wrong private key, even when it claims the right key id', async () => {
    const impostor: UnlockedKey = { keyId: unlocked.keyId, keyPair: other.keyPair };
    await expect(openRecord(impostor, record)).rejects.toThrow(TamperedRecordError);
  });

  it('a record sealed with a different info (domain separation)', async () => {
    const header = record.header;
    const pt = new TextEncoder().encode('{"name":"x","apiPath":"","clientId":"","clientSecret":"","accessToken":"t"}');
    const sealed = await hpkeSuite().Seal(sealKey.publicKey, pt, {
      aad: recordHeaderAadV2(header),
      info: recordInfo(`${sealKey.keyId}x`),
    });
    await expectTamper({ header, enc: encodeBase64url(sealed.encapsulatedSecret), ct: encodeBase64url(sealed.ciphertext), sealedFormat: 2 });
    // The same plaintext with the right info opens: the failure above is the info alone.
    const good = await hpkeSuite().Seal(sealKey.publicKey, pt, { aad: recordHeaderAadV2(header), info: recordInfo(sealKey.keyId) });
    const opened = await openRecord(unlocked, { header, enc: encodeBase64url(good.encapsulatedSecret), ct: encodeBase64url(good.ciphertext), sealedFormat: 2 });
    expect(opened.fields.accessToken).toBe('t');
  });

  it('an authentic but malformed body (forged with the public key) is a format error', async () => {
    const header = record.header;
    for (const body of ['not json', '{"name":"x"}', '{"name":"x","apiPath":"","clientId":"","clientSecret":"","accessToken":"t","extra":1}']) {
      const sealed = await hpkeSuite().Seal(sealKey.publicKey, new TextEncoder().encode(body), {
        aad: recordHeaderAadV2(header),
        info: recordInfo(sealKey.keyId),
      });
      const forged: VaultRecord = { header, enc: encodeBase64url(sealed.encapsulatedSecret), ct: encodeBase64url(sealed.ciphertext), sealedFormat: 2 };
      await expect(openRecord(unlocked, forged)).rejects.toThrow(VaultFormatError);
    }
  });

  it('tamper errors never contain secrets or ciphertext', async () => {
    const ct = decodeBase64url(record.ct);
    const error = (await openRecord(unlocked, withCt(record, flipByte(ct, 3))).catch((e: unknown) => e)) as Error;
    for (const secret of Object.values(sampleFields())) expect(error.message).not.toContain(secret);
    expect(error.message).not.toContain(record.ct.slice(0, 10));
  });
});

describe('hpke usage invariants', () => {
  it('the private key from generateRecipientKeyPair is extractable only for wrapping; opening works with a non-extractable copy', async () => {
    const { keyPair } = await generateRecipientKeyPair();
    expect(keyPair.privateKey.extractable).toBe(true);
    const pkcs8 = await crypto.subtle.exportKey('pkcs8', keyPair.privateKey);
    const nonExtractable = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'X25519' }, false, ['deriveBits']);
    const sealed = await hpkeSuite().Seal(keyPair.publicKey, new Uint8Array([1, 2, 3]));
    const opened = await hpkeSuite().Open({ privateKey: nonExtractable, publicKey: keyPair.publicKey }, sealed.encapsulatedSecret, sealed.ciphertext);
    expect(opened).toEqual(new Uint8Array([1, 2, 3]));
    expect(HPKE.MODE_BASE).toBe(0);
  });
});

describe('the optional-rows header field', () => {
  const optional = { included: ['customers', 'products'], excluded: ['orders'] };

  it('is kept in the header, opens, and is bound to the ciphertext', async () => {
    const record = await sealRecord(sealKey, sampleFields(), sampleInputs({ optional }));
    expect(record.header.optional).toEqual(optional);
    await expect(openRecord(unlocked, record)).resolves.toMatchObject({ header: { optional } });
    await expectTamper({ ...record, header: { ...record.header, optional: { included: ['customers', 'products', 'orders'], excluded: [] } } });
    const { optional: _dropped, ...without } = record.header;
    await expectTamper({ ...record, header: without });
  });

  it('is absent unless given, and a header without it encodes exactly as before (older records keep opening)', async () => {
    const record = await sealRecord(sealKey, sampleFields(), sampleInputs());
    expect(record.header).not.toHaveProperty('optional');
    expect(new TextDecoder().decode(recordHeaderAadV2(record.header))).not.toContain('optional');
  });

  it('is kept when a record is sealed again from its header (key rotation, restore)', async () => {
    const record = await sealRecord(sealKey, sampleFields(), sampleInputs({ optional }));
    const again = await sealRecord(sealKey, sampleFields(), inputsFromHeader(record.header));
    expect(again.header.optional).toEqual(optional);
  });

  it('refuses ids that are not scope-shaped', async () => {
    await expect(sealRecord(sealKey, sampleFields(), sampleInputs({ optional: { included: ['Orders!'], excluded: [] } }))).rejects.toBeInstanceOf(VaultFormatError);
  });
});

describe('the account-level header fields (kind, account)', () => {
  it('are kept in the header, open, and are bound to the ciphertext: changing, adding or dropping either fails to open', async () => {
    const record = await sealRecord(sealKey, sampleAccountFields(), sampleAccountInputs());
    expect(record.header).toMatchObject({ v: 2, kind: 'account-level', account: ACCOUNT_UUID, tokenType: 'account-level', storeHash: ACCOUNT_UUID.replaceAll('-', '') });
    // An account-level API path is the right shape for it: no format flag.
    expect(record.header.flags).toEqual([]);
    await expect(openRecord(unlocked, record)).resolves.toMatchObject({ header: { kind: 'account-level', account: ACCOUNT_UUID } });
    await expectTamper({ ...record, header: { ...record.header, account: '00000000-0000-4000-8000-000000000000' } });
    const { kind: _kind, ...withoutKind } = record.header;
    await expectTamper({ ...record, header: withoutKind });
    const { account: _account, ...withoutAccount } = record.header;
    await expectTamper({ ...record, header: withoutAccount });
    // A store-level record cannot be passed off as account-level either.
    const store = await sealRecord(sealKey, sampleFields(), sampleInputs());
    await expectTamper({ ...store, header: { ...store.header, kind: 'account-level' } });
    await expectTamper({ ...store, header: { ...store.header, account: ACCOUNT_UUID } });
  });

  it('are absent on store-level records, whose AAD is unchanged', async () => {
    const record = await sealRecord(sealKey, sampleFields(), sampleInputs());
    expect(record.header).not.toHaveProperty('kind');
    expect(record.header).not.toHaveProperty('account');
    const aad = new TextDecoder().decode(recordHeaderAadV2(record.header));
    expect(aad).not.toContain('"kind"');
    expect(aad).not.toContain('"account"');
  });

  it('survive a re-seal (key rotation, restore), with the optional rows and the record id', async () => {
    const optional = { included: ['account-users'], excluded: ['charges'] };
    const record = await sealRecord(sealKey, sampleAccountFields(), sampleAccountInputs({ optional }));
    const again = await sealRecord(sealKey, sampleAccountFields(), inputsFromHeader(record.header));
    const { keyId: _a, ...before } = record.header;
    const { keyId: _b, ...after } = again.header;
    expect(after).toEqual(before);
  });

  it('an account unknown: kind without account, filed under the given store field', async () => {
    const record = await sealRecord(sealKey, sampleAccountFields({ apiPath: '' }), sampleAccountInputs({ account: undefined, storeHash: 'unknown', extraFlags: ['missing-api-path'] }));
    expect(record.header).toMatchObject({ kind: 'account-level', storeHash: 'unknown' });
    expect(record.header).not.toHaveProperty('account');
    expect(record.header.flags).toEqual(['api-path-format', 'missing-api-path', 'unexpected-format']);
    await expect(openRecord(unlocked, record)).resolves.toBeDefined();
  });

  it('flags a store-shaped path on an account-level record, and an account path on a store-level one', async () => {
    const account = await sealRecord(sealKey, sampleAccountFields({ apiPath: 'https://api.bigcommerce.com/stores/abc123/v3/' }), sampleAccountInputs());
    expect(account.header.flags).toContain('api-path-format');
    const store = await sealRecord(sealKey, sampleAccountFields(), sampleInputs());
    expect(store.header.flags).toContain('api-path-format');
  });

  it('refuses an account that is not a UUID, an account without the kind, and a kind without its token type', async () => {
    await expect(sealRecord(sealKey, sampleAccountFields(), sampleAccountInputs({ account: 'not-a-uuid' }))).rejects.toBeInstanceOf(VaultFormatError);
    await expect(sealRecord(sealKey, sampleFields(), sampleInputs({ account: ACCOUNT_UUID }))).rejects.toBeInstanceOf(VaultFormatError);
    await expect(sealRecord(sealKey, sampleAccountFields(), sampleAccountInputs({ tokenType: 'v2v3' }))).rejects.toBeInstanceOf(VaultFormatError);
    await expect(sealRecord(sealKey, sampleFields(), sampleInputs({ tokenType: 'account-level' }))).rejects.toBeInstanceOf(VaultFormatError);
  });
});
