/**
 * Moving the rescue vault's records into the main vault (utils/vault/rescue-move.ts), over the
 * real IndexedDB storage (fake-indexeddb): opened with the rescue vault's device key, sealed to
 * the main vault's key with their header facts, duplicates skipped, and only then deleted from
 * the rescue vault; altered records named and kept; nothing moves while the main vault is unreadable.
 */
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from '../../../utils/vault/base64url';
import { VaultFormatError, VaultStateError } from '../../../utils/vault/errors';
import { moveRescueRecords } from '../../../utils/vault/rescue-move';
import { openRecord } from '../../../utils/vault/seal';
import type { StoredRecordV2 } from '../../../utils/vault/schemas';
import { Vault } from '../../../utils/vault/vault';
import {
  FAST_KDF,
  PASSPHRASE,
  flipByte,
  freshStorage,
  rawGet,
  rawPut,
  sampleAccountFields,
  sampleAccountInputs,
  sampleFields,
  sampleInputs,
} from '../fixtures/vault-test-kit';

async function unlockedMain() {
  const storage = freshStorage();
  const vault = new Vault(storage, { kdf: FAST_KDF });
  const key = await vault.setPassphrase(PASSPHRASE);
  return { storage, vault, key };
}

function rescueVault() {
  const storage = freshStorage();
  return { storage, vault: new Vault(storage) };
}

/** Two captures only the rescue vault holds (one account-level), and one the main vault also has. */
async function plantRescue(rescue: Vault, main: Vault) {
  const store = { fields: sampleFields({ name: 'orders sync', clientId: 'a'.repeat(31), accessToken: 'b'.repeat(31) }), inputs: sampleInputs({ presetId: 'shipstation', optional: { included: ['orders'], excluded: ['products'] }, extraFlags: ['keep-txt'] }) };
  const account = { fields: sampleAccountFields(), inputs: sampleAccountInputs() };
  const shared = { fields: sampleFields({ name: 'already saved', clientId: 'c'.repeat(31), accessToken: 'd'.repeat(31) }), inputs: sampleInputs() };
  await rescue.capture(store.fields, store.inputs);
  await rescue.capture(account.fields, account.inputs);
  await rescue.capture(shared.fields, shared.inputs);
  await main.capture(shared.fields, shared.inputs);
  return { store, account, shared };
}

