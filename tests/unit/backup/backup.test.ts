/**
 * Encrypted backup and restore (issue 12, item 2): age passphrase files whose inner JSON holds
 * every record with its header; restore merges into another vault, skips and counts duplicates,
 * and a wrong passphrase or a damaged file changes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AgeDecryptError, decryptWithPassphrase, encryptWithPassphrase } from '../../../utils/backup/age-file';
import { backupJson, readBackupJson, type BackupContents } from '../../../utils/backup/format';
import { makeBackup, planRestore, restoreBackup } from '../../../utils/backup/vault-backup';
import { credentialIdentity } from '../../../utils/vault/identity';
import { openRecord, type UnlockedKey } from '../../../utils/vault/seal';
import { Vault } from '../../../utils/vault/vault';
import { FAST_KDF, PASSPHRASE, freshStorage, rawDump, sampleAccountFields, sampleAccountInputs, sampleFields, sampleInputs } from '../fixtures/vault-test-kit';

const BACKUP_PASSPHRASE = 'tangerine quorum fjord lantern';
/** Low scrypt work factor for speed here; the page uses age's standard 18. */
const FAST_SCRYPT = 10;

async function vaultWith(n: number, kdf = FAST_KDF): Promise<{ vault: Vault; key: UnlockedKey; storage: ReturnType<typeof freshStorage> }> {
  const storage = freshStorage();
  const vault = new Vault(storage, { kdf });
  for (let i = 0; i < n; i++) {
    await vault.capture(
      sampleFields({ name: `account ${i}`, clientId: `client${String(i).padStart(25, '0')}x` }),
      sampleInputs({
        storeHash: i % 2 ? 'abc123' : 'def456',
        origin: `https://store-${i % 2 ? 'abc123' : 'def456'}.mybigcommerce.com`,
        presetId: i % 3 ? null : 'litextension-to-bigcommerce',
        capturedAt: new Date(Date.UTC(2026, 0, 1 + i)),
        extraFlags: i === 1 ? ['imported'] : [],
      }),
    );
  }
  const key = await vault.setPassphrase(PASSPHRASE);
  return { vault, key, storage };
}

