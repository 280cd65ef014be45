/**
 * Strict base64url (RFC 4648 section 5, no padding) for bytes that must live in JSON.
 *
 * Strict means: only the url-safe alphabet, no padding, no whitespace, and canonical encodings
 * only (the unused low bits of the last character must be zero). Every stored byte string then
 * has exactly one textual form, so a tampered-but-equivalent spelling cannot slip through a
 * comparison (docs/vault-design.md §11.3).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Matches a syntactically valid unpadded base64url string (canonical bits checked on decode). */
export const BASE64URL_RE = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;

export class Base64urlError extends Error {
  constructor(reason: string) {
    super(`Invalid base64url (${reason})`);
    this.name = 'Base64urlError';
  }
}

export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

export function decodeBase64url(text: string): Uint8Array {
  if (typeof text !== 'string') throw new Base64urlError('not a string');
  if (text.length % 4 === 1) throw new Base64urlError('length');
  const values = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? LOOKUP[c]! : -1;
    if (v < 0) throw new Base64urlError('character');
    values[i] = v;
  }
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 3 < text.length; i += 4) {
    const n = (values[i]! << 18) | (values[i + 1]! << 12) | (values[i + 2]! << 6) | values[i + 3]!;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  const rest = text.length - i;
  if (rest === 2) {
    const n = (values[i]! << 18) | (values[i + 1]! << 12);
    if (n & 0xffff) throw new Base64urlError('non-canonical');
    out[o++] = n >> 16;
  } else if (rest === 3) {
    const n = (values[i]! << 18) | (values[i + 1]! << 12) | (values[i + 2]! << 6);
    if (n & 0xff) throw new Base64urlError('non-canonical');
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
  }
  return out;
}

/** Decode and require an exact byte length (keys, IVs, salts). */
export function decodeBase64urlExact(text: string, length: number): Uint8Array {
  const bytes = decodeBase64url(text);
  if (bytes.length !== length) throw new Base64urlError('byte length');
  return bytes;
}
