/**
 * Vault flows over the real IndexedDB storage (fake-indexeddb): creation, capture before and
 * after a passphrase, set/change passphrase, unlock, downgrade and substitution attacks.
 */
import * as HPKE from 'hpke';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeBase64url, encodeBase64url } from '../../../utils/vault/base64url';
import {
  KdfDowngradeError,
  PassphrasePolicyError,
  TamperedRecordError,
  VaultFormatError,
  VaultIntegrityError,
  WrongPassphraseError,
} from '../../../utils/vault/errors';
import { vaultHeaderAadV1 } from '../../../utils/vault/headers';
import { deriveKek, newKdfParams } from '../../../utils/vault/kdf';
import { generateRecipientKeyPair, wrapPrivateKey } from '../../../utils/vault/key-wrap';
import { openRecord } from '../../../utils/vault/seal';
import type { StoredVaultMetaV1 } from '../../../utils/vault/schemas';
import { Vault } from '../../../utils/vault/vault';
import { FAST_KDF, PASSPHRASE, flipByte, freshStorage, rawDump, rawGet, rawPut, sampleFields, sampleInputs } from '../fixtures/vault-test-kit';

function newVault() {
  const storage = freshStorage();
  return { storage, vault: new Vault(storage, { kdf: FAST_KDF }) };
}

async function storedMeta(storage: ReturnType<typeof freshStorage>): Promise<StoredVaultMetaV1> {
  return (await rawGet(storage, 'meta', 'vault')) as StoredVaultMetaV1;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ensureVault', () => {
  it('creates a device-protected vault once and returns it afterwards', async () => {
    const { storage, vault } = newVault();
    expect(await vault.status()).toEqual({ state: 'none' });
    const meta = await vault.ensureVault();
    expect(meta.header).toMatchObject({ v: 1, protection: 'device', kdf: null, suite: { kem: 32, kdf: 1, aead: 2 } });
    expect(decodeBase64url(meta.wrappedSk)).toHaveLength(64); // 48-byte PKCS#8 + 16-byte tag
    const device = await storage.getDeviceKey();
    expect(device).toBeDefined();
    expect(device!.extractable).toBe(false);
    expect([...device!.usages].sort()).toEqual(['unwrapKey', 'wrapKey']);
    expect((await vault.ensureVault()).header.keyId).toBe(meta.header.keyId);
    expect(await vault.status()).toMatchObject({ state: 'device', keyId: meta.header.keyId });
  });

  it('creates exactly one key pair under concurrent calls, across vault instances', async () => {
    const generate = vi.spyOn(HPKE.CipherSuite.prototype, 'GenerateKeyPair');
    const storage = freshStorage();
    const vaults = [new Vault(storage), new Vault(storage), new Vault(freshStorageSameDb(storage))];
    const metas = await Promise.all(Array.from({ length: 12 }, (_, i) => vaults[i % vaults.length]!.ensureVault()));
    expect(generate).toHaveBeenCalledTimes(1);
    expect(new Set(metas.map((m) => m.header.keyId)).size).toBe(1);
    expect(new Set(metas.map((m) => m.wrappedSk)).size).toBe(1);
  });

  it('storage refuses a second vault even without the lock (create-if-absent is atomic)', async () => {
    const { storage, vault } = newVault();
    const first = await vault.ensureVault();
    const stored = await storedMeta(storage);
    const intruder = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['wrapKey', 'unwrapKey']);
    expect(await storage.createVaultIfAbsent({ ...stored, wrapIv: 'AAAAAAAAAAAAAAAA' }, intruder)).toBe(false);
    expect((await storedMeta(storage)).wrapIv).toBe(first.wrapIv);
  });

  it('never replaces an unreadable meta (that would orphan every record)', async () => {
    const { storage, vault } = newVault();
    await rawPut(storage, 'meta', { header: { v: 1, garbage: true } }, 'vault');
    await expect(vault.ensureVault()).rejects.toThrow(VaultFormatError);
    await expect(vault.sealCapture(sampleFields(), sampleInputs())).rejects.toThrow(VaultFormatError);
    expect(await rawGet(storage, 'meta', 'vault')).toEqual({ header: { v: 1, garbage: true } });
  });
});

