/**
 * Passphrase → key-encryption key (KEK).
 *
 * Choice: Argon2id, m = 64 MiB, t = 3, p = 1, via @noble/hashes `argon2idAsync` (pure JS).
 *  - Memory-hard, so offline guessing on GPUs/ASICs costs far more than with PBKDF2; once a
 *    passphrase is set, KDF cost and passphrase strength are the whole at-rest protection
 *    (docs/vault-design.md §2, §6 (item 6)).
 *  - Pure JS because the default MV3 CSP forbids WebAssembly; hash-wasm would need
 *    'wasm-unsafe-eval' (docs/vault-design.md §5.4).
 *  - 64 MiB / t3 is docs/vault-design.md §9's recommendation and Bitwarden's default memory and
 *    iterations; p = 1 because JS runs one lane at a time, so more lanes only slow us down.
 *  - Measured (tests/unit/vault-kdf.test.ts prints it; Node 22.23 / V8, 2 vCPU): 64 MiB / t3
 *    ≈ 0.99 s, the 19 MiB / t2 floor ≈ 0.26 s, PBKDF2 600k ≈ 0.08 s. docs/vault-design.md §5.4 has the
 *    floor at 0.33 s in a Chromium 156 service worker, so expect ~1.3 s per unlock in Chromium
 *    (to be confirmed there). It runs only at unlock, set-passphrase and change-passphrase,
 *    never on capture: the implementation is imported when a derivation starts, so the service
 *    worker, which seals captures and never derives, does not load it.
 * PBKDF2-HMAC-SHA256 (WebCrypto, ≥ 600,000) is accepted as a second algorithm for slow devices
 * (600k ≈ 0.1 s native); new wraps use Argon2id unless a caller asks otherwise.
 *
 * Floors are enforced on every derivation, before any work, so parameters read from storage
 * can never downgrade the KDF (docs/vault-design.md §6 (item 7)). Caps stop a tampered header from asking for
 * gigabytes of memory.
 */
import { decodeBase64urlExact, encodeBase64url } from './base64url';
import { KdfDowngradeError, PassphrasePolicyError, VaultFormatError } from './errors';

type Argon2idParams = { alg: 'argon2id'; m: number; t: number; p: number; salt: string };
type Pbkdf2Params = { alg: 'pbkdf2-sha256'; iterations: number; salt: string };
export type KdfParams = Argon2idParams | Pbkdf2Params;

/** OWASP Password Storage Cheat Sheet (2026) floors. */
const ARGON2ID_FLOOR = Object.freeze({ m: 19456, t: 2, p: 1 });
const PBKDF2_FLOOR = 600_000;
/** Upper bounds: beyond these a stored header is treated as malformed, not run. */
const ARGON2ID_CAP = Object.freeze({ m: 262_144, t: 10, p: 4 });
const PBKDF2_CAP = 10_000_000;

export const ARGON2ID_DEFAULT = Object.freeze({ m: 65_536, t: 3, p: 1 });
const SALT_LENGTH = 16;

export const PASSPHRASE_MIN = 12;
/** Cap in code points: bounds KDF input and UI paste accidents. */
export const PASSPHRASE_MAX = 1024;

export type KdfChoice =
  | { alg: 'argon2id'; m?: number; t?: number; p?: number }
  | { alg: 'pbkdf2-sha256'; iterations?: number };

/** Fresh parameters (always a new random salt) for a new wrap. */
export function newKdfParams(choice: KdfChoice = { alg: 'argon2id' }): KdfParams {
  const salt = encodeBase64url(crypto.getRandomValues(new Uint8Array(SALT_LENGTH)));
  const params: KdfParams =
    choice.alg === 'argon2id'
      ? {
          alg: 'argon2id',
          m: choice.m ?? ARGON2ID_DEFAULT.m,
          t: choice.t ?? ARGON2ID_DEFAULT.t,
          p: choice.p ?? ARGON2ID_DEFAULT.p,
          salt,
        }
      : { alg: 'pbkdf2-sha256', iterations: choice.iterations ?? PBKDF2_FLOOR, salt };
  assertKdfParams(params);
  return params;
}

