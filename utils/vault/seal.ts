/**
 * Sealing a capture into a record (needs only the public key) and opening it (needs the
 * unlocked private key). HPKE base mode: info binds the key id, AAD binds the clear header.
 */
import type * as HPKE from 'hpke';
import { ACCOUNT_LEVEL_TOKEN_TYPE } from './account-level';
import { UNEXPECTED_FORMAT, checkCredentialFormats } from './formats';
import { Base64urlError, decodeBase64url, decodeBase64urlExact, encodeBase64url } from './base64url';
import { canonicalJson, fields as canonicalFields, type Canonical } from './canonical';
import { TamperedRecordError, VaultFormatError } from './errors';
import { recordAad, recordHeaderAadV2 } from './headers';
import {
  MAX_TEXT,
  credentialFieldsSchema,
  recordHeaderV2Schema,
  type CredentialFields,
  type RecordHeader,
  type VaultRecord,
} from './schemas';
import { ENC_LENGTH, SUITE_IDS, TAG_LENGTH, hpkeSuite, recordInfo } from './suite';

export interface SealKey {
  publicKey: CryptoKey;
  keyId: string;
}

/** The unlocked vault key: a non-extractable private key with its public key (hpke needs the
 *  pair to open with a non-extractable key) and the key id both were checked against. */
export interface UnlockedKey {
  readonly keyId: string;
  readonly keyPair: HPKE.KeyPair<CryptoKey>;
}

/**
 * Flags a capturer or importer may add to a record's header, beside the format flags the sealer
 * derives itself. A closed list, so a misspelt flag fails to compile rather than reach storage in
 * a shape the schema (FLAG_RE) refuses.
 */
export type ExtraFlag =
  | 'imported'
  | 'name-missing'
  | 'api-path-from-host'
  /** An account-level form showed no API path: it names the account, so it cannot be derived
   *  from the host as a store's can; the record keeps it empty. */
  | 'missing-api-path'
  | 'missing-client-id'
  | 'missing-client-secret'
  | 'missing-access-token'
  /** The pop-up's labels were not understood: its values are kept with the labels shown. */
  | 'labels-unrecognised'
  /** No trusted Save (a real click or Enter) came before the pop-up: a page script may have
   *  drawn it. */
  | 'no-trusted-save'
  /** The chosen preset's integrator needs BigCommerce's .txt file kept until it is uploaded. */
  | 'keep-txt'
  /** Opened from an age file sealed to one of the vault's hand-off keys ("Open sealed files"). */
  | 'received-sealed'
  /** An account-level record filed under an account UUID that no account-level form showed at a
   *  trusted Save: the page wrote it, nothing confirmed it. */
  | 'unverified-account'
  /** The preset chosen at capture could not be read (storage or the background's rest failed):
   *  the record names no preset because none could be known, not because none was chosen. */
  | 'preset-unread';

export interface CaptureHeaderInputs {
  /** Per-pop-up id from the content script; a repeated capture with the same id is ignored. */
  captureId: string;
  /** Control-panel origin the values were read on, e.g. https://store-abc123.mybigcommerce.com */
  origin: string;
  /** Store hash from that origin's host (not from the API path, which the page controls). */
  storeHash: string;
  /** e.g. 'v2v3' or 'stencil-cli'; 'unknown' when the form did not say; 'account-level' exactly
   *  when `kind` is. */
  tokenType: string;
  /** Scope row id → level id as set on the form. */
  scopes: Readonly<Record<string, string>>;
  capturedAt?: Date;
  /** Extra non-secret flags from the capturer or importer. */
  extraFlags?: readonly ExtraFlag[];
  /** Flags of an existing header, kept as they are (a re-seal or a restore; FLAG_RE-checked by
   *  the header schema like every other flag). */
  keptFlags?: readonly string[];
  /** The preset chosen when the credential was made, if any. */
  presetId?: string | null;
  /** Keep this record id (a re-seal or a restore); a new random one otherwise. */
  recordId?: string;
  /** The chosen preset's optional rows, included and left out (omitted when unknown). */
  optional?: { included: readonly string[]; excluded: readonly string[] };
  /** Set for an account-level API account (absent: store-level); `storeHash` then follows
   *  accountRecordHome (./account-level.ts). */
  kind?: 'account-level';
  /** An account-level account's UUID, when known (only with `kind`). */
  account?: string;
  /** The integrator keys of the preset chosen at capture (bound in the header). */
  handoff?: ReadonlyArray<{ recipient: string; name?: string }>;
  /** The saved form compared with the preset: its required rows not set (omitted: not compared). */
  atSave?: { unset: readonly string[] };
}

