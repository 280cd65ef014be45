/**
 * The vault backup's inner format: versioned JSON, encrypted as a whole with age (./age-file.ts).
 * Documented in the README ("Backup file format"). It holds every record's credential values and
 * its header (the non-secret facts: name, store, token type, scopes, preset, dates, flags) plus
 * the user's labels, notes and store names, but no key material: a restore seals every record
 * again to the vault it is restored into.
 *
 *   {
 *     "format": "scopekeeper-vault-backup",
 *     "version": 1,
 *     "createdAt": "2026-05-01T10:00:00.000Z",
 *     "records": [ { "header": {...}, "credential": {...}, "label": "…", "note": "…" } ],
 *     "stores": { "abc123": "Acme Outfitters" },
 *     "handoffKeys": [ { "name": "…", "recipient": "age1…", "identity": "AGE-SECRET-KEY-1…", "createdAt": "…" } ]
 *   }
 *
 * Version history: 2 (current) adds `handoffKeys`, the vault's hand-off keys (age identities,
 * which open everything sealed to them: the backup is encrypted as a whole like the records);
 * 1: without it, still read (restores no keys). A reader for each version lives here; unknown
 * versions are refused with their number, never guessed at.
 */
import { z } from 'zod';
import { omit } from 'zod/mini';
import { AGE_IDENTITY_RE, handoffKeyNameSchema, MAX_HANDOFF_KEYS } from '../vault/handoff-keys';
import { MAX_ANNOTATED, recordNotesSchema, storeNameSchema } from '../vault/annotations';
import { ACCOUNT_LEVEL_TOKEN_TYPE } from '../vault/account-level';
import { credentialFieldsSchema, recordHeaderV2Schema, STORE_HASH_RE, type CredentialFields, type RecordHeader } from '../vault/schemas';

const BACKUP_FORMAT = 'scopekeeper-vault-backup';
const BACKUP_VERSION = 2;
const MAX_BACKUP_RECORDS = 10_000;

/** A record header without what belongs to the vault it was in (format version, key id, suite). */
const backupHeaderSchema = omit(recordHeaderV2Schema, { v: true, keyId: true, suite: true });
type BackupHeader = z.output<typeof backupHeaderSchema>;

const backupRecordSchema = z
  .object({
    header: backupHeaderSchema,
    credential: credentialFieldsSchema,
    ...recordNotesSchema.shape,
  })
  .strict();

export type BackupRecord = z.output<typeof backupRecordSchema>;

const backupV1Object = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(1),
    createdAt: z.iso.datetime(),
    records: z.array(backupRecordSchema).max(MAX_BACKUP_RECORDS),
    // The annotations' own rules (one printable line, at most as many as they keep), so a store
    // name the vault would refuse is refused with the file, before anything is written.
    stores: z
      .record(z.string().regex(STORE_HASH_RE), storeNameSchema)
      .refine((m) => Object.keys(m).length <= MAX_ANNOTATED, 'too many store names'),
  })
  .strict();

/** What each version's records must also be, beyond their fields. */
function checkRecords(backup: { records: readonly BackupRecord[] }, ctx: z.RefinementCtx): void {
    // One record per id and per capture id: a restore keeps both, so two would collide.
    const ids = new Set<string>();
    const captures = new Set<string>();
    backup.records.forEach((r, i) => {
      if (ids.has(r.header.recordId) || captures.has(r.header.captureId)) ctx.addIssue({ code: 'custom', path: ['records', i, 'header'], message: 'repeated record' });
      ids.add(r.header.recordId);
      captures.add(r.header.captureId);
      // What the vault's sealer refuses (./seal.ts buildRecordHeader): refused with the file.
      const accountLevel = r.header.tokenType === ACCOUNT_LEVEL_TOKEN_TYPE;
      if ((r.header.kind === 'account-level') !== accountLevel || (r.header.account !== undefined && !r.header.kind)) {
        ctx.addIssue({ code: 'custom', path: ['records', i, 'header', 'kind'], message: 'kind and token type disagree' });
      }
    });
}

const backupV1Schema = backupV1Object.superRefine(checkRecords);

const backupHandoffKeySchema = z
  .object({
    name: handoffKeyNameSchema,
    recipient: z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/),
    identity: z.string().regex(AGE_IDENTITY_RE),
    createdAt: z.iso.datetime(),
  })
  .strict();
export type BackupHandoffKey = z.output<typeof backupHandoffKeySchema>;

const backupV2Schema = backupV1Object
  .extend({
    version: z.literal(2),
    handoffKeys: z.array(backupHandoffKeySchema).max(MAX_HANDOFF_KEYS),
  })
  .superRefine(checkRecords);

/** A backup of any version, read into the current shape (a v1 backup has no hand-off keys). */
export type BackupContents = z.output<typeof backupV2Schema>;

export interface BackupInput {
  header: RecordHeader;
  fields: CredentialFields;
  label?: string;
  note?: string;
}

function toBackupHeader(h: RecordHeader): BackupHeader {
  const { v: _v, keyId: _k, suite: _s, ...rest } = h;
  return rest;
}

/** Fixed key order, pretty-printed: the file is meant to be readable once decrypted. */
export function backupJson(
  records: readonly BackupInput[],
  stores: Readonly<Record<string, string>>,
  createdAt: Date,
  handoffKeys: readonly BackupHandoffKey[] = [],
): string {
  const contents: BackupContents = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: createdAt.toISOString(),
    records: records.map((r) => ({
      header: toBackupHeader(r.header),
      credential: { ...r.fields },
      label: r.label ?? '',
      note: r.note ?? '',
    })),
    stores: { ...stores },
    handoffKeys: handoffKeys.map((k) => ({ name: k.name, recipient: k.recipient, identity: k.identity, createdAt: k.createdAt })),
  };
  return `${JSON.stringify(contents, null, 2)}\n`;
}

type BackupReadProblem = 'not-json' | 'not-a-backup' | 'unknown-version' | 'malformed';

export type BackupReadResult = { ok: true; contents: BackupContents } | { ok: false; problem: BackupReadProblem; version?: number };

/** Never throws; never quotes a value back (zod issues can). */
export function readBackupJson(text: string): BackupReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const envelope = data as { format?: unknown; version?: unknown } | null;
  if (typeof envelope !== 'object' || envelope === null || envelope.format !== BACKUP_FORMAT) return { ok: false, problem: 'not-a-backup' };
  if (envelope.version === 1) {
    const parsed = backupV1Schema.safeParse(data);
    return parsed.success ? { ok: true, contents: { ...parsed.data, version: 2, handoffKeys: [] } } : { ok: false, problem: 'malformed' };
  }
  if (envelope.version !== BACKUP_VERSION) {
    return { ok: false, problem: 'unknown-version', ...(typeof envelope.version === 'number' ? { version: envelope.version } : {}) };
  }
  const parsed = backupV2Schema.safeParse(data);
  return parsed.success ? { ok: true, contents: parsed.data } : { ok: false, problem: 'malformed' };
}
