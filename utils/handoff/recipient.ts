/**
 * Validation of an integrator's age public key (`age1…`, age-encryption.org/v1): a Bech32 string
 * (BIP 173, checksum verified) with the human-readable part "age" and exactly 32 bytes of data,
 * an X25519 public key. Post-quantum (`age1pq1…`) and plugin recipients are not accepted: the
 * preset format promises the standard `age -d -i key.txt` works with a plain `age-keygen` key.
 * Pure, no age-encryption import, so the preset schema can use it without pulling in the library.
 */
import { bech32 } from '@scure/base';

const X25519_KEY_BYTES = 32;
/** An X25519 recipient is always 62 characters: "age1" + 52 data + 6 checksum characters. */
const RECIPIENT_RE = /^age1[02-9ac-hj-np-z]{58}$/;

/** Low-order points give an all-zero shared secret, which X25519 refuses: such a key could
 *  never be encrypted to. Little-endian u-coordinates from RFC 7748 / libsodium's blacklist. */
const LOW_ORDER_POINTS = [
  '0000000000000000000000000000000000000000000000000000000000000000',
  '0100000000000000000000000000000000000000000000000000000000000000',
  'e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800',
  '5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
];

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export type RecipientProblem = 'format' | 'checksum' | 'not-x25519' | 'weak-key';

/** null when `text` is a usable X25519 age recipient; otherwise why not. */
export function ageRecipientProblem(text: string): RecipientProblem | null {
  if (/^age1(?:pq|tag)/.test(text)) return 'not-x25519';
  if (!RECIPIENT_RE.test(text)) return 'format';
  let decoded: { prefix: string; bytes: Uint8Array };
  try {
    decoded = bech32.decodeToBytes(text);
  } catch {
    return 'checksum';
  }
  if (decoded.prefix !== 'age' || decoded.bytes.length !== X25519_KEY_BYTES) return 'not-x25519';
  if (LOW_ORDER_POINTS.includes(hex(decoded.bytes))) return 'weak-key';
  return null;
}

export const RECIPIENT_PROBLEM_TEXT: Readonly<Record<RecipientProblem, string>> = {
  format: 'must be an age X25519 public key ("age1" followed by 58 lower-case characters)',
  checksum: 'is not a valid age public key (its checksum does not match; was it copied completely?)',
  'not-x25519': 'must be a plain X25519 age key from age-keygen (post-quantum and plugin keys are not supported)',
  'weak-key': 'is not a usable X25519 key (a low-order point)',
};