export interface OpenedRecord {
  header: RecordHeader;
  fields: CredentialFields;
}

/** The inputs that rebuild `header` (same ids, dates, flags and preset) around a new key: used
 *  to re-seal a record at a key rotation and to seal a restored one. */
export type HeaderFacts = Omit<RecordHeader, 'v' | 'keyId' | 'suite'>;

export function inputsFromHeader(header: HeaderFacts): CaptureHeaderInputs {
  return {
    recordId: header.recordId,
    captureId: header.captureId,
    origin: header.origin,
    storeHash: header.storeHash,
    tokenType: header.tokenType,
    scopes: header.scopes,
    capturedAt: new Date(header.capturedAt),
    keptFlags: header.flags,
    presetId: header.presetId,
    ...(header.optional ? { optional: header.optional } : {}),
    ...(header.kind ? { kind: header.kind } : {}),
    ...(header.account ? { account: header.account } : {}),
    ...(header.handoff ? { handoff: header.handoff } : {}),
    ...(header.atSave ? { atSave: header.atSave } : {}),
  };
}

/** Header names are shown while locked: make them printable and bounded. The exact name stays
 *  in the sealed body, so this never loses data and never rejects a capture. */
function displayName(name: string): string {
  const cleaned = name.replace(/[\p{Cc}\u2028\u2029]/gu, ' ').trim();
  return (cleaned || '(unnamed)').slice(0, MAX_TEXT);
}

function bodyBytes(f: CredentialFields): Uint8Array {
  // Fixed field order; no padding, since the header already shows the name and the secrets
  // have near-fixed lengths, so padding would hide almost nothing.
  const entries: Array<readonly [string, Canonical]> = [
    ['name', f.name],
    ['apiPath', f.apiPath],
    ['clientId', f.clientId],
    ['clientSecret', f.clientSecret],
    ['accessToken', f.accessToken],
  ];
  // Body v2 only when there is something to add: every other body stays byte for byte v1.
  if (f.labelled?.length) entries.push(['labelled', f.labelled.map((l) => canonicalFields(['label', l.label], ['value', l.value]))]);
  return new TextEncoder().encode(canonicalJson(canonicalFields(...entries)));
}

