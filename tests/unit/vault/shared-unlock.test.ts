/**
 * The shared unlock (docs/vault-design.md §12): unlock, set and change passphrase hand the
 * private key to `share` as PKCS#8; another page opens the vault with it (non-extractable,
 * self-tested, for the current key id only); storage.session holds it until the lock or the idle
 * time, checked on every read.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decodeBase64url, encodeBase64url } from '../../../utils/vault/base64url';
import { openRecord } from '../../../utils/vault/seal';
import { Vault } from '../../../utils/vault/vault';
import {
  IDLE_ALARM,
  clearSession,
  readSession,
  sessionExpired,
  touchSession,
  writeIdleLock,
  writeSession,
} from '../../../utils/vault-session';
import { FAST_KDF, PASSPHRASE, freshStorage, sampleFields, sampleInputs } from '../fixtures/vault-test-kit';

function sink() {
  const shared: { keyId: string; sk: string }[] = [];
  const share = (keyId: string, pkcs8: Uint8Array): Promise<void> => {
    shared.push({ keyId, sk: encodeBase64url(pkcs8) });
    return Promise.resolve();
  };
  return { shared, share };
}

describe('Vault: sharing an unlock', () => {
  it('unlock shares the key, another page opens records with it, and its own key stays non-extractable', async () => {
    const storage = freshStorage();
    const vault = new Vault(storage, { kdf: FAST_KDF });
    await vault.setPassphrase(PASSPHRASE);
    const { recordId } = await vault.capture(sampleFields({ name: 'shared' }), sampleInputs());
    const { shared, share } = sink();
    const key = await vault.unlock(PASSPHRASE, { share });
    expect(key.keyPair.privateKey.extractable).toBe(false);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.keyId).toBe(key.keyId);
    expect(decodeBase64url(shared[0]!.sk)).toHaveLength(48);

    const other = new Vault(storage, { kdf: FAST_KDF });
    const opened = await other.openShared(shared[0]!.keyId, shared[0]!.sk);
    expect(opened.keyPair.privateKey.extractable).toBe(false);
    expect((await openRecord(opened, (await other.getRecord(recordId))!)).fields.name).toBe('shared');
  });

  it('without share, unlock exports nothing and the key is non-extractable', async () => {
    const vault = new Vault(freshStorage(), { kdf: FAST_KDF });
    await vault.setPassphrase(PASSPHRASE);
    expect((await vault.unlock(PASSPHRASE)).keyPair.privateKey.extractable).toBe(false);
  });

  it('set and change passphrase share the new key; the old shared key no longer opens the vault', async () => {
    const storage = freshStorage();
    const vault = new Vault(storage, { kdf: FAST_KDF });
    const first = sink();
    const set = await vault.setPassphrase(PASSPHRASE, { share: first.share });
    expect(first.shared.map((s) => s.keyId)).toEqual([set.keyId]);
    const second = sink();
    const changed = await vault.changePassphrase(PASSPHRASE, 'a different long passphrase', { share: second.share });
    expect(second.shared.map((s) => s.keyId)).toEqual([changed.keyId]);
    await expect(vault.openShared(first.shared[0]!.keyId, first.shared[0]!.sk)).rejects.toMatchObject({ reason: 'concurrent-change' });
    await expect(vault.openShared(changed.keyId, second.shared[0]!.sk)).resolves.toMatchObject({ keyId: changed.keyId });
  });

  it('refuses a shared key that is not the vault private key, or malformed', async () => {
    const storage = freshStorage();
    const vault = new Vault(storage, { kdf: FAST_KDF });
    const { shared, share } = sink();
    const key = await vault.setPassphrase(PASSPHRASE, { share });
    const other = sink();
    await new Vault(freshStorage(), { kdf: FAST_KDF }).setPassphrase(PASSPHRASE, { share: other.share });
    await expect(vault.openShared(key.keyId, other.shared[0]!.sk)).rejects.toMatchObject({ reason: 'key-mismatch' });
    await expect(vault.openShared(key.keyId, shared[0]!.sk.slice(0, -4))).rejects.toMatchObject({ reason: 'key-mismatch' });
  });
});

describe('vault-session', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sessionExpired: the chosen minutes and never for "browser"', () => {
    const t0 = 1_000_000_000;
    expect(sessionExpired(t0, 1, t0 + 59_999)).toBe(false);
    expect(sessionExpired(t0, 1, t0 + 60_000)).toBe(true);
    expect(sessionExpired(t0, 60, t0 + 59 * 60_000)).toBe(false);
    expect(sessionExpired(t0, 'browser', t0 + 1e10)).toBe(false);
  });

  it('a read past the idle time removes the key; input keeps it; the lock removes it', async () => {
    const t0 = 1_000_000_000;
    await writeIdleLock(1);
    await writeSession('kid', 'c2s', t0);
    expect(await fakeBrowser.alarms.get(IDLE_ALARM)).toBeDefined();
    expect(await readSession(t0 + 30_000)).toMatchObject({ keyId: 'kid', lastActive: t0 });
    await touchSession(t0 + 50_000);
    expect(await readSession(t0 + 100_000)).toMatchObject({ lastActive: t0 + 50_000 });
    expect(await readSession(t0 + 110_000)).toBeNull();
    // Gone, not merely hidden: a later read with an earlier clock finds nothing either.
    expect(await readSession(t0)).toBeNull();

    await writeIdleLock('browser');
    await writeSession('kid', 'c2s', t0);
    expect(await readSession(t0 + 1e9)).not.toBeNull();
    await clearSession();
    expect(await readSession(t0)).toBeNull();
  });

  it('a malformed entry is removed, not used', async () => {
    await fakeBrowser.storage.session.set({ vaultSession: { keyId: 'kid', sk: 'x', lastActive: -1 } });
    expect(await readSession()).toBeNull();
    expect(await fakeBrowser.storage.session.get('vaultSession')).toEqual({});
  });
});