describe('backup → restore into a fresh vault', () => {
  let source: Awaited<ReturnType<typeof vaultWith>>;
  let file: Uint8Array;

  beforeAll(async () => {
    source = await vaultWith(5);
    const first = (await source.vault.listRecords()).records.at(-1)!;
    await source.vault.setRecordNotes(first.header.recordId, { label: 'prod', note: 'rotates in May' });
    await source.vault.setStoreName('abc123', 'Acme Outfitters');
    const made = await makeBackup(source.vault, source.key, new Date('2026-06-01T00:00:00.000Z'));
    expect(made.recordIds).toHaveLength(5);
    expect(made.unreadable).toBe(0);
    file = await encryptWithPassphrase(made.json, BACKUP_PASSPHRASE, FAST_SCRYPT);
  }, 30_000);

  it('restores every record with its header (all but the key id), labels and store names', async () => {
    const target = await vaultWith(0);
    const contents = readBackupJson(await decryptWithPassphrase(file, BACKUP_PASSPHRASE));
    expect(contents.ok).toBe(true);
    if (!contents.ok) return;
    expect(await restoreBackup(target.vault, target.key, contents.contents)).toEqual({ added: 5, duplicates: 0, keysAdded: 0 });

    const strip = ({ keyId: _k, ...h }: { keyId: string }) => h;
    const before = (await source.vault.listRecords()).records;
    const after = (await target.vault.listRecords()).records;
    expect(after.map((r) => strip(r.header))).toEqual(before.map((r) => strip(r.header)));
    for (const r of after) {
      const original = before.find((b) => b.header.recordId === r.header.recordId)!;
      expect((await openRecord(target.key, r)).fields).toEqual((await openRecord(source.key, original)).fields);
    }
    expect(after.some((r) => r.header.presetId === 'litextension-to-bigcommerce')).toBe(true);
    const annotations = await target.vault.annotations();
    expect(Object.values(annotations.records)).toEqual([{ label: 'prod', note: 'rotates in May' }]);
    expect(annotations.stores).toEqual({ abc123: 'Acme Outfitters' });
  });

  it('restoring again adds nothing and counts every record as a duplicate; nothing present changes', async () => {
    const target = await vaultWith(0);
    const { contents } = readBackupJson(await decryptWithPassphrase(file, BACKUP_PASSPHRASE)) as { contents: BackupContents };
    await restoreBackup(target.vault, target.key, contents);
    await target.vault.setStoreName('abc123', 'Renamed by me');
    const dump = await rawDump(target.storage);
    expect(await restoreBackup(target.vault, target.key, contents)).toEqual({ added: 0, duplicates: 5, keysAdded: 0 });
    expect(await rawDump(target.storage)).toBe(dump);
  });

  it('the vault then knows the file as its last backup: the records it added and those already here with its values', async () => {
    const target = await vaultWith(0);
    const { contents } = readBackupJson(await decryptWithPassphrase(file, BACKUP_PASSPHRASE)) as { contents: BackupContents };
    expect(await target.vault.lastBackup()).toBeNull();
    await restoreBackup(target.vault, target.key, contents);
    const ids = (await target.vault.listRecords()).records.map((r) => r.header.recordId).sort();
    const first = await target.vault.lastBackup();
    expect(first?.at).toBe('2026-06-01T00:00:00.000Z');
    expect([...first!.recordIds].sort()).toEqual(ids);

    // Known only by an older note (an earlier backup here, of none of them): restoring the same
    // file again adds nothing, and every record is found in it by its values.
    await target.vault.recordBackup(new Date('2026-05-01T00:00:00.000Z'), []);
    expect(await restoreBackup(target.vault, target.key, contents)).toMatchObject({ added: 0, duplicates: 5 });
    const last = await target.vault.lastBackup();
    expect(last?.at).toBe('2026-06-01T00:00:00.000Z');
    expect([...last!.recordIds].sort()).toEqual(ids);

    // A backup made here since is newer: the restored file does not replace it.
    await target.vault.recordBackup(new Date('2026-07-01T00:00:00.000Z'), ids.slice(0, 2));
    await restoreBackup(target.vault, target.key, contents);
    expect(await target.vault.lastBackup()).toEqual({ v: 1, at: '2026-07-01T00:00:00.000Z', recordIds: ids.slice(0, 2) });
  });

  it('a wrong passphrase and a damaged file are refused with different reasons', async () => {
    await expect(decryptWithPassphrase(file, 'not the backup passphrase')).rejects.toEqual(new AgeDecryptError('wrong-passphrase'));
    const damaged = file.slice();
    damaged[damaged.length - 5]! ^= 1;
    await expect(decryptWithPassphrase(damaged, BACKUP_PASSPHRASE)).rejects.toEqual(new AgeDecryptError('damaged'));
    await expect(decryptWithPassphrase(file.slice(0, file.length - 20), BACKUP_PASSPHRASE)).rejects.toEqual(new AgeDecryptError('damaged'));
    await expect(decryptWithPassphrase(new TextEncoder().encode('ACCESS TOKEN: x\n'), BACKUP_PASSPHRASE)).rejects.toEqual(new AgeDecryptError('not-age'));
  });
});

