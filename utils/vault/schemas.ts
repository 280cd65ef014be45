/**
 * Stored shapes, as strict zod schemas with length caps. Everything read back from IndexedDB goes
 * through these (via ./migrate) before use: storage is writable by anyone with profile access
 * (docs/vault-design.md §2), so nothing read from it is trusted for shape or size.
 *
 * Format history
 *  v2 (current records): record header v1 + presetId (the preset chosen when it was captured,
 *      or null) + optional field `optional` {included, excluded}: the preset's optional rows the
 *      merchant included / left out; absent when not known (older records, presets without
 *      optional rows), and then left out of the AAD too. Vault headers stay v1.
 *      Issue 14 adds two more optional fields, bound in the AAD only when present (so every
 *      store-level record reads, opens and re-seals exactly as before): `kind: 'account-level'`
 *      for an account-level API account, and `account`, its account UUID when known. Such a
 *      record's tokenType is 'account-level' and its storeHash field holds the UUID without
 *      hyphens (32 hex characters, inside STORE_HASH_RE), else the host store's hash, else
 *      'unknown' (utils/vault/account-level.ts).
 *      Trust boundaries, item 1, adds `handoff` [{recipient, name?}] the same way (bound in the
 *      AAD only when present): the integrator keys of the preset chosen at capture, so "Encrypt
 *      for …" goes where it went when the credential was made, whatever the preset says later.
 *      Issue 20 adds `atSave` {unset} the same way: present when the form the merchant saved
 *      (after a trusted Save) was compared with the preset chosen then, `unset` the preset's
 *      required rows it had not set (utils/decide/saved-form.ts).
 *  v1: record header {v, recordId, captureId, name, storeHash, origin, capturedAt,
 *      tokenType, scopes, keyId, suite, flags}; vault header {v, protection, suite, kdf, pk,
 *      keyId, createdAt}.
 *  Sealed body: {name, apiPath, clientId, clientSecret, accessToken}; body v2 (issue 11) appends
 *      `labelled` [{label, value}] only when the pop-up showed values whose labels were not
 *      understood, so every body without them is byte for byte a v1 body.
 *  v0 (pre-release, kept to exercise the migration path): record headers without tokenType and
 *      flags; vault headers without suite (X25519/HKDF-SHA256/AES-256-GCM was implied).
 *
 * Written with zod's mini build: the service worker checks records and the vault's meta with these
 * on its capture path, where a stopped worker builds them as it starts (docs/background-split.md).
 */
import { z } from 'zod/mini';
import { BASE64URL_RE, decodeBase64urlExact } from './base64url';

export const RECORD_ID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CAPTURE_ID_RE = /^[A-Za-z0-9_-]{8,64}$/;
export const STORE_HASH_RE = /^[a-z0-9]{1,32}$/;
const ORIGIN_RE = /^https:\/\/[a-z0-9.-]{1,253}(?::[0-9]{1,5})?$/;
const ISO_INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const TOKEN_TYPE_RE = /^[a-z0-9-]{1,32}$/;
const SCOPE_KEY_RE = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const FLAG_RE = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** Preset ids are kebab-case, ≤ 64 characters (utils/presets/schema.ts). */
const PRESET_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An age X25519 recipient (`age1` + 58 Bech32 characters, ../handoff/recipient.ts checks the
 *  checksum where a key is entered). */
const AGE_RECIPIENT_RE = /^age1[02-9ac-hj-np-z]{58}$/;
/** Hand-off recipients a record keeps: a preset's key and up to 4 more (handoff.more). */
const MAX_HANDOFF = 5;
const MAX_HANDOFF_NAME = 100;
/** An account UUID, lower-case hex, as in an account-level API path (./formats.ts). */
export const ACCOUNT_UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Printable: no C0/C1 controls or line separators (names are shown while locked). */
const PRINTABLE_RE = /^[^\p{Cc}\u2028\u2029]*$/u;

// Real values are under 100 characters; the cap only bounds what a hostile page can make us store.
export const MAX_TEXT = 1024;
const MAX_SCOPES = 100;
const MAX_FLAGS = 16;
/** Labelled values in a body (v2): at most 8, label ≤ 100 and value ≤ 256 characters, which
 *  keeps the worst-case body inside MAX_CT_CHARS. */
const MAX_LABELLED = 8;
const MAX_LABELLED_LABEL = 100;
const MAX_LABELLED_VALUE = 256;
/** Ciphertext cap: 5 body fields × 256 chars, worst-case JSON escaping, plus tag, in base64url. */
const MAX_CT_CHARS = 16_384;

const b64u = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max), z.regex(BASE64URL_RE));

