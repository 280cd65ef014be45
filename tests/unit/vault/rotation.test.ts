/**
 * Key rotation at set-passphrase and change-passphrase (issue 12, item 1), tested the way an
 * attacker with an old copy of the profile would: keep what was on disk before (device key, old
 * wrapped key, old header, old passphrase) and try it on everything stored after.
 */
import { describe, expect, it } from 'vitest';
import { decodeBase64url } from '../../../utils/vault/base64url';
import { recordAad, vaultAad } from '../../../utils/vault/headers';
import { deriveKek } from '../../../utils/vault/kdf';
import { unwrapPrivateKey } from '../../../utils/vault/key-wrap';
import { migrateRecord, migrateVaultMeta } from '../../../utils/vault/migrate';
import type { VaultRecord, VaultMetaV1 } from '../../../utils/vault/schemas';
import { openRecord } from '../../../utils/vault/seal';
import type { VaultStorage } from '../../../utils/vault/storage';
import { hpkeSuite, recordInfo } from '../../../utils/vault/suite';
import { Vault } from '../../../utils/vault/vault';
import { FAST_KDF, PASSPHRASE, freshStorage, rawGet, sampleAccountFields, sampleAccountInputs, sampleFields, sampleInputs } from '../fixtures/vault-test-kit';

const NEXT = 'a brand new passphrase';

/** What an attacker reads from a profile copy: every stored record, raw. */
async function rawRecords(vault: Vault): Promise<VaultRecord[]> {
  return (await vault.listRecords()).records;
}

/**
 * Try `privateKey` on a record the way an attacker would: straight HPKE Open, skipping the
 * vault's key-id check, with the record's own AAD and both plausible `info` values.
 */
async function attackerOpens(privateKey: CryptoKey, publicKey: CryptoKey, record: VaultRecord, oldKeyId: string): Promise<boolean> {
  for (const keyId of new Set([record.header.keyId, oldKeyId])) {
    try {
      await hpkeSuite().Open({ privateKey, publicKey }, decodeBase64url(record.enc), decodeBase64url(record.ct), {
        aad: recordAad(record),
        info: recordInfo(keyId),
      });
      return true;
    } catch {
      // not opened
    }
  }
  return false;
}

async function countOpened(privateKey: CryptoKey, meta: VaultMetaV1, records: readonly VaultRecord[]): Promise<number> {
  const publicKey = await hpkeSuite().DeserializePublicKey(decodeBase64url(meta.header.pk));
  let n = 0;
  for (const r of records) if (await attackerOpens(privateKey, publicKey, r, meta.header.keyId)) n++;
  return n;
}

