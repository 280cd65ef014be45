/**
 * Reading stored data of any known format version into the current in-memory form.
 *
 * Framework: one reader per stored version. A reader validates that version's strict schema
 * and lifts it step by step to the current version (v0 → v1 today). To add v2: add a v1 → v2
 * step, make every reader end with it, and add a v2 reader. Readers never re-seal; the
 * original format is kept in `sealedFormat` because the AAD it was sealed with cannot change.
 *
 * Unknown (future) versions and malformed data throw VaultFormatError; `readRecord` wraps that
 * into a problem report so one bad row never breaks the list.
 */
import { VaultFormatError, type FormatReason } from './errors';
import {
  RECORD_ID_RE,
  storedRecordV0Schema,
  storedRecordV1Schema,
  storedVaultMetaV0Schema,
  storedVaultMetaV1Schema,
  type RecordV1,
  type StoredRecordV0,
  type StoredVaultMetaV0,
  type VaultMetaV1,
} from './schemas';
import { SUITE_IDS, isSupportedSuite } from './suite';

export const CURRENT_FORMAT = 1;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function storedVersion(raw: unknown, where: string): number {
  if (!isObject(raw) || !isObject(raw.header)) throw new VaultFormatError('malformed', where);
  const v = raw.header.v;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new VaultFormatError('malformed', where);
  return v;
}

function parseWith<T>(schema: { safeParse(x: unknown): { success: true; data: T } | { success: false } }, raw: unknown, where: string): T {
  const result = schema.safeParse(raw);
  // Only the fact of failure is reported: zod issues can quote the offending value.
  if (!result.success) throw new VaultFormatError('malformed', where);
  return result.data;
}

/** v0 → v1: v0 headers had no tokenType and no flags. */
function recordV0ToV1(r: StoredRecordV0): RecordV1 {
  const { v: _v, ...rest } = r.header;
  return {
    header: { v: 1, ...rest, tokenType: 'unknown', flags: [] },
    enc: r.enc,
    ct: r.ct,
    sealedFormat: 0,
  };
}

const recordReaders: Readonly<Record<number, (raw: unknown) => RecordV1>> = {
  0: (raw) => recordV0ToV1(parseWith(storedRecordV0Schema, raw, 'record v0')),
  1: (raw) => ({ ...parseWith(storedRecordV1Schema, raw, 'record v1'), sealedFormat: 1 }),
};

export function migrateRecord(raw: unknown): RecordV1 {
  const v = storedVersion(raw, 'record');
  const reader = recordReaders[v];
  if (!reader) throw new VaultFormatError('unknown-version', `record v${v}`);
  const record = reader(raw);
  if (!isSupportedSuite(record.header.suite)) throw new VaultFormatError('unsupported-suite', 'record');
  return record;
}

/** v0 → v1: v0 vault headers had no suite; the only suite then was today's. */
function metaV0ToV1(m: StoredVaultMetaV0): VaultMetaV1 {
  const { v: _v, ...rest } = m.header;
  return {
    header: { v: 1, protection: rest.protection, suite: { ...SUITE_IDS }, kdf: rest.kdf, pk: rest.pk, keyId: rest.keyId, createdAt: rest.createdAt },
    wrappedSk: m.wrappedSk,
    wrapIv: m.wrapIv,
    sealedFormat: 0,
  };
}

const metaReaders: Readonly<Record<number, (raw: unknown) => VaultMetaV1>> = {
  0: (raw) => metaV0ToV1(parseWith(storedVaultMetaV0Schema, raw, 'vault meta v0')),
  1: (raw) => ({ ...parseWith(storedVaultMetaV1Schema, raw, 'vault meta v1'), sealedFormat: 1 }),
};

export function migrateVaultMeta(raw: unknown): VaultMetaV1 {
  const v = storedVersion(raw, 'vault meta');
  const reader = metaReaders[v];
  if (!reader) throw new VaultFormatError('unknown-version', `vault meta v${v}`);
  const meta = reader(raw);
  if (!isSupportedSuite(meta.header.suite)) throw new VaultFormatError('unsupported-suite', 'vault meta');
  return meta;
}

export interface RecordProblem {
  /** The storage key of the bad row when it is a short string, so the UI can offer deletion. */
  key: string | null;
  reason: FormatReason;
}

export type ReadResult = { ok: true; record: RecordV1 } | { ok: false; problem: RecordProblem };

/** Never throws: a row that cannot be read becomes a problem report. */
export function readRecord(raw: unknown, key: unknown): ReadResult {
  try {
    return { ok: true, record: migrateRecord(raw) };
  } catch (error) {
    const reason: FormatReason = error instanceof VaultFormatError ? error.reason : 'malformed';
    const safeKey = typeof key === 'string' && (RECORD_ID_RE.test(key) || key.length <= 64) ? key : null;
    return { ok: false, problem: { key: safeKey, reason } };
  }
}