/** Bytes with a fixed length: fixed base64url length, and canonical (one spelling only). */
const b64uBytes = (bytes: number) =>
  b64u(Math.ceil((bytes * 4) / 3), Math.ceil((bytes * 4) / 3)).check(
    z.refine((text: string) => {
      try {
        decodeBase64urlExact(text, bytes);
        return true;
      } catch {
        return false;
      }
    }, 'non-canonical base64url'),
  );

/** A UTC instant written exactly as `Date.prototype.toISOString` writes it (milliseconds, Z), and
 *  a real one. Never throws: a string of the right shape but no real date (month 13) is refused,
 *  where `toISOString` would throw. */
export function isIsoInstant(s: string): boolean {
  if (!ISO_INSTANT_RE.test(s)) return false;
  const date = new Date(s);
  return !Number.isNaN(date.getTime()) && date.toISOString() === s;
}

const isoInstant = z.string().check(z.refine(isIsoInstant, 'not a real instant'));

const uint16 = () => z.int().check(z.minimum(0), z.maximum(0xffff));
const suiteSchema = z.strictObject({ kem: uint16(), kdf: uint16(), aead: uint16() });

/** Hand-checked rather than z.record, which silently drops an own `__proto__` key instead of
 *  rejecting it; output is a fresh copy. */
const scopesSchema = z.pipe(
  z.custom<Record<string, string>>((m) => {
    if (typeof m !== 'object' || m === null || Array.isArray(m) || Object.getPrototypeOf(m) !== Object.prototype) return false;
    const entries = Object.entries(m);
    return (
      Object.getOwnPropertyNames(m).length === entries.length &&
      entries.length <= MAX_SCOPES &&
      entries.every(([k, v]) => SCOPE_KEY_RE.test(k) && typeof v === 'string' && SCOPE_KEY_RE.test(v))
    );
  }, 'invalid scopes'),
  z.transform((m: Record<string, string>) => Object.fromEntries(Object.entries(m)) as Record<string, string>),
);

const matching = (re: RegExp) => z.string().check(z.regex(re));
const scopeIds = z.array(matching(SCOPE_KEY_RE)).check(z.maxLength(MAX_SCOPES));

/** The integrator keys in force when the record was captured ("Encrypt for …" uses these). */
const handoffRecipientsSchema = z
  .array(
    z.strictObject({
      recipient: matching(AGE_RECIPIENT_RE),
      name: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_HANDOFF_NAME), z.regex(PRINTABLE_RE))),
    }),
  )
  .check(z.minLength(1), z.maxLength(MAX_HANDOFF));
/** Which of the chosen preset's optional rows were included and which left out. */
const optionalRowsSchema = z.strictObject({ included: scopeIds, excluded: scopeIds });

const headerCommon = {
  recordId: matching(RECORD_ID_RE),
  captureId: matching(CAPTURE_ID_RE),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT), z.regex(PRINTABLE_RE)),
  storeHash: matching(STORE_HASH_RE),
  origin: z.string().check(z.maxLength(270), z.regex(ORIGIN_RE)),
  capturedAt: isoInstant,
  scopes: scopesSchema,
  keyId: b64uBytes(16),
  suite: suiteSchema,
};

const recordHeaderV1Schema = z.strictObject({
  v: z.literal(1),
  ...headerCommon,
  tokenType: matching(TOKEN_TYPE_RE),
  flags: z.array(matching(FLAG_RE)).check(z.maxLength(MAX_FLAGS)),
});

/** v2 = v1 + the preset chosen at capture, and which of its optional rows were included; an
 *  account-level record adds `kind` and, when known, the `account` UUID; a record captured with
 *  a preset that names an integrator's key adds `handoff`, the recipients then in force; one
 *  whose saved form was compared with its preset adds `atSave`, the required rows not set. */
export const recordHeaderV2Schema = z.extend(recordHeaderV1Schema, {
  v: z.literal(2),
  presetId: z.nullable(z.string().check(z.maxLength(64), z.regex(PRESET_ID_RE))),
  optional: z.optional(optionalRowsSchema),
  kind: z.optional(z.literal('account-level')),
  account: z.optional(matching(ACCOUNT_UUID_RE)),
  handoff: z.optional(handoffRecipientsSchema),
  atSave: z.optional(z.strictObject({ unset: scopeIds })),
});

const recordHeaderV0Schema = z.strictObject({ v: z.literal(0), ...headerCommon });

const sealedParts = {
  enc: b64u(1, 200),
  ct: b64u(1, MAX_CT_CHARS),
};

export const storedRecordV2Schema = z.strictObject({ header: recordHeaderV2Schema, ...sealedParts });
export const storedRecordV1Schema = z.strictObject({ header: recordHeaderV1Schema, ...sealedParts });
export const storedRecordV0Schema = z.strictObject({ header: recordHeaderV0Schema, ...sealedParts });

