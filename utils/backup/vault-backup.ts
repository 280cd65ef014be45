/**
 * Whole-vault backup and restore over an unlocked vault (issue 12, item 2). Pure of UI: the
 * options page adds the passphrase form, the age encryption (./age-file.ts) and the download.
 *
 * Restore merges: a backup record whose credential is already in the vault (or earlier in the
 * same backup: the same store and values, ../vault/identity.ts) is a duplicate, skipped and counted; nothing present is changed (labels,
 * notes and store names only fill gaps). Everything is decided before the one write, so a file
 * that cannot be read changes nothing.
 */
import { credentialIdentity } from '../vault/identity';
import { openRecord, type OpenedRecord, type UnlockedKey } from '../vault/seal';
import type { VaultRecord } from '../vault/schemas';
import type { Vault } from '../vault/vault';
import { openHandoffKey } from '../vault/handoff-keys';
import { backupJson, type BackupContents, type BackupHandoffKey, type BackupInput, type BackupRecord } from './format';

export interface MadeBackup {
  json: string;
  /** Ids of the records in it (for "N records are newer than the last backup"). */
  recordIds: string[];
  /** Records that did not open (altered in storage) and so are not in the backup. */
  unreadable: number;
}

/** Every record opened, in order; null for one that does not open (altered in storage). */
async function openAll(key: UnlockedKey, records: readonly VaultRecord[]): Promise<Array<OpenedRecord | null>> {
  return Promise.all(records.map((record) => openRecord(key, record).catch(() => null)));
}

export async function makeBackup(vault: Vault, key: UnlockedKey, now: Date = new Date()): Promise<MadeBackup> {
  const [{ records }, annotations] = await Promise.all([vault.listRecords(), vault.annotations()]);
  // Opened side by side (the browser's crypto works off the page's thread), kept in list order.
  const opened = await openAll(key, records);
  const inputs: BackupInput[] = [];
  let unreadable = 0;
  for (const result of opened) {
    if (!result) {
      unreadable++;
      continue;
    }
    const notes = annotations.records[result.header.recordId];
    inputs.push({ header: result.header, fields: result.fields, label: notes?.label ?? '', note: notes?.note ?? '' });
  }
  // Oldest first: the order they were captured in, stable across backups.
  inputs.reverse();
  const keys: BackupHandoffKey[] = [];
  for (const entry of (await vault.handoffKeys()).keys) {
    try {
      keys.push({ name: entry.name, recipient: entry.recipient, identity: await openHandoffKey(key, entry), createdAt: entry.createdAt });
    } catch {
      unreadable++;
    }
  }
  return { json: backupJson(inputs, annotations.stores, now, keys), recordIds: inputs.map((i) => i.header.recordId), unreadable };
}


export interface RestorePlan {
  add: BackupRecord[];
  duplicates: number;
}

/** Which backup records to add; `existing` are the credential identities of the vault's opened
 *  records (../vault/identity.ts). Pure. */
export function planRestore(contents: BackupContents, existing: Iterable<string>): RestorePlan {
  const seen = new Set(existing);
  const add: BackupRecord[] = [];
  let duplicates = 0;
  for (const record of contents.records) {
    const id = credentialIdentity(record.header.storeHash, record.credential);
    if (seen.has(id)) duplicates++;
    else {
      seen.add(id);
      add.push(record);
    }
  }
  return { add, duplicates };
}

export interface RestoreOutcome {
  added: number;
  duplicates: number;
  /** Hand-off keys added (one the vault already holds is skipped). */
  keysAdded: number;
}

export async function restoreBackup(vault: Vault, key: UnlockedKey, contents: BackupContents): Promise<RestoreOutcome> {
  const { records } = await vault.listRecords();
  // An altered record cannot be compared; it stays as it is.
  const existing = (await openAll(key, records)).flatMap((o) => (o ? [credentialIdentity(o.header.storeHash, o.fields)] : []));
  const plan = planRestore(contents, existing);
  const { stored, skipped } = await vault.addOpenedRecords(plan.add.map((r) => ({ header: r.header, fields: r.credential })));
  const storedIds = new Set(stored);
  // Labels, notes and store names in one write (each only where the vault has none).
  const notes = Object.fromEntries(
    plan.add.filter((r) => storedIds.has(r.header.recordId) && (r.label || r.note)).map((r) => [r.header.recordId, { label: r.label, note: r.note }]),
  );
  await vault.fillAnnotations({ records: notes, stores: contents.stores });
  const keys = contents.handoffKeys.length > 0 ? await vault.addHandoffKeys(contents.handoffKeys) : { stored: [] };
  return { added: stored.length, duplicates: plan.duplicates + skipped, keysAdded: keys.stored.length };
}
