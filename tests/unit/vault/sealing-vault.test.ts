/**
 * The capture path's vault (utils/vault/sealing-vault.ts): it keeps the sealing key between
 * captures, and a key another page rotated since is never used to store a record.
 */
import { describe, expect, it, vi } from 'vitest';
import { SealingVault } from '../../../utils/vault/sealing-vault';
import { Vault } from '../../../utils/vault/vault';
import { FAST_KDF, PASSPHRASE, freshStorage, sampleFields, sampleInputs } from '../fixtures/vault-test-kit';

describe('SealingVault', () => {
  it('reads the vault meta once for consecutive captures', async () => {
    const storage = freshStorage();
    const sealing = new SealingVault(storage);
    await sealing.capture(sampleFields(), sampleInputs({ captureId: crypto.randomUUID() }));
    const getMeta = vi.spyOn(storage, 'getMeta');
    await sealing.capture(sampleFields(), sampleInputs({ captureId: crypto.randomUUID() }));
    await sealing.capture(sampleFields(), sampleInputs({ captureId: crypto.randomUUID() }));
    expect(getMeta).not.toHaveBeenCalled();
  });

  it('after another page rotates the key, the next capture is sealed to the new key and opens with the new passphrase', async () => {
    const storage = freshStorage();
    const sealing = new SealingVault(storage);
    await sealing.capture(sampleFields(), sampleInputs({ captureId: crypto.randomUUID() }));
    const before = (await sealing.sealingKey()).keyId;
    // The options page sets a passphrase: a new key pair, every record re-sealed to it.
    const page = new Vault(storage, { kdf: FAST_KDF });
    const key = await page.setPassphrase(PASSPHRASE);
    const after = await sealing.capture(sampleFields({ name: 'After the rotation' }), sampleInputs({ captureId: crypto.randomUUID() }));
    expect(after.status).toBe('stored');
    expect((await sealing.sealingKey()).keyId).not.toBe(before);
    const { records, problems } = await page.listRecords();
    expect(problems).toEqual([]);
    expect(records).toHaveLength(2);
    for (const record of records) expect(record.header.keyId).toBe(key.keyId);
  });
});
