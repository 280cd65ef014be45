/**
 * Whole-vault backup and restore over an unlocked vault (issue 12, item 2). Pure of UI: the
 * options page adds the passphrase form, the age encryption (./age-file.ts) and the download.
 *
 * Restore merges: a backup record whose credential is already in the vault (or earlier in the
 * same backup: the same store and values, ../vault/identity.ts) is a duplicate, skipped and counted; nothing present is changed (labels,
 * notes and store names only fill gaps). All or nothing: everything is checked before the one
 * write (one transaction for the records and the annotations), so a file that cannot be read, or
 * holds anything the vault would refuse, changes nothing.
 */
import { z } from 'zod';
import { annotationsSchema, withRestored, type Annotations } from '../vault/annotations';
import { VaultFormatError } from '../vault/errors';
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
  /** The identities of the backup's credentials already in the vault (a backup of them too). */
  alreadyHere: string[];
}

/** Which backup records to add; `existing` are the credential identities of the vault's opened
 *  records (../vault/identity.ts). Pure. */
export function planRestore(contents: BackupContents, existing: Iterable<string>): RestorePlan {
  const present = new Set(existing);
  const seen = new Set<string>();
  const add: BackupRecord[] = [];
  const alreadyHere: string[] = [];
  let duplicates = 0;
  for (const record of contents.records) {
    const id = credentialIdentity(record.header.storeHash, record.credential);
    if (present.has(id)) {
      duplicates++;
      alreadyHere.push(id);
    } else if (seen.has(id)) duplicates++;
    else {
      seen.add(id);
      add.push(record);
    }
  }
  return { add, duplicates, alreadyHere };
}

export interface RestoreOutcome {
  added: number;
  duplicates: number;
  /** Hand-off keys added (one the vault already holds is skipped). */
  keysAdded: number;
}

/** A backup the vault would not keep as a whole (annotations it refuses, a header it cannot
 *  seal): refused before anything is written. */
export class RestoreRefusedError extends Error {
  constructor(readonly reason: 'annotations' | 'records') {
    super(`Backup refused (${reason}); nothing was written`);
    this.name = 'RestoreRefusedError';
  }
}

/**
 * All or nothing: the whole backup is checked first (its shape by ./format.ts; here, the
 * annotations the vault would have after it, as if every planned record were stored), then the
 * records and their labels, notes and store names are written in one transaction, which a
 * refusal inside it (another tab changed the annotations meanwhile) aborts whole.
 */
export async function restoreBackup(vault: Vault, key: UnlockedKey, contents: BackupContents): Promise<RestoreOutcome> {
  const { records } = await vault.listRecords();
  // An altered record cannot be compared; it stays as it is.
  const existing = new Map((await openAll(key, records)).flatMap((o) => (o ? [[credentialIdentity(o.header.storeHash, o.fields), o.header.recordId] as const] : [])));
  const plan = planRestore(contents, existing.keys());
  const notes = plan.add.map((r) => ({ recordId: r.header.recordId, label: r.label, note: r.note }));
  const annotate = (current: Annotations, stored: ReadonlySet<string>) =>
    withRestored(
      current,
      notes.filter((n) => stored.has(n.recordId)),
      contents.stores,
    );
  if (!annotationsSchema.safeParse(annotate(await vault.annotations(), new Set(notes.map((n) => n.recordId)))).success) {
    throw new RestoreRefusedError('annotations');
  }
  let outcome: { stored: string[]; skipped: number };
  try {
    outcome = await vault.addOpenedRecords(
      plan.add.map((r) => ({ header: r.header, fields: r.credential })),
      (current, stored) => annotate(current, new Set(stored)),
    );
  } catch (error) {
    if (error instanceof VaultFormatError) throw new RestoreRefusedError('records');
    if (error instanceof z.ZodError) throw new RestoreRefusedError('annotations');
    throw error;
  }
  // Hand-off keys after the records: a key already held is skipped, so a retry adds only what is missing.
  const keys = contents.handoffKeys.length > 0 ? await vault.addHandoffKeys(contents.handoffKeys) : { stored: [] };
  // The file restored from is a backup of what it added and of what was already here with its
  // values: the vault's backup line must not say "No backup made yet" of them. A failure here
  // leaves that line as it was; the restore itself is done.
  const alreadyHere = plan.alreadyHere.map((id) => existing.get(id)!);
  await vault.recordRestoredBackup(contents.createdAt, [...outcome.stored, ...alreadyHere]).catch(() => undefined);
  return { added: outcome.stored.length, duplicates: plan.duplicates + outcome.skipped, keysAdded: keys.stored.length };
}