describe('account-level records in a backup (issue 14)', () => {
  it('keep kind and account through backup and restore, and open under the new key', async () => {
    const source = await vaultWith(1);
    await source.vault.capture(sampleAccountFields(), sampleAccountInputs({ presetId: null }));
    await source.vault.capture(
      sampleAccountFields({ apiPath: '', clientId: 'w'.repeat(31) }),
      sampleAccountInputs({ account: undefined, storeHash: 'unknown', extraFlags: ['missing-api-path'] }),
    );
    const made = await makeBackup(source.vault, source.key, new Date('2026-06-01T00:00:00.000Z'));
    expect(made.json).toContain('"kind": "account-level"');
    const file = await encryptWithPassphrase(made.json, BACKUP_PASSPHRASE, FAST_SCRYPT);
    const contents = readBackupJson(await decryptWithPassphrase(file, BACKUP_PASSPHRASE));
    if (!contents.ok) throw new Error(contents.problem);
    const target = await vaultWith(0);
    expect(await restoreBackup(target.vault, target.key, contents.contents)).toEqual({ added: 3, duplicates: 0, keysAdded: 0 });

    const strip = ({ keyId: _k, ...h }: { keyId: string }) => h;
    const before = (await source.vault.listRecords()).records;
    const after = (await target.vault.listRecords()).records;
    expect(after.map((r) => strip(r.header))).toEqual(before.map((r) => strip(r.header)));
    expect(after.map((r) => [r.header.kind ?? 'store-level', r.header.account ?? null]).sort()).toEqual([
      ['account-level', null],
      ['account-level', '5e2f0c1a-7b3d-4e8f-9a6b-1c2d3e4f5a6b'],
      ['store-level', null],
    ]);
    for (const r of after) await expect(openRecord(target.key, r)).resolves.toBeDefined();
  }, 30_000);
});

describe('backup inner format', () => {
  it('refuses a record whose instant is of the right shape but no date (month 13), without throwing', async () => {
    const source = await vaultWith(1);
    const made = JSON.parse((await makeBackup(source.vault, source.key, new Date('2026-06-01T00:00:00.000Z'))).json) as { records: Array<{ header: { capturedAt: string } }> };
    expect(readBackupJson(JSON.stringify(made))).toMatchObject({ ok: true });
    made.records[0]!.header.capturedAt = '2026-13-01T00:00:00.000Z';
    expect(readBackupJson(JSON.stringify(made))).toEqual({ ok: false, problem: 'malformed' });
    made.records[0]!.header.capturedAt = 'last week';
    expect(readBackupJson(JSON.stringify(made))).toEqual({ ok: false, problem: 'malformed' });
  }, 30_000);

  it('refuses other JSON, other versions and malformed records without echoing values', () => {
    expect(readBackupJson('nope')).toEqual({ ok: false, problem: 'not-json' });
    expect(readBackupJson('{"format":"scopekeeper-preset","version":1}')).toEqual({ ok: false, problem: 'not-a-backup' });
    expect(readBackupJson('{"format":"scopekeeper-vault-backup","version":3}')).toEqual({ ok: false, problem: 'unknown-version', version: 3 });
    const good = JSON.parse(backupJson([], {}, new Date(0))) as Record<string, unknown>;
    expect(readBackupJson(JSON.stringify(good))).toMatchObject({ ok: true });
    expect(readBackupJson(JSON.stringify({ ...good, records: [{ header: {}, credential: {} }] }))).toEqual({ ok: false, problem: 'malformed' });
  });

  it('duplicates are the same credential (store and every value), inside the backup too', () => {
    const credential = (clientId: string, accessToken = 't') => ({ clientId, clientSecret: 's', accessToken });
    const record = (storeHash: string, clientId: string, accessToken?: string) =>
      ({ header: { storeHash }, credential: credential(clientId, accessToken), label: '', note: '' }) as unknown as BackupContents['records'][number];
    const contents = {
      records: [record('a', '1'), record('a', '1'), record('b', '1'), record('a', '2'), record('a', '', 'stencil1'), record('a', '', 'stencil2')],
    } as BackupContents;
    const plan = planRestore(contents, [credentialIdentity('a', credential('2'))]);
    expect(plan.duplicates).toBe(2);
    // Two Stencil-CLI tokens of one store (no client ID) are two credentials, both restored.
    expect(plan.add.map((r) => `${r.header.storeHash}${r.credential.clientId}${r.credential.accessToken}`)).toEqual(['a1t', 'b1t', 'astencil1', 'astencil2']);
  });
});