/** Another IdbVaultStorage object on the same database, as a second context would have. */
function freshStorageSameDb(storage: ReturnType<typeof freshStorage>) {
  return new (storage.constructor as new (name: string) => typeof storage)(storage.dbName);
}

describe('capture', () => {
  it('works before any passphrase and stores no plaintext', async () => {
    const { storage, vault } = newVault();
    const fields = sampleFields();
    const result = await vault.capture(fields, sampleInputs());
    expect(result.status).toBe('stored');
    const dump = await rawDump(storage);
    for (const value of [fields.accessToken, fields.clientId, fields.clientSecret, fields.apiPath]) {
      expect(dump).not.toContain(value);
    }
    const { headers, problems } = await vault.listHeaders();
    expect(problems).toEqual([]);
    expect(headers.map((h) => h.recordId)).toEqual([result.recordId]);
  });

  it('ignores a repeated captureId', async () => {
    const { vault } = newVault();
    const inputs = sampleInputs();
    const first = await vault.capture(sampleFields(), inputs);
    const again = await vault.capture(sampleFields({ accessToken: 'different0token0value0abcdefghi' }), inputs);
    expect(again).toEqual({ status: 'duplicate', recordId: first.recordId });
    expect((await vault.listRecords()).records).toHaveLength(1);
  });

  it('lists newest first, deletes one record and leaves the rest', async () => {
    const { vault } = newVault();
    const a = await vault.capture(sampleFields(), sampleInputs({ capturedAt: new Date('2026-01-01T00:00:00.000Z') }));
    const b = await vault.capture(sampleFields(), sampleInputs({ capturedAt: new Date('2026-02-01T00:00:00.000Z') }));
    expect((await vault.listHeaders()).headers.map((h) => h.recordId)).toEqual([b.recordId, a.recordId]);
    await vault.deleteRecord(b.recordId);
    expect((await vault.listHeaders()).headers.map((h) => h.recordId)).toEqual([a.recordId]);
    expect(await vault.getRecord(b.recordId)).toBeNull();
  });

  it("lists one store's records (by the stored header, before parsing), newest first, and only its problems", async () => {
    const { storage, vault } = newVault();
    const a = await vault.capture(sampleFields(), sampleInputs({ capturedAt: new Date('2026-01-01T00:00:00.000Z') }));
    await vault.capture(sampleFields(), sampleInputs({ storeHash: 'xyz789', origin: 'https://store-xyz789.mybigcommerce.com' }));
    const c = await vault.capture(sampleFields(), sampleInputs({ capturedAt: new Date('2026-03-01T00:00:00.000Z') }));
    await rawPut(storage, 'records', { header: { v: 2, recordId: '00000000-0000-4000-8000-000000000001', storeHash: 'abc123' } });
    await rawPut(storage, 'records', { header: { v: 2, recordId: '00000000-0000-4000-8000-000000000002', storeHash: 'xyz789' } });
    const mine = await vault.listHeaders({ storeHash: 'abc123' });
    expect(mine.headers.map((h) => h.recordId)).toEqual([c.recordId, a.recordId]);
    expect(mine.problems.map((p) => p.key)).toEqual(['00000000-0000-4000-8000-000000000001']);
    expect((await vault.listHeaders()).headers).toHaveLength(3);
    expect((await vault.listHeaders({ storeHash: 'nowhere' })).headers).toEqual([]);
    // Every stored id, readable or not, without reading a record.
    expect((await vault.recordIds()).sort()).toEqual([...(await vault.listHeaders()).headers.map((h) => h.recordId), ...mine.problems.map((p) => p.key), '00000000-0000-4000-8000-000000000002'].sort());
  });
});

