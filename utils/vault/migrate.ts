/**
 * Reading stored data of any known format version into the current in-memory form.
 *
 * Framework: one reader per stored version. A reader validates that version's strict schema
 * and lifts it step by step to the current version (records: v0 → v1 → v2; vault meta: v0 →
 * v1). To add a version: add a step from the previous one, make every reader end with it, and
 * add a reader for it. Readers never re-seal (only a key rotation does, into the current
 * format); the original format is kept in `sealedFormat` because the AAD it was sealed with
 * cannot change.
 *
 * Unknown (future) versions and malformed data throw VaultFormatError; `readRecord` wraps that
 * into a problem report so one bad row never breaks the list.
 */
import { VaultFormatError, type FormatReason } from './errors';
import {
  RECORD_ID_RE,
  storedRecordV0Schema,
  storedRecordV1Schema,
  storedRecordV2Schema,
  type RecordHeader,
  type RecordHeaderV0,
  type RecordHeaderV1,
  storedVaultMetaV0Schema,
  storedVaultMetaV1Schema,
  type VaultRecord,
  type StoredRecordV0,
  type StoredVaultMetaV0,
  type VaultMetaV1,
} from './schemas';
import { SUITE_IDS, isSupportedSuite } from './suite';

/** Current record header version (vault headers are still v1). */
export const CURRENT_FORMAT = 2;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function storedVersion(raw: unknown, where: string): number {
  if (!isObject(raw) || !isObject(raw.header)) throw new VaultFormatError('malformed', where);
  const v = raw.header.v;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new VaultFormatError('malformed', where);
  return v;
}

function parseWith<T>(schema: { safeParse: (x: unknown) => { success: true; data: T } | { success: false } }, raw: unknown, where: string): T {
  const result = schema.safeParse(raw);
  // Only the fact of failure is reported: zod issues can quote the offending value.
  if (!result.success) throw new VaultFormatError('malformed', where);
  return result.data;
}

/** v0 → v1: v0 headers had no tokenType and no flags. */
function recordHeaderV0ToV1(h: RecordHeaderV0): RecordHeaderV1 {
  const { v: _v, ...rest } = h;
  return { v: 1, ...rest, tokenType: 'unknown', flags: [] };
}

/** v1 → v2: v1 headers did not say which preset was chosen. */
function recordHeaderV1ToV2(h: RecordHeaderV1): RecordHeader {
  const { v: _v, ...rest } = h;
  return { v: 2, ...rest, presetId: null };
}

const recordReaders: Readonly<Record<number, (raw: unknown) => VaultRecord>> = {
  0: (raw) => {
    const r: StoredRecordV0 = parseWith(storedRecordV0Schema, raw, 'record v0');
    return { header: recordHeaderV1ToV2(recordHeaderV0ToV1(r.header)), enc: r.enc, ct: r.ct, sealedFormat: 0 };
  },
  1: (raw) => {
    const r = parseWith(storedRecordV1Schema, raw, 'record v1');
    return { header: recordHeaderV1ToV2(r.header), enc: r.enc, ct: r.ct, sealedFormat: 1 };
  },
  2: (raw) => ({ ...parseWith(storedRecordV2Schema, raw, 'record v2'), sealedFormat: 2 }),
};

export function migrateRecord(raw: unknown): VaultRecord {
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

export type ReadResult = { ok: true; record: VaultRecord } | { ok: false; problem: RecordProblem };

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