/** Throws KdfDowngradeError below the floors and VaultFormatError above the caps. */
export function assertKdfParams(params: KdfParams): void {
  if (params.alg === 'argon2id') {
    const { m, t, p } = params;
    if (![m, t, p].every(Number.isSafeInteger)) throw new VaultFormatError('kdf-out-of-range', 'argon2id');
    if (m < ARGON2ID_FLOOR.m) throw new KdfDowngradeError(`argon2id m < ${ARGON2ID_FLOOR.m} KiB`);
    if (t < ARGON2ID_FLOOR.t) throw new KdfDowngradeError(`argon2id t < ${ARGON2ID_FLOOR.t}`);
    if (p < ARGON2ID_FLOOR.p) throw new KdfDowngradeError(`argon2id p < ${ARGON2ID_FLOOR.p}`);
    if (m > ARGON2ID_CAP.m || t > ARGON2ID_CAP.t || p > ARGON2ID_CAP.p) {
      throw new VaultFormatError('kdf-out-of-range', 'argon2id');
    }
    // Argon2 needs at least 8 KiB per lane; implied by the floor, kept explicit for clarity.
    if (m < 8 * p) throw new VaultFormatError('kdf-out-of-range', 'argon2id');
    return;
  }
  if (params.alg === 'pbkdf2-sha256') {
    if (!Number.isSafeInteger(params.iterations)) throw new VaultFormatError('kdf-out-of-range', 'pbkdf2');
    if (params.iterations < PBKDF2_FLOOR) throw new KdfDowngradeError(`pbkdf2-sha256 iterations < ${PBKDF2_FLOOR}`);
    if (params.iterations > PBKDF2_CAP) throw new VaultFormatError('kdf-out-of-range', 'pbkdf2');
    return;
  }
  throw new VaultFormatError('kdf-out-of-range', 'unknown algorithm');
}

function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** NFC so the same passphrase typed on different keyboards/OSes (composed vs decomposed
 *  accents) derives the same key. */
export function normalisePassphrase(passphrase: string): string {
  const nfc = passphrase.normalize('NFC');
  if (codePoints(nfc) > PASSPHRASE_MAX) throw new PassphrasePolicyError('too-long', PASSPHRASE_MAX);
  return nfc;
}

/** Policy for a passphrase being set (not for unlock, so a later policy change never locks
 *  anyone out of an existing vault). */
export function checkNewPassphrase(passphrase: string): string {
  const nfc = normalisePassphrase(passphrase);
  if (codePoints(nfc) < PASSPHRASE_MIN) throw new PassphrasePolicyError('too-short', PASSPHRASE_MIN);
  return nfc;
}

export interface DeriveOptions {
  /** Argon2id progress 0..1, for an unlock spinner. */
  onProgress?: (fraction: number) => void;
  /** Receives the unlocked private key as PKCS#8 bytes (zeroed after it returns), so other vault
   *  pages can share this unlock (docs/vault-design.md §12). Used by unlock and the rotations. */
  share?: (keyId: string, pkcs8: Uint8Array) => Promise<void>;
}

/** Derive a non-extractable AES-GCM-256 KEK usable only for wrapKey/unwrapKey. */
export async function deriveKek(passphrase: string, params: KdfParams, options: DeriveOptions = {}): Promise<CryptoKey> {
  assertKdfParams(params);
  const salt = decodeBase64urlExact(params.salt, SALT_LENGTH);
  const secret = new TextEncoder().encode(normalisePassphrase(passphrase));
  try {
    if (params.alg === 'argon2id') {
      const { argon2idAsync } = await import('@noble/hashes/argon2.js');
      const raw = await argon2idAsync(secret, salt, {
        m: params.m,
        t: params.t,
        p: params.p,
        dkLen: 32,
        maxmem: ARGON2ID_CAP.m * 1024 + 1024 * 1024,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
      try {
        return await crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, { name: 'AES-GCM' }, false, [
          'wrapKey',
          'unwrapKey',
        ]);
      } finally {
        raw.fill(0);
      }
    }
    const base = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
    return await crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations: params.iterations },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['wrapKey', 'unwrapKey'],
    );
  } finally {
    // Best effort only: the JS string it came from cannot be wiped (docs/vault-design.md §6 (item 8)).
    secret.fill(0);
  }
}