describe('passphrase lifecycle', () => {
  it('set → unlock → open records captured before and after; device key deleted', async () => {
    const { storage, vault } = newVault();
    const before = await vault.capture(sampleFields({ name: 'before passphrase' }), sampleInputs());
    const deviceWrap = (await storedMeta(storage)).wrappedSk;

    await vault.setPassphrase(PASSPHRASE);
    const meta = await storedMeta(storage);
    expect(meta.header.protection).toBe('passphrase');
    expect(meta.header.kdf).toMatchObject({ alg: 'pbkdf2-sha256', iterations: 600_000 });
    expect(meta.wrappedSk).not.toBe(deviceWrap);
    expect(await storage.getDeviceKey()).toBeUndefined();

    const after = await vault.capture(sampleFields({ name: 'after passphrase' }), sampleInputs());
    const key = await vault.unlock(PASSPHRASE);
    expect(key.keyPair.privateKey.extractable).toBe(false);
    for (const [id, name] of [[before.recordId, 'before passphrase'], [after.recordId, 'after passphrase']] as const) {
      const record = await vault.getRecord(id);
      expect((await openRecord(key, record!)).fields.name).toBe(name);
    }
  });

  it('refuses unlock before a passphrase exists, and a second setPassphrase', async () => {
    const { vault } = newVault();
    await vault.ensureVault();
    await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ reason: 'no-passphrase' });
    await vault.setPassphrase(PASSPHRASE);
    await expect(vault.setPassphrase('another passphrase!')).rejects.toMatchObject({ reason: 'passphrase-already-set' });
  });

  it('enforces the passphrase policy without changing anything', async () => {
    const { storage, vault } = newVault();
    await vault.ensureVault();
    await expect(vault.setPassphrase('too short')).rejects.toThrow(PassphrasePolicyError);
    expect((await storedMeta(storage)).header.protection).toBe('device');
    expect(await storage.getDeviceKey()).toBeDefined();
  });

  it('wrong passphrase → WrongPassphraseError (composed/decomposed forms are the same passphrase)', async () => {
    const { vault } = newVault();
    await vault.setPassphrase('crème brûlée recipe');
    await expect(vault.unlock('creme brulee recipe')).rejects.toThrow(WrongPassphraseError);
    await expect(vault.unlock('')).rejects.toThrow(WrongPassphraseError);
    await expect(vault.unlock('cre\u0300me bru\u0302le\u0301e recipe')).resolves.toBeDefined();
  });

  it('changePassphrase: new salt, IV and key pair; old passphrase stops working, records still open', async () => {
    const { storage, vault } = newVault();
    const captured = await vault.capture(sampleFields(), sampleInputs());
    await vault.setPassphrase(PASSPHRASE);
    const before = await storedMeta(storage);

    await expect(vault.changePassphrase('not the passphrase', 'a brand new passphrase')).rejects.toThrow(WrongPassphraseError);
    expect(await storedMeta(storage)).toEqual(before);

    await vault.changePassphrase(PASSPHRASE, 'a brand new passphrase');
    const after = await storedMeta(storage);
    expect(after.header.kdf!.salt).not.toBe(before.header.kdf!.salt);
    expect(after.wrapIv).not.toBe(before.wrapIv);
    expect(after.header.keyId).not.toBe(before.header.keyId);
    expect(after.header.pk).not.toBe(before.header.pk);
    await expect(vault.unlock(PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
    const key = await vault.unlock('a brand new passphrase');
    expect((await openRecord(key, (await vault.getRecord(captured.recordId))!)).fields).toEqual(sampleFields());
  });

  it('changePassphrase re-wraps with the current KDF defaults (upgrading old parameters)', async () => {
    const storage = freshStorage();
    await new Vault(storage, { kdf: FAST_KDF }).setPassphrase(PASSPHRASE);
    const upgraded = new Vault(storage, { kdf: { alg: 'argon2id', m: 19456, t: 2, p: 1 } });
    await upgraded.changePassphrase(PASSPHRASE, PASSPHRASE);
    expect((await storedMeta(storage)).header.kdf).toMatchObject({ alg: 'argon2id', m: 19456, t: 2, p: 1 });
    await expect(upgraded.unlock(PASSPHRASE)).resolves.toBeDefined();
  }, 30_000); // three Argon2id runs (19 MiB): over 5 s on a loaded 2-core machine

  it('a missing device key blocks setPassphrase but not capture', async () => {
    const { storage, vault } = newVault();
    await vault.ensureVault();
    const db = await import('../fixtures/vault-test-kit').then((kit) => kit.rawDb(storage));
    await db.delete('keys', 'device');
    db.close();
    await expect(vault.setPassphrase(PASSPHRASE)).rejects.toMatchObject({ reason: 'device-key-missing' });
    expect((await vault.capture(sampleFields(), sampleInputs())).status).toBe('stored');
  });

  it('replaceMeta is compare-and-swap: a stale writer changes nothing', async () => {
    const { storage, vault } = newVault();
    await vault.setPassphrase(PASSPHRASE);
    const current = await storedMeta(storage);
    expect(await storage.replaceMeta('stale-wrap', { ...current, wrapIv: 'AAAAAAAAAAAAAAAA' }, { deleteDeviceKey: false })).toBe(false);
    expect(await storedMeta(storage)).toEqual(current);
  });
});

