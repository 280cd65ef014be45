/**
 * Key material: the HPKE key pair, the device key, wrapping the private key and the
 * seal/open self-test. Private keys stay CryptoKeys throughout (wrapKey/unwrapKey), never
 * JS bytes (docs/vault-design.md §5.2).
 */
import type * as HPKE from 'hpke';
import { decodeBase64url, decodeBase64urlExact, encodeBase64url } from './base64url';
import { VaultFormatError } from './errors';
import { PUBLIC_KEY_LENGTH, computeKeyId, hpkeSuite, selfTestInfo } from './suite';

const AES_GCM_IV_LENGTH = 12;
const X25519_PRIVATE = { name: 'X25519' } as const;

export interface WrappedKey {
  wrappedSk: string;
  wrapIv: string;
}

/** A new recipient key pair. The private key is extractable ONLY so it can be wrapped; callers
 *  wrap it and drop the handle. */
export async function generateRecipientKeyPair(): Promise<{
  keyPair: HPKE.KeyPair<CryptoKey>;
  pk: string;
  keyId: string;
}> {
  const suite = hpkeSuite();
  const keyPair = await suite.GenerateKeyPair(true);
  const raw = await suite.SerializePublicKey(keyPair.publicKey);
  return { keyPair, pk: encodeBase64url(raw), keyId: await computeKeyId(raw) };
}

/** The pre-passphrase device key: AES-GCM-256, non-extractable, wrap/unwrap only. */
export async function generateDeviceKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['wrapKey', 'unwrapKey']);
}

/** Wrap (pkcs8) under a KEK or the device key with a fresh random 96-bit IV. */
export async function wrapPrivateKey(privateKey: CryptoKey, wrappingKey: CryptoKey, aad: Uint8Array): Promise<WrappedKey> {
  const iv = crypto.getRandomValues(new Uint8Array(AES_GCM_IV_LENGTH));
  const wrapped = await crypto.subtle.wrapKey('pkcs8', privateKey, wrappingKey, {
    name: 'AES-GCM',
    iv,
    additionalData: aad as Uint8Array<ArrayBuffer>,
  });
  return { wrappedSk: encodeBase64url(new Uint8Array(wrapped)), wrapIv: encodeBase64url(iv) };
}

/**
 * Unwrap; non-extractable unless re-wrapping. Rejects (OperationError from WebCrypto, or
 * Base64urlError) on a wrong key or any change to the wrap, IV or AAD; callers map that to the
 * right typed error.
 */
export async function unwrapPrivateKey(
  wrapped: WrappedKey,
  wrappingKey: CryptoKey,
  aad: Uint8Array,
  extractable: boolean,
): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey(
    'pkcs8',
    decodeBase64url(wrapped.wrappedSk) as Uint8Array<ArrayBuffer>,
    wrappingKey,
    {
      name: 'AES-GCM',
      iv: decodeBase64urlExact(wrapped.wrapIv, AES_GCM_IV_LENGTH) as Uint8Array<ArrayBuffer>,
      additionalData: aad as Uint8Array<ArrayBuffer>,
    },
    X25519_PRIVATE,
    extractable,
    ['deriveBits'],
  );
}

/** PKCS#8 bytes of an extractable private key, for the shared unlock (docs/vault-design.md §12);
 *  the caller zeroes them once stored. */
export async function exportPrivateKey(privateKey: CryptoKey): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.exportKey('pkcs8', privateKey));
}

/** A shared unlock's PKCS#8 bytes as a non-extractable private key (rejects on malformed bytes). */
export async function importPrivateKey(pkcs8: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('pkcs8', pkcs8 as Uint8Array<ArrayBuffer>, X25519_PRIVATE, false, ['deriveBits']);
}

/** Import the stored public key and check it against the stored key id. */
export async function importPublicKey(pk: string, keyId: string): Promise<CryptoKey> {
  let raw: Uint8Array;
  try {
    raw = decodeBase64urlExact(pk, PUBLIC_KEY_LENGTH);
  } catch {
    throw new VaultFormatError('malformed', 'public key');
  }
  if ((await computeKeyId(raw)) !== keyId) throw new VaultFormatError('malformed', 'key id');
  try {
    return await hpkeSuite().DeserializePublicKey(raw);
  } catch {
    throw new VaultFormatError('malformed', 'public key');
  }
}

/**
 * Seal a random probe to the stored public key and open it with the unwrapped private key.
 * Fails when the private key does not belong to that public key, e.g. a substituted public key
 * that would silently redirect future captures (docs/vault-design.md §6 (item 5)).
 */
export async function selfTest(keyPair: HPKE.KeyPair<CryptoKey>, keyId: string): Promise<boolean> {
  const suite = hpkeSuite();
  const probe = crypto.getRandomValues(new Uint8Array(32));
  const info = selfTestInfo(keyId);
  try {
    const { encapsulatedSecret, ciphertext } = await suite.Seal(keyPair.publicKey, probe, { info });
    const opened = await suite.Open(keyPair, encapsulatedSecret, ciphertext, { info });
    return opened.length === probe.length && opened.every((b, i) => b === probe[i]);
  } catch {
    return false;
  }
}