function buildRecordHeader(
  key: Pick<SealKey, 'keyId'>,
  fields: CredentialFields,
  inputs: CaptureHeaderInputs,
): RecordHeader {
  // The kind and its token type go together, and only an account-level record names an account.
  if ((inputs.kind === 'account-level') !== (inputs.tokenType === ACCOUNT_LEVEL_TOKEN_TYPE) || (inputs.account !== undefined && !inputs.kind)) {
    throw new VaultFormatError('invalid-capture', 'header kind');
  }
  // An account-level record's store field is its account, not a host to compare the path with.
  const formatFlags = inputs.kind ? checkCredentialFormats(fields, null, inputs.kind) : checkCredentialFormats(fields, inputs.storeHash);
  const flags = new Set<string>(formatFlags);
  if (formatFlags.length > 0) flags.add(UNEXPECTED_FORMAT);
  for (const flag of [...(inputs.extraFlags ?? []), ...(inputs.keptFlags ?? [])]) flags.add(flag);
  const candidate = {
    v: 2 as const,
    recordId: inputs.recordId ?? crypto.randomUUID(),
    captureId: inputs.captureId,
    name: displayName(fields.name),
    storeHash: inputs.storeHash,
    origin: inputs.origin,
    capturedAt: (inputs.capturedAt ?? new Date()).toISOString(),
    tokenType: inputs.tokenType,
    scopes: { ...inputs.scopes },
    keyId: key.keyId,
    suite: { ...SUITE_IDS },
    flags: [...flags].sort(),
    presetId: inputs.presetId ?? null,
    ...(inputs.optional ? { optional: { included: [...inputs.optional.included], excluded: [...inputs.optional.excluded] } } : {}),
    ...(inputs.kind ? { kind: inputs.kind } : {}),
    ...(inputs.account ? { account: inputs.account } : {}),
    ...(inputs.handoff?.length ? { handoff: inputs.handoff.map((r) => ({ recipient: r.recipient, ...(r.name !== undefined ? { name: r.name } : {}) })) } : {}),
    ...(inputs.atSave ? { atSave: { unset: [...inputs.atSave.unset] } } : {}),
  };
  const parsed = recordHeaderV2Schema.safeParse(candidate);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new VaultFormatError('invalid-capture', `header ${path}`);
  }
  return parsed.data;
}

export async function sealRecord(key: SealKey, fields: CredentialFields, inputs: CaptureHeaderInputs): Promise<VaultRecord> {
  const parsedFields = credentialFieldsSchema.safeParse(fields);
  if (!parsedFields.success) {
    const path = parsedFields.error.issues[0]?.path.join('.') ?? '';
    throw new VaultFormatError('invalid-capture', `fields ${path}`);
  }
  const header = buildRecordHeader(key, parsedFields.data, inputs);
  const plaintext = bodyBytes(parsedFields.data);
  try {
    const { encapsulatedSecret, ciphertext } = await hpkeSuite().Seal(key.publicKey, plaintext, {
      aad: recordHeaderAadV2(header),
      info: recordInfo(key.keyId),
    });
    return { header, enc: encodeBase64url(encapsulatedSecret), ct: encodeBase64url(ciphertext), sealedFormat: 2 };
  } finally {
    plaintext.fill(0);
  }
}

export async function openRecord(unlocked: UnlockedKey, record: VaultRecord): Promise<OpenedRecord> {
  const id = record.header.recordId;
  if (record.header.keyId !== unlocked.keyId) throw new TamperedRecordError('foreign-key', id);
  let enc: Uint8Array;
  let ct: Uint8Array;
  try {
    enc = decodeBase64urlExact(record.enc, ENC_LENGTH);
    ct = decodeBase64url(record.ct);
  } catch (error) {
    if (error instanceof Base64urlError) throw new TamperedRecordError('malformed', id);
    throw error;
  }
  if (ct.length < TAG_LENGTH) throw new TamperedRecordError('malformed', id);

  let plaintext: Uint8Array;
  try {
    plaintext = await hpkeSuite().Open(unlocked.keyPair, enc, ct, {
      aad: recordAad(record),
      info: recordInfo(record.header.keyId),
    });
  } catch {
    // Any KEM/AEAD failure (bad tag, wrong enc, wrong AAD, low-order point) looks the same.
    throw new TamperedRecordError('auth-failed', id);
  }
  try {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext));
    } catch {
      throw new VaultFormatError('body-malformed', 'record');
    }
    const parsed = credentialFieldsSchema.safeParse(json);
    // Authentic but malformed means a bug or a record forged with the public key
    // (base mode has no sender authentication, docs/vault-design.md §4).
    if (!parsed.success) throw new VaultFormatError('body-malformed', 'record');
    return { header: record.header, fields: parsed.data };
  } finally {
    plaintext.fill(0);
  }
}