/** KDF parameters: shape and integer ranges only; floors and caps are checked in ./kdf so that
 *  a downgrade surfaces as KdfDowngradeError rather than a generic format error. */
const kdfInt = () => z.int().check(z.minimum(1), z.maximum(2 ** 31 - 1));
const kdfParamsSchema = z.discriminatedUnion('alg', [
  z.strictObject({ alg: z.literal('argon2id'), m: kdfInt(), t: kdfInt(), p: kdfInt(), salt: b64uBytes(16) }),
  z.strictObject({ alg: z.literal('pbkdf2-sha256'), iterations: kdfInt(), salt: b64uBytes(16) }),
]);

const protectionFields = {
  protection: z.enum(['device', 'passphrase']),
  kdf: z.nullable(kdfParamsSchema),
};
const kdfMatchesProtection = z.refine<{ protection: string; kdf: unknown }>(
  (h) => (h.protection === 'passphrase') === (h.kdf !== null),
  'kdf must be set exactly when protection is passphrase',
);

const vaultHeaderV1Schema = z
  .strictObject({
    v: z.literal(1),
    ...protectionFields,
    suite: suiteSchema,
    pk: b64uBytes(32),
    keyId: b64uBytes(16),
    createdAt: isoInstant,
  })
  .check(kdfMatchesProtection);

const vaultHeaderV0Schema = z
  .strictObject({ v: z.literal(0), ...protectionFields, pk: b64uBytes(32), keyId: b64uBytes(16), createdAt: isoInstant })
  .check(kdfMatchesProtection);

const wrapParts = {
  /** AES-GCM(pkcs8(sk)): 48-byte X25519 PKCS#8 + 16-byte tag = 64 bytes. */
  wrappedSk: b64u(1, 200),
  wrapIv: b64uBytes(12),
};

export const storedVaultMetaV1Schema = z.strictObject({ header: vaultHeaderV1Schema, ...wrapParts });
export const storedVaultMetaV0Schema = z.strictObject({ header: vaultHeaderV0Schema, ...wrapParts });

const text = (max: number) => z.string().check(z.maxLength(max));
/** Capture input (plaintext body), checked before sealing. Empty client id/secret are allowed
 *  because Stencil-CLI tokens may have none; format oddities are flagged, not rejected. */
export const credentialFieldsSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
  apiPath: text(MAX_TEXT),
  clientId: text(MAX_TEXT),
  clientSecret: text(MAX_TEXT),
  // May be empty: a capture whose token could not be read is still kept (flagged), never dropped.
  accessToken: text(MAX_TEXT),
  /** Body v2: values whose labels were not understood, with the label shown beside them. */
  labelled: z.optional(
    z
      .array(z.strictObject({ label: text(MAX_LABELLED_LABEL), value: z.string().check(z.minLength(1), z.maxLength(MAX_LABELLED_VALUE)) }))
      .check(z.minLength(1), z.maxLength(MAX_LABELLED)),
  ),
});

/** The record header in its current (v2) form, whatever version it was stored in. */
export type RecordHeader = z.output<typeof recordHeaderV2Schema>;
export type RecordHeaderV1 = z.output<typeof recordHeaderV1Schema>;
export type RecordHeaderV0 = z.output<typeof recordHeaderV0Schema>;
export type StoredRecordV2 = z.output<typeof storedRecordV2Schema>;
export type StoredRecordV0 = z.output<typeof storedRecordV0Schema>;
export type VaultHeaderV1 = z.output<typeof vaultHeaderV1Schema>;
export type VaultHeaderV0 = z.output<typeof vaultHeaderV0Schema>;
export type StoredVaultMetaV1 = z.output<typeof storedVaultMetaV1Schema>;
export type StoredVaultMetaV0 = z.output<typeof storedVaultMetaV0Schema>;
export type CredentialFields = z.output<typeof credentialFieldsSchema>;

/**
 * A record in the current (v2) in-memory form, whatever format it was stored in.
 * The AEAD associated data cannot change without re-sealing, so `sealedFormat` says which
 * header encoding the ciphertext is bound to; a migrated v0 or v1 record keeps opening under
 * its original AAD until a key rotation re-seals it as v2.
 */
export interface VaultRecord {
  header: RecordHeader;
  enc: string;
  ct: string;
  sealedFormat: 0 | 1 | 2;
}

/** The vault meta in the current in-memory form; `sealedFormat` as for records, for the
 *  private-key wrap's AAD. */
export interface VaultMetaV1 {
  header: VaultHeaderV1;
  wrappedSk: string;
  wrapIv: string;
  sealedFormat: 0 | 1;
}
