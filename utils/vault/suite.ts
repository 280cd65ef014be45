/**
 * The one HPKE suite the vault uses (RFC 9180 base mode):
 * DHKEM(X25519, HKDF-SHA256) 0x0020 + HKDF-SHA256 0x0001 + AES-256-GCM 0x0002.
 *
 * X25519 needs Chrome 133 / Firefox 130, below the manifest minimums, so the P-256 fallback
 * from docs/vault-design.md §9 is not implemented; the suite ids are still written into every header so
 * a second suite can be added without a format change.
 */
import * as HPKE from 'hpke';
import { encodeBase64url } from './base64url';

export const SUITE_IDS = Object.freeze({ kem: 0x0020, kdf: 0x0001, aead: 0x0002 });
export type SuiteIds = { kem: number; kdf: number; aead: number };

/** Bytes: X25519 public key and encapsulated key; AES-GCM tag. */
export const PUBLIC_KEY_LENGTH = 32;
export const ENC_LENGTH = 32;
export const TAG_LENGTH = 16;

/** Domain-separation prefix for HPKE `info`; the key id is appended (docs/vault-design.md §6 (item 3)). */
export const INFO_PREFIX = 'scopekeeper-vault/v1|';

let suite: HPKE.CipherSuite<HPKE.CryptoKey> | undefined;

export function hpkeSuite(): HPKE.CipherSuite<HPKE.CryptoKey> {
  suite ??= new HPKE.CipherSuite(HPKE.KEM_DHKEM_X25519_HKDF_SHA256, HPKE.KDF_HKDF_SHA256, HPKE.AEAD_AES_256_GCM);
  return suite;
}

export function isSupportedSuite(ids: SuiteIds): boolean {
  return ids.kem === SUITE_IDS.kem && ids.kdf === SUITE_IDS.kdf && ids.aead === SUITE_IDS.aead;
}

/** keyId = base64url(first 16 bytes of SHA-256(raw public key)): 22 characters. */
export async function computeKeyId(publicKeyRaw: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', publicKeyRaw as Uint8Array<ArrayBuffer>));
  return encodeBase64url(digest.subarray(0, 16));
}

export function recordInfo(keyId: string): Uint8Array {
  return new TextEncoder().encode(INFO_PREFIX + keyId);
}

/** A different `info` for the unlock self-test, so a self-test ciphertext can never pass as a
 *  record and vice versa. */
export function selfTestInfo(keyId: string): Uint8Array {
  return new TextEncoder().encode(`${INFO_PREFIX}self-test|${keyId}`);
}
