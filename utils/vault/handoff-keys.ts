/**
 * Hand-off keys: an integrator's age X25519 identities (`AGE-SECRET-KEY-1…`), kept in the vault
 * sealed like a record, so an identity never exists unsealed at rest. They live in the meta store
 * under the side-data name 'handoff-keys' as one list; each entry shows its name, public key
 * (`age1…`) and creation date in clear (what the options page shows while locked) and seals the
 * identity with HPKE to the vault's key, its own `info` and an AAD binding the clear fields.
 * A key rotation re-seals them with the records (./vault.ts); a backup carries them.
 *
 * Pure of age-encryption: the identity is checked by its shape only here; the options page makes
 * identities and derives their public keys (utils/handoff/keys.ts).
 */
import { z } from 'zod';
import { Base64urlError, BASE64URL_RE, decodeBase64url, decodeBase64urlExact, encodeBase64url } from './base64url';
import { canonicalBytes, fields } from './canonical';
import { TamperedRecordError, VaultFormatError } from './errors';
import { isIsoInstant } from './schemas';
import type { SealKey, UnlockedKey } from './seal';
import { ENC_LENGTH, INFO_PREFIX, TAG_LENGTH, hpkeSuite } from './suite';

/** A key's name as shown and as carried in a request link (utils/presets/schema.ts: handoff.name). */
export const HANDOFF_KEY_NAME_MAX = 60;
export const MAX_HANDOFF_KEYS = 50;
/** age's Bech32 identity: "AGE-SECRET-KEY-1" + 52 data + 6 checksum characters, upper case. */
export const AGE_IDENTITY_RE = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/;
const AGE_RECIPIENT_RE = /^age1[02-9ac-hj-np-z]{58}$/;
const KEY_NAME_RE = /^[^\p{Cc}\u2028\u2029]*$/u;
const ID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const AAD_DOMAIN = 'scopekeeper-handoff-key/v1';

export const handoffKeyNameSchema = z.string().trim().min(1).max(HANDOFF_KEY_NAME_MAX).regex(KEY_NAME_RE);

const storedHandoffKeySchema = z
  .object({
    v: z.literal(1),
    id: z.string().regex(ID_RE),
    name: handoffKeyNameSchema,
    recipient: z.string().regex(AGE_RECIPIENT_RE),
    createdAt: z.string().refine(isIsoInstant, 'not a real instant'),
    keyId: z.string().length(22).regex(BASE64URL_RE),
    enc: z.string().min(1).max(200).regex(BASE64URL_RE),
    ct: z.string().min(1).max(400).regex(BASE64URL_RE),
  })
  .strict();

/** One sealed hand-off key as stored. */
export type StoredHandoffKey = z.output<typeof storedHandoffKeySchema>;

export interface HandoffKeyList {
  keys: StoredHandoffKey[];
  /** Entries that are not a hand-off key in the known format (left as they are). */
  unreadable: number;
}

/** The stored list, checked entry by entry; never throws. */
export function readHandoffKeys(raw: unknown): HandoffKeyList {
  const list = (raw as { v?: unknown; keys?: unknown } | null | undefined)?.keys;
  if (raw === undefined || !Array.isArray(list)) return { keys: [], unreadable: 0 };
  const keys: StoredHandoffKey[] = [];
  let unreadable = 0;
  for (const entry of list.slice(0, MAX_HANDOFF_KEYS * 2)) {
    const parsed = storedHandoffKeySchema.safeParse(entry);
    if (parsed.success) keys.push(parsed.data);
    else unreadable++;
  }
  return { keys, unreadable };
}

/** The value written back: entries as given (unreadable ones included, so nothing is lost). */
export function handoffKeysValue(entries: readonly unknown[]): { v: 1; keys: unknown[] } {
  return { v: 1, keys: [...entries] };
}

export function rawHandoffEntries(raw: unknown): unknown[] {
  const list = (raw as { keys?: unknown } | null | undefined)?.keys;
  return Array.isArray(list) ? [...(list as unknown[])] : [];
}

function aad(entry: Pick<StoredHandoffKey, 'v' | 'id' | 'name' | 'recipient' | 'createdAt' | 'keyId'>): Uint8Array {
  return canonicalBytes(
    AAD_DOMAIN,
    fields(['v', entry.v], ['id', entry.id], ['name', entry.name], ['recipient', entry.recipient], ['createdAt', entry.createdAt], ['keyId', entry.keyId]),
  );
}

function info(keyId: string): Uint8Array {
  return new TextEncoder().encode(`${INFO_PREFIX}handoff-key|${keyId}`);
}

export interface HandoffKeyFacts {
  id?: string;
  name: string;
  recipient: string;
  createdAt?: Date | string;
}

/** Seals `identity` to the vault key; needs no private key. Refuses a malformed identity or name. */
export async function sealHandoffKey(key: SealKey, identity: string, facts: HandoffKeyFacts): Promise<StoredHandoffKey> {
  if (!AGE_IDENTITY_RE.test(identity)) throw new VaultFormatError('invalid-capture', 'handoff identity');
  const name = handoffKeyNameSchema.safeParse(facts.name);
  if (!name.success) throw new VaultFormatError('invalid-capture', 'handoff name');
  if (!AGE_RECIPIENT_RE.test(facts.recipient)) throw new VaultFormatError('invalid-capture', 'handoff recipient');
  const createdAt = facts.createdAt === undefined ? new Date().toISOString() : new Date(facts.createdAt).toISOString();
  const clear = { v: 1 as const, id: facts.id ?? crypto.randomUUID(), name: name.data, recipient: facts.recipient, createdAt, keyId: key.keyId };
  const plaintext = new TextEncoder().encode(identity);
  try {
    const { encapsulatedSecret, ciphertext } = await hpkeSuite().Seal(key.publicKey, plaintext, { aad: aad(clear), info: info(key.keyId) });
    const entry = { ...clear, enc: encodeBase64url(encapsulatedSecret), ct: encodeBase64url(ciphertext) };
    return storedHandoffKeySchema.parse(entry);
  } finally {
    plaintext.fill(0);
  }
}

/** The identity a stored key seals; TamperedRecordError when it does not open. */
export async function openHandoffKey(unlocked: UnlockedKey, entry: StoredHandoffKey): Promise<string> {
  if (entry.keyId !== unlocked.keyId) throw new TamperedRecordError('foreign-key', entry.id);
  let enc: Uint8Array;
  let ct: Uint8Array;
  try {
    enc = decodeBase64urlExact(entry.enc, ENC_LENGTH);
    ct = decodeBase64url(entry.ct);
  } catch (error) {
    if (error instanceof Base64urlError) throw new TamperedRecordError('malformed', entry.id);
    throw error;
  }
  if (ct.length < TAG_LENGTH) throw new TamperedRecordError('malformed', entry.id);
  let plaintext: Uint8Array;
  try {
    plaintext = await hpkeSuite().Open(unlocked.keyPair, enc, ct, { aad: aad(entry), info: info(entry.keyId) });
  } catch {
    throw new TamperedRecordError('auth-failed', entry.id);
  }
  const identity = new TextDecoder().decode(plaintext);
  plaintext.fill(0);
  if (!AGE_IDENTITY_RE.test(identity)) throw new VaultFormatError('body-malformed', 'handoff key');
  return identity;
}