describe('attacks on the stored vault meta', () => {
  async function passphraseVault() {
    const { storage, vault } = newVault();
    await vault.setPassphrase(PASSPHRASE);
    return { storage, vault, meta: await storedMeta(storage) };
  }

  it.each([
    ['PBKDF2 iterations lowered', (m: StoredVaultMetaV1) => ({ ...m, header: { ...m.header, kdf: { alg: 'pbkdf2-sha256', iterations: 1000, salt: m.header.kdf!.salt } } })],
    ['switched to weak Argon2id', (m: StoredVaultMetaV1) => ({ ...m, header: { ...m.header, kdf: { alg: 'argon2id', m: 1024, t: 1, p: 1, salt: m.header.kdf!.salt } } })],
  ])('KDF downgrade (%s) is rejected before deriving', async (_label, edit) => {
    const { storage, vault, meta } = await passphraseVault();
    await rawPut(storage, 'meta', edit(meta), 'vault');
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    await expect(vault.unlock(PASSPHRASE)).rejects.toThrow(KdfDowngradeError);
    expect(derive).not.toHaveBeenCalled();
  });

  it.each([
    ['salt', (m: StoredVaultMetaV1) => ({ ...m, header: { ...m.header, kdf: { ...m.header.kdf!, salt: encodeBase64url(flipByte(decodeBase64url(m.header.kdf!.salt), 0)) } } })],
    ['wrap IV', (m: StoredVaultMetaV1) => ({ ...m, wrapIv: encodeBase64url(flipByte(decodeBase64url(m.wrapIv), 11)) })],
    ['wrapped key, first byte', (m: StoredVaultMetaV1) => ({ ...m, wrappedSk: encodeBase64url(flipByte(decodeBase64url(m.wrappedSk), 0)) })],
    ['wrapped key, tag byte', (m: StoredVaultMetaV1) => ({ ...m, wrappedSk: encodeBase64url(flipByte(decodeBase64url(m.wrappedSk), 63)) })],
    ['wrapped key, truncated', (m: StoredVaultMetaV1) => ({ ...m, wrappedSk: encodeBase64url(decodeBase64url(m.wrappedSk).subarray(0, 48)) })],
    ['header createdAt', (m: StoredVaultMetaV1) => ({ ...m, header: { ...m.header, createdAt: '2000-01-01T00:00:00.000Z' } })],
    ['higher iterations (AAD-bound too)', (m: StoredVaultMetaV1) => ({ ...m, header: { ...m.header, kdf: { ...m.header.kdf!, iterations: 600_001 } } })],
  ])('tampered %s → WrongPassphraseError (indistinguishable by design)', async (_label, edit) => {
    const { storage, vault, meta } = await passphraseVault();
    await rawPut(storage, 'meta', edit(meta), 'vault');
    await expect(vault.unlock(PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
  });

  it('a replaced public key with a stale key id is a format error', async () => {
    const { storage, vault, meta } = await passphraseVault();
    const foreign = await generateRecipientKeyPair();
    await rawPut(storage, 'meta', { ...meta, header: { ...meta.header, pk: foreign.pk } }, 'vault');
    await expect(vault.unlock(PASSPHRASE)).rejects.toThrow(VaultFormatError);
  });

  it('a replaced public key + key id fails the AAD-bound unwrap', async () => {
    const { storage, vault, meta } = await passphraseVault();
    const foreign = await generateRecipientKeyPair();
    await rawPut(storage, 'meta', { ...meta, header: { ...meta.header, pk: foreign.pk, keyId: foreign.keyId } }, 'vault');
    await expect(vault.unlock(PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
  });

  it('a substituted public key that survives the unwrap is caught by the self-test', async () => {
    // Worst case: the wrap itself is consistent with a header naming someone else's public key
    // (an attacker who once knew the passphrase, or a buggy writer). Only the seal/open
    // self-test can notice that future captures would be sealed to a key we cannot open.
    const { storage, vault } = newVault();
    await vault.ensureVault();
    const ours = await generateRecipientKeyPair();
    const theirs = await generateRecipientKeyPair();
    const kdf = newKdfParams(FAST_KDF);
    const header = { v: 1 as const, protection: 'passphrase' as const, suite: { kem: 32, kdf: 1, aead: 2 }, kdf, pk: theirs.pk, keyId: theirs.keyId, createdAt: new Date().toISOString() };
    const wrapped = await wrapPrivateKey(ours.keyPair.privateKey, await deriveKek(PASSPHRASE, kdf), vaultHeaderAadV1(header));
    await rawPut(storage, 'meta', { header, ...wrapped }, 'vault');
    const error = await vault.unlock(PASSPHRASE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VaultIntegrityError);
    expect((error as VaultIntegrityError).reason).toBe('key-mismatch');
  });
});

describe('attacks on stored records', () => {
  it('one tampered record fails to open; the others stay readable', async () => {
    const { storage, vault } = newVault();
    const good = await vault.capture(sampleFields({ name: 'good one' }), sampleInputs());
    const bad = await vault.capture(sampleFields({ name: 'tampered one' }), sampleInputs());
    await vault.setPassphrase(PASSPHRASE);
    const raw = (await rawGet(storage, 'records', bad.recordId)) as { header: { storeHash: string } };
    await rawPut(storage, 'records', { ...raw, header: { ...raw.header, storeHash: 'evil1' } });

    const key = await vault.unlock(PASSPHRASE);
    const { records, problems } = await vault.listRecords();
    expect(problems).toEqual([]);
    const results = await Promise.allSettled(records.map((r) => openRecord(key, r)));
    const byId = new Map(records.map((r, i) => [r.header.recordId, results[i]!]));
    expect(byId.get(good.recordId)).toMatchObject({ status: 'fulfilled', value: { fields: { name: 'good one' } } });
    const failed = byId.get(bad.recordId);
    expect(failed?.status).toBe('rejected');
    expect((failed as PromiseRejectedResult).reason).toBeInstanceOf(TamperedRecordError);
  });

  it('malformed and future-version rows are reported, never crash the list', async () => {
    const { storage, vault } = newVault();
    const good = await vault.capture(sampleFields(), sampleInputs());
    const raw = (await rawGet(storage, 'records', good.recordId)) as { header: Record<string, unknown> };
    await rawPut(storage, 'records', { ...raw, header: { ...raw.header, v: 3, recordId: 'future-row', captureId: 'capture-future' } });
    await rawPut(storage, 'records', { header: { recordId: 'no-version-row' } });
    await rawPut(storage, 'records', { ...raw, header: { ...raw.header, recordId: 'extra-field-row', captureId: 'capture-extra' }, extra: 'x' });
    await rawPut(storage, 'records', { header: { recordId: 'x'.repeat(200), v: 1 } });
    const { records, problems } = await vault.listRecords();
    expect(records.map((r) => r.header.recordId)).toEqual([good.recordId]);
    expect(problems).toEqual(
      expect.arrayContaining([
        { key: 'future-row', reason: 'unknown-version' },
        { key: 'no-version-row', reason: 'malformed' },
        { key: 'extra-field-row', reason: 'malformed' },
        { key: null, reason: 'malformed' },
      ]),
    );
    expect(problems).toHaveLength(4);
    await vault.deleteRecord('future-row');
    expect((await vault.listRecords()).problems).toHaveLength(3);
    await expect(vault.getRecord('no-version-row')).rejects.toThrow(VaultFormatError);
  });

  it('putRecord refuses records that do not validate', async () => {
    const { vault } = newVault();
    const record = await vault.sealCapture(sampleFields(), sampleInputs());
    await expect(vault.putRecord({ ...record, enc: 'not base64url!' })).rejects.toThrow(VaultFormatError);
    await expect(vault.putRecord({ ...record, sealedFormat: 0 })).rejects.toThrow(VaultFormatError);
    await expect(vault.putRecord(record)).resolves.toMatchObject({ status: 'stored' });
  });
});
