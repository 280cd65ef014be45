/**
 * Non-secret side data the user keeps next to the vault: a label and a note per record, a name
 * per store hash, which records are archived (from the list page: their account is gone in
 * BigCommerce; undone in the vault), and when the last backup was made. Stored in clear (so search works while
 * locked) beside the sealed records, never inside them: editing a label must not need the
 * private key. The UI says not to put secrets here. Read back through these schemas like
 * everything else in storage; an unreadable value counts as empty rather than breaking the list.
 */
import { z } from 'zod';
import { isIsoInstant, RECORD_ID_RE, STORE_HASH_RE } from './schemas';

export const LABEL_MAX = 80;
export const NOTE_MAX = 2000;
export const STORE_NAME_MAX = 120;
const MAX_ENTRIES = 10_000;

/** One line, printable. Notes may have line breaks but no other control characters. */
const LINE_RE = /^[^\p{Cc}\u2028\u2029]*$/u;
const NOTE_RE = /^(?:[^\p{Cc}]|\n)*$/u;

export const recordNotesSchema = z
  .object({
    label: z.string().max(LABEL_MAX).regex(LINE_RE),
    note: z.string().max(NOTE_MAX).regex(NOTE_RE),
  })
  .strict();

export type RecordNotes = z.output<typeof recordNotesSchema>;

const boundedMap = <T extends z.ZodType>(key: RegExp, value: T) =>
  z.record(z.string().regex(key), value).refine((m) => Object.keys(m).length <= MAX_ENTRIES, 'too many entries');

/** A store's name as the annotations keep it (a backup's store names are checked with it too). */
export const storeNameSchema = z.string().min(1).max(STORE_NAME_MAX).regex(LINE_RE);
export const MAX_ANNOTATED = MAX_ENTRIES;

export const annotationsSchema = z
  .object({
    v: z.literal(1),
    records: boundedMap(RECORD_ID_RE, recordNotesSchema),
    stores: boundedMap(STORE_HASH_RE, storeNameSchema),
    // Absent until something is archived, so a value written before it existed reads the same.
    archived: z.array(z.string().regex(RECORD_ID_RE)).max(MAX_ENTRIES).optional(),
  })
  .strict();

export type Annotations = z.output<typeof annotationsSchema>;

const lastBackupSchema = z
  .object({
    v: z.literal(1),
    at: z.string().refine(isIsoInstant, 'not a real instant'),
    recordIds: z.array(z.string().regex(RECORD_ID_RE)).max(MAX_ENTRIES),
  })
  .strict();

export type LastBackup = z.output<typeof lastBackupSchema>;

export const EMPTY_ANNOTATIONS: Annotations = Object.freeze({ v: 1, records: {}, stores: {} });

export function readAnnotations(raw: unknown): Annotations {
  const parsed = annotationsSchema.safeParse(raw);
  return parsed.success ? parsed.data : { v: 1, records: {}, stores: {} };
}

export function readLastBackup(raw: unknown): LastBackup | null {
  const parsed = lastBackupSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * The last backup after a restore from a backup file made at `fileCreatedAt` that holds the
 * credentials of `recordIds` (the records it added and those already here with its values). The
 * vault's line speaks of the newest backup known: the restored file becomes it unless a newer
 * one was made here (the same file again adds its ids). A date in the future (a file's clock, or
 * an edited file) counts as now.
 */
export function afterRestore(current: LastBackup | null, fileCreatedAt: string, recordIds: readonly string[], now: Date): LastBackup {
  const made = new Date(Math.min(Date.parse(fileCreatedAt), now.getTime())).toISOString();
  if (current && current.at > made) return current;
  const ids = current?.at === made ? [...new Set([...current.recordIds, ...recordIds])] : [...new Set(recordIds)];
  return lastBackupSchema.parse({ v: 1, at: made, recordIds: ids });
}

/** Trimmed; an empty label and note remove the entry. Throws on values the schema refuses. */
export function withRecordNotes(current: Annotations, recordId: string, notes: RecordNotes): Annotations {
  const clean = recordNotesSchema.parse({ label: notes.label.trim(), note: notes.note.trim() });
  const records = { ...current.records };
  if (clean.label === '' && clean.note === '') delete records[recordId];
  else records[recordId] = clean;
  return annotationsSchema.parse({ ...current, records });
}

export function withStoreName(current: Annotations, storeHash: string, name: string): Annotations {
  const stores = { ...current.stores };
  const clean = name.trim();
  if (clean === '') delete stores[storeHash];
  else stores[storeHash] = clean;
  return annotationsSchema.parse({ ...current, stores });
}

/**
 * A restore's labels, notes and store names in one step (one schema check for the whole object,
 * not one per entry): each fills a gap only, trimmed as when typed; what is already there stays.
 * The caller checks the result with annotationsSchema (all or nothing).
 */
export function withRestored(
  current: Annotations,
  notes: ReadonlyArray<{ recordId: string; label: string; note: string }>,
  stores: Readonly<Record<string, string>>,
): Annotations {
  const records = { ...current.records };
  for (const n of notes) {
    const label = n.label.trim();
    const note = n.note.trim();
    if ((label || note) && !Object.hasOwn(records, n.recordId)) records[n.recordId] = { label, note };
  }
  const names = { ...current.stores };
  for (const [hash, name] of Object.entries(stores)) {
    const clean = name.trim();
    if (clean && !Object.hasOwn(names, hash)) names[hash] = clean;
  }
  return { ...current, records, stores: names };
}

/** `recordId` archived (true) or restored (false); an empty list is dropped. */
export function withArchived(current: Annotations, recordId: string, archived: boolean): Annotations {
  const rest = (current.archived ?? []).filter((id) => id !== recordId);
  const next = archived ? [...rest, recordId] : rest;
  const { archived: _old, ...others } = current;
  return annotationsSchema.parse(next.length > 0 ? { ...others, archived: next } : others);
}

export function isArchived(current: Annotations, recordId: string): boolean {
  return current.archived?.includes(recordId) ?? false;
}

export function withoutRecord(current: Annotations, recordId: string): Annotations {
  const unarchived = isArchived(current, recordId) ? withArchived(current, recordId, false) : current;
  if (!(recordId in unarchived.records)) return unarchived;
  const records = { ...unarchived.records };
  delete records[recordId];
  return { ...unarchived, records };
}
