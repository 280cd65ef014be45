/**
 * setPassphrase and changePassphrase hand back the key they just verified, so the options page
 * is unlocked without a second Argon2id run; that key must be the real, non-extractable one.
 */
import { describe, expect, it } from 'vitest';
import { WrongPassphraseError } from '../../../utils/vault/errors';
import { openRecord } from '../../../utils/vault/seal';
import { Vault } from '../../../utils/vault/vault';
import { FAST_KDF, PASSPHRASE, freshStorage, sampleFields, sampleInputs } from '../fixtures/vault-test-kit';

describe('keys returned by passphrase changes', () => {
  it('setPassphrase resolves to a non-extractable key that opens earlier captures', async () => {
    const vault = new Vault(freshStorage(), { kdf: FAST_KDF });
    const { recordId } = await vault.capture(sampleFields(), sampleInputs());
    const key = await vault.setPassphrase(PASSPHRASE);
    expect(key.keyPair.privateKey.extractable).toBe(false);
    expect(await vault.status()).toMatchObject({ state: 'passphrase', keyId: key.keyId });
    expect((await openRecord(key, (await vault.getRecord(recordId))!)).fields).toEqual(sampleFields());
  });

  it('changePassphrase resolves to the key under the new passphrase; a wrong current one gives nothing', async () => {
    const vault = new Vault(freshStorage(), { kdf: FAST_KDF });
    await vault.setPassphrase(PASSPHRASE);
    const { recordId } = await vault.capture(sampleFields({ name: 'after' }), sampleInputs());
    await expect(vault.changePassphrase('not it at all!', 'a brand new passphrase')).rejects.toThrow(WrongPassphraseError);
    const key = await vault.changePassphrase(PASSPHRASE, 'a brand new passphrase');
    expect(key.keyPair.privateKey.extractable).toBe(false);
    expect((await openRecord(key, (await vault.getRecord(recordId))!)).fields.name).toBe('after');
  });
});
