/**
 * Hand-off keys in the vault: sealed at rest (the identity never appears in storage), opened only
 * with the unlocked key, kept across a key rotation, carried by a backup (v2) and restored; a v1
 * backup still restores.
 */
import { describe, expect, it } from 'vitest';
import { decryptWithPassphrase, encryptWithPassphrase } from '../../../utils/backup/age-file';
import { backupJson, readBackupJson } from '../../../utils/backup/format';
import { makeBackup, restoreBackup } from '../../../utils/backup/vault-backup';
import { createHandoffKey, keyFileText, readKeyFile } from '../../../utils/handoff/keys';
import { openHandoffKey } from '../../../utils/vault/handoff-keys';
import { Vault } from '../../../utils/vault/vault';
import { FAST_KDF, PASSPHRASE, freshStorage, rawDump, rawGet, rawPut, sampleFields, sampleInputs } from '../fixtures/vault-test-kit';

async function unlockedVault() {
  const storage = freshStorage();
  const vault = new Vault(storage, { kdf: FAST_KDF });
  await vault.capture(sampleFields(), sampleInputs());
  const key = await vault.setPassphrase(PASSPHRASE);
  return { storage, vault, key };
}

describe('hand-off keys in the vault', () => {
  it('are sealed at rest and open with the unlocked key', async () => {
    const { storage, vault, key } = await unlockedVault();
    const made = await createHandoffKey();
    expect(made.recipient).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
    const { stored, skipped } = await vault.addHandoffKeys([{ ...made, name: 'Acme Integrations' }]);
    expect(stored).toHaveLength(1);
    expect(skipped).toBe(0);
    const dump = await rawDump(storage);
    expect(dump).not.toContain(made.identity);
    expect(dump).not.toContain(made.identity.slice(16, 40));
    const { keys } = await vault.handoffKeys();
    expect(keys.map((k) => [k.name, k.recipient])).toEqual([['Acme Integrations', made.recipient]]);
    expect(await openHandoffKey(key, keys[0]!)).toBe(made.identity);
  });

  it('refuses the same key twice and an altered entry does not open', async () => {
    const { storage, vault, key } = await unlockedVault();
    const made = await createHandoffKey();
    await vault.addHandoffKeys([{ ...made, name: 'One' }]);
    expect((await vault.addHandoffKeys([{ ...made, name: 'Again' }])).skipped).toBe(1);
    const raw = (await rawGet(storage, 'meta', 'handoff-keys')) as { v: 1; keys: Array<Record<string, string>> };
    // Renaming the key in storage breaks its binding: it no longer opens.
    raw.keys[0]!.name = 'Renamed';
    await rawPut(storage, 'meta', raw, 'handoff-keys');
    const { keys } = await vault.handoffKeys();
    await expect(openHandoffKey(key, keys[0]!)).rejects.toThrow();
  });

  it('an entry whose date has the right shape but is no real date (month 13) is counted unreadable and left as it is', async () => {
    const { storage, vault } = await unlockedVault();
    await vault.addHandoffKeys([{ ...(await createHandoffKey()), name: 'One' }]);
    const raw = (await rawGet(storage, 'meta', 'handoff-keys')) as { v: 1; keys: Array<Record<string, string>> };
    raw.keys[0]!.createdAt = '2026-13-01T00:00:00.000Z';
    await rawPut(storage, 'meta', raw, 'handoff-keys');
    expect(await vault.handoffKeys()).toMatchObject({ keys: [], unreadable: 1 });
  });

  it('are re-sealed at a passphrase change and still open', async () => {
    const { vault } = await unlockedVault();
    const made = await createHandoffKey();
    await vault.addHandoffKeys([{ ...made, name: 'Rotating' }]);
    const next = await vault.changePassphrase(PASSPHRASE, 'another long passphrase here');
    const { keys } = await vault.handoffKeys();
    expect(keys[0]!.keyId).toBe(next.keyId);
    expect(await openHandoffKey(next, keys[0]!)).toBe(made.identity);
  });

  it('travel in a backup and come back in a restore; a v1 backup restores with no keys', async () => {
    const { vault, key } = await unlockedVault();
    const made = await createHandoffKey();
    await vault.addHandoffKeys([{ ...made, name: 'Backed up' }]);
    const backup = await makeBackup(vault, key);
    const read = readBackupJson(await decryptWithPassphrase(await encryptWithPassphrase(backup.json, 'a backup passphrase', 10), 'a backup passphrase'));
    expect(read.ok && read.contents.version).toBe(2);
    expect(read.ok && read.contents.handoffKeys.map((k) => k.recipient)).toEqual([made.recipient]);
    const target = await unlockedVault();
    const outcome = await restoreBackup(target.vault, target.key, read.ok ? read.contents : (null as never));
    expect(outcome.keysAdded).toBe(1);
    const { keys } = await target.vault.handoffKeys();
    expect(await openHandoffKey(target.key, keys[0]!)).toBe(made.identity);

    const v1 = JSON.parse(backupJson([], {}, new Date())) as Record<string, unknown>;
    delete v1.handoffKeys;
    v1.version = 1;
    const old = readBackupJson(JSON.stringify(v1));
    expect(old.ok && old.contents.handoffKeys).toEqual([]);
  });
});

describe('key files', () => {
  it('round-trip through the file age -d -i reads, and age-keygen files are read', async () => {
    const made = await createHandoffKey();
    const text = keyFileText({ ...made, name: 'Acme', createdAt: '2026-12-06T10:00:00.000Z' });
    expect(text).toContain(`# public key: ${made.recipient}\n${made.identity}\n`);
    expect(await readKeyFile(text)).toEqual({ ok: true, key: made });
    expect(await readKeyFile('# nothing here\n')).toEqual({ ok: false, problem: 'no-identity' });
    expect(await readKeyFile(`${made.identity}\n${(await createHandoffKey()).identity}\n`)).toEqual({ ok: false, problem: 'several' });
    expect(await readKeyFile('AGE-PLUGIN-YUBIKEY-1QQQ\n')).toEqual({ ok: false, problem: 'not-x25519' });
  });
});