describe('moveRescueRecords', () => {
  it('moves the records the main vault lacks with their header facts, skips the one it has, and empties the rescue vault', async () => {
    const main = await unlockedMain();
    const rescue = rescueVault();
    const planted = await plantRescue(rescue.vault, main.vault);
    const rescueHeaders = (await rescue.vault.listHeaders()).headers;

    expect(await moveRescueRecords(rescue.vault, main.vault, main.key)).toEqual({ moved: 2, alreadyThere: 1, altered: [], unreadable: 0, notPlaced: 0 });
    expect((await rescue.vault.listRecords()).records).toEqual([]);

    const { records } = await main.vault.listRecords();
    expect(records).toHaveLength(3);
    for (const { fields, inputs } of [planted.store, planted.account]) {
      const record = records.find((r) => r.header.captureId === inputs.captureId)!;
      const before = rescueHeaders.find((h) => h.captureId === inputs.captureId)!;
      // Every header fact but the key it is sealed to.
      expect({ ...record.header, keyId: '' }).toEqual({ ...before, keyId: '' });
      expect(record.header.keyId).toBe(main.key.keyId);
      expect((await openRecord(main.key, record)).fields).toEqual(fields);
    }
    expect(records.find((r) => r.header.captureId === planted.account.inputs.captureId)!.header).toMatchObject({ kind: 'account-level', account: planted.account.inputs.account });
  });

  it('counts a record with the same store and values but another capture id as already there', async () => {
    const main = await unlockedMain();
    const rescue = rescueVault();
    await rescue.vault.capture(sampleFields(), sampleInputs());
    await main.vault.capture(sampleFields({ name: 'imported later' }), sampleInputs());
    expect(await moveRescueRecords(rescue.vault, main.vault, main.key)).toMatchObject({ moved: 0, alreadyThere: 1 });
    expect((await rescue.vault.listRecords()).records).toEqual([]);
    expect((await main.vault.listRecords()).records).toHaveLength(1);
  });

  it('keeps a Stencil-CLI token whose store matches but whose token differs (no client id to compare)', async () => {
    const main = await unlockedMain();
    const rescue = rescueVault();
    const stencil = (accessToken: string) => sampleFields({ clientId: '', clientSecret: '', accessToken });
    await main.vault.capture(stencil('e'.repeat(31)), sampleInputs({ tokenType: 'stencil-cli' }));
    await rescue.vault.capture(stencil('f'.repeat(31)), sampleInputs({ tokenType: 'stencil-cli' }));
    expect(await moveRescueRecords(rescue.vault, main.vault, main.key)).toMatchObject({ moved: 1, alreadyThere: 0 });
    expect((await main.vault.listRecords()).records).toHaveLength(2);
  });

  it('names an altered rescue record and keeps it, moving the others', async () => {
    const main = await unlockedMain();
    const rescue = rescueVault();
    await rescue.vault.capture(sampleFields({ name: 'fine one' }), sampleInputs());
    const bad = await rescue.vault.capture(sampleFields({ name: 'tampered one', clientId: 'g'.repeat(31) }), sampleInputs());
    const raw = (await rawGet(rescue.storage, 'records', bad.recordId)) as StoredRecordV2;
    const alteredCt = encodeBase64url(flipByte(decodeBase64url(raw.ct), 3));
    await rawPut(rescue.storage, 'records', { ...raw, ct: alteredCt });

    expect(await moveRescueRecords(rescue.vault, main.vault, main.key)).toEqual({ moved: 1, alreadyThere: 0, altered: [{ recordId: bad.recordId, name: 'tampered one' }], unreadable: 0, notPlaced: 0 });
    const left = (await rescue.vault.listRecords()).records;
    expect(left.map((r) => r.header.recordId)).toEqual([bad.recordId]);
    expect(left[0]!.ct).toBe(alteredCt); // exactly as found
    expect((await main.vault.listHeaders()).headers.map((h) => h.name)).toEqual(['fine one']);
  });

  it('moves nothing and deletes nothing while the main vault cannot be read', async () => {
    const main = await unlockedMain();
    const rescue = rescueVault();
    await rescue.vault.capture(sampleFields(), sampleInputs());
    await rescue.vault.capture(sampleFields({ clientId: 'h'.repeat(31) }), sampleInputs());
    await rawPut(main.storage, 'meta', { header: { v: 99, from: 'a newer version' } }, 'vault');

    await expect(moveRescueRecords(rescue.vault, main.vault, main.key)).rejects.toThrow(VaultFormatError);
    expect((await rescue.vault.listRecords()).records).toHaveLength(2);
    expect(await main.storage.listRecords()).toEqual([]);
  });

  it('moves nothing when the main vault is no longer the one the key opens', async () => {
    const main = await unlockedMain();
    const rescue = rescueVault();
    await rescue.vault.capture(sampleFields(), sampleInputs());
    const other = await unlockedMain();
    await expect(moveRescueRecords(rescue.vault, main.vault, other.key)).rejects.toThrow(VaultStateError);
    expect((await rescue.vault.listRecords()).records).toHaveLength(1);
  });

  it('keeps a rescue record the main vault refuses (its record id is taken by another capture)', async () => {
    const main = await unlockedMain();
    const rescue = rescueVault();
    const recordId = crypto.randomUUID();
    await rescue.vault.capture(sampleFields(), sampleInputs({ recordId }));
    await main.vault.capture(sampleFields({ clientId: 'k'.repeat(31) }), sampleInputs({ recordId }));
    expect(await moveRescueRecords(rescue.vault, main.vault, main.key)).toMatchObject({ moved: 0, alreadyThere: 0, notPlaced: 1 });
    expect((await rescue.vault.listRecords()).records).toHaveLength(1);
  });

  it('moves one of two rescue records with the same values and deletes both', async () => {
    const main = await unlockedMain();
    const rescue = rescueVault();
    await rescue.vault.capture(sampleFields(), sampleInputs());
    await rescue.vault.capture(sampleFields(), sampleInputs());
    expect(await moveRescueRecords(rescue.vault, main.vault, main.key)).toMatchObject({ moved: 1, alreadyThere: 1, notPlaced: 0 });
    expect((await rescue.vault.listRecords()).records).toEqual([]);
    expect((await main.vault.listRecords()).records).toHaveLength(1);
  });
});

describe('unlockWithDeviceKey', () => {
  it('opens a vault without a passphrase, and refuses one that has a passphrase', async () => {
    const rescue = rescueVault();
    const { recordId } = await rescue.vault.capture(sampleFields(), sampleInputs());
    const key = await rescue.vault.unlockWithDeviceKey();
    expect((await openRecord(key, (await rescue.vault.getRecord(recordId))!)).fields).toEqual(sampleFields());
    const main = await unlockedMain();
    await expect(main.vault.unlockWithDeviceKey()).rejects.toThrow(VaultStateError);
  });
});