describe('set passphrase rotates the key pair', () => {
  it('the old device key and old wrapped key open nothing captured after (and, re-sealed, nothing captured before)', async () => {
    const storage = freshStorage();
    const vault = new Vault(storage, { kdf: FAST_KDF });
    await vault.capture(sampleFields({ name: 'before' }), sampleInputs());
    // The attacker's copy from before the passphrase: device key, old meta, old records.
    const oldDeviceKey = (await storage.getDeviceKey())!;
    const oldMeta = migrateVaultMeta(await rawGet(storage, 'meta', 'vault'));
    const oldRecords = await rawRecords(vault);

    const unlocked = await vault.setPassphrase(PASSPHRASE);
    for (let i = 0; i < 3; i++) await vault.capture(sampleFields({ name: `after ${i}` }), sampleInputs());
    expect(await storage.getDeviceKey()).toBeUndefined();

    const oldSk = await unwrapPrivateKey(oldMeta, oldDeviceKey, vaultAad(oldMeta), false);
    // Control: the leftover really is a working key for what was stored before.
    expect(await countOpened(oldSk, oldMeta, oldRecords)).toBe(1);
    const now = await rawRecords(vault);
    expect(now).toHaveLength(4);
    expect(await countOpened(oldSk, oldMeta, now)).toBe(0);
    // And the vault itself opens every one with the new key.
    for (const r of now) await expect(openRecord(unlocked, r)).resolves.toBeDefined();
    expect(new Set(now.map((r) => r.header.keyId))).toEqual(new Set([unlocked.keyId]));
    expect(unlocked.keyId).not.toBe(oldMeta.header.keyId);
  });

  it('change passphrase: the old passphrase with the old header opens nothing captured after', async () => {
    const storage = freshStorage();
    const vault = new Vault(storage, { kdf: FAST_KDF });
    await vault.setPassphrase(PASSPHRASE);
    await vault.capture(sampleFields({ name: 'before change' }), sampleInputs());
    const oldMeta = migrateVaultMeta(await rawGet(storage, 'meta', 'vault'));
    const oldRecords = await rawRecords(vault);

    await vault.changePassphrase(PASSPHRASE, NEXT);
    await vault.capture(sampleFields({ name: 'after change' }), sampleInputs());

    const oldKek = await deriveKek(PASSPHRASE, oldMeta.header.kdf!);
    const oldSk = await unwrapPrivateKey(oldMeta, oldKek, vaultAad(oldMeta), false);
    expect(await countOpened(oldSk, oldMeta, oldRecords)).toBe(1);
    const now = await rawRecords(vault);
    expect(now).toHaveLength(2);
    expect(await countOpened(oldSk, oldMeta, now)).toBe(0);
    const key = await vault.unlock(NEXT);
    for (const r of now) await expect(openRecord(key, r)).resolves.toBeDefined();
  });

  it('keeps record ids, headers, and leaves a record that does not open as it was', async () => {
    const storage = freshStorage();
    const vault = new Vault(storage, { kdf: FAST_KDF });
    const inputs = sampleInputs({ presetId: 'litextension-to-bigcommerce' });
    const a = await vault.capture(sampleFields(), inputs);
    const b = await vault.capture(sampleFields({ accessToken: 'p0o9i8u7y6t5r4e3w2q1a2s3d4f5g6h' }), sampleInputs());
    const before = await vault.getRecord(a.recordId);
    // Damage b's ciphertext: it cannot be opened, so it cannot be re-sealed.
    const rawB = (await rawGet(storage, 'records', b.recordId)) as { ct: string };
    const damaged = { ...(rawB as object), ct: `${rawB.ct.slice(0, -2)}AA` };
    const db = await (await import('../fixtures/vault-test-kit')).rawDb(storage);
    await db.put('records', damaged);
    db.close();

    const key = await vault.setPassphrase(PASSPHRASE);
    const after = (await vault.getRecord(a.recordId))!;
    expect(after.header).toEqual({ ...before!.header, keyId: key.keyId });
    expect(after.header.presetId).toBe('litextension-to-bigcommerce');
    expect(await rawGet(storage, 'records', b.recordId)).toEqual(damaged);
  });

  it('keeps an account-level record account-level (kind, account) and opening under the new key', async () => {
    const vault = new Vault(freshStorage(), { kdf: FAST_KDF });
    const a = await vault.capture(sampleAccountFields(), sampleAccountInputs());
    const before = (await vault.getRecord(a.recordId))!;
    const key = await vault.setPassphrase(PASSPHRASE);
    const after = (await vault.getRecord(a.recordId))!;
    expect(after.enc).not.toBe(before.enc);
    expect(after.header).toEqual({ ...before.header, keyId: key.keyId });
    expect(after.header).toMatchObject({ kind: 'account-level', account: before.header.account });
    await expect(openRecord(key, after)).resolves.toMatchObject({ fields: sampleAccountFields() });
  });

  it('a capture stored during the rotation is re-sealed too (the rotation reads again)', async () => {
    const inner = freshStorage();
    let injected = false;
    const vault: Vault = new Vault(
      new Proxy(inner, {
        get(target, prop, receiver) {
          if (prop === 'rotate') {
            return async (...args: Parameters<VaultStorage['rotate']>) => {
              if (!injected) {
                injected = true;
                // Another context stores a capture sealed to the old key between read and write.
                await new Vault(inner).capture(sampleFields({ name: 'racing capture' }), sampleInputs());
              }
              return target.rotate(...args);
            };
          }
          const value = Reflect.get(target, prop, receiver) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      }),
      { kdf: FAST_KDF },
    );
    await vault.capture(sampleFields(), sampleInputs());
    const key = await vault.setPassphrase(PASSPHRASE);
    const records = await rawRecords(vault);
    expect(records.map((r) => r.header.name).sort()).toEqual(['products read-write', 'racing capture']);
    for (const r of records) await expect(openRecord(key, r)).resolves.toBeDefined();
  });

  it('a capture sealed to the old key but stored after the rotation is sealed again to the new key', async () => {
    const storage = freshStorage();
    const vault = new Vault(storage, { kdf: FAST_KDF });
    const stale = await vault.sealCapture(sampleFields(), sampleInputs());
    const key = await vault.setPassphrase(PASSPHRASE);
    await expect(storage.putRecordIfNew({ header: stale.header, enc: stale.enc, ct: stale.ct })).resolves.toEqual({ status: 'stale-key' });

    // Vault.capture itself: the first put meets a rotated vault and is sealed again.
    const racing = new Vault(storage);
    const original = storage.putRecordIfNew.bind(storage);
    let calls = 0;
    storage.putRecordIfNew = async (record) => {
      calls++;
      if (calls === 1) return { status: 'stale-key' };
      return original(record);
    };
    const stored = await racing.capture(sampleFields({ name: 'late' }), sampleInputs());
    expect(calls).toBe(2);
    const record = migrateRecord(await rawGet(storage, 'records', stored.recordId));
    expect((await openRecord(key, record)).fields.name).toBe('late');
  });
});
