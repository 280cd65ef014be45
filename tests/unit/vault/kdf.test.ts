import { argon2id } from '@noble/hashes/argon2.js';
import { describe, expect, it, vi } from 'vitest';
import { KdfDowngradeError, PassphrasePolicyError, VaultFormatError } from '../../../utils/vault/errors';
import {
  ARGON2ID_DEFAULT,
  assertKdfParams,
  checkNewPassphrase,
  deriveKek,
  newKdfParams,
  normalisePassphrase,
  type KdfParams,
} from '../../../utils/vault/kdf';
import { generateRecipientKeyPair, unwrapPrivateKey, wrapPrivateKey } from '../../../utils/vault/key-wrap';
import { Vault } from '../../../utils/vault/vault';
import { freshStorage, hex } from '../fixtures/vault-test-kit';

const SALT = 'AAECAwQFBgcICQoLDA0ODw'; // 16 bytes
const AAD = new TextEncoder().encode('test');

/** A KEK works iff a private key wrapped under one unwraps under the other. */
async function sameKek(a: CryptoKey, b: CryptoKey): Promise<boolean> {
  const { keyPair } = await generateRecipientKeyPair();
  const wrapped = await wrapPrivateKey(keyPair.privateKey, a, AAD);
  try {
    await unwrapPrivateKey(wrapped, b, AAD, false);
    return true;
  } catch {
    return false;
  }
}

describe('KDF floors (downgrade check)', () => {
  it.each<[string, KdfParams]>([
    ['argon2id m below 19456 KiB', { alg: 'argon2id', m: 19455, t: 2, p: 1, salt: SALT }],
    ['argon2id t below 2', { alg: 'argon2id', m: 65536, t: 1, p: 1, salt: SALT }],
    ['argon2id p below 1', { alg: 'argon2id', m: 65536, t: 3, p: 0, salt: SALT }],
    ['pbkdf2 below 600,000', { alg: 'pbkdf2-sha256', iterations: 599_999, salt: SALT }],
    ['pbkdf2 at the 2021 figure', { alg: 'pbkdf2-sha256', iterations: 310_000, salt: SALT }],
  ])('rejects %s before deriving anything', async (_label, params) => {
    const argon = vi.spyOn(crypto.subtle, 'importKey');
    expect(() => assertKdfParams(params)).toThrow(KdfDowngradeError);
    await expect(deriveKek('a passphrase long enough', params)).rejects.toThrow(KdfDowngradeError);
    // Not even the passphrase was imported: the check runs first.
    expect(argon).not.toHaveBeenCalled();
    argon.mockRestore();
  });

  it.each<[string, KdfParams]>([
    ['argon2id m above cap', { alg: 'argon2id', m: 4_194_304, t: 3, p: 1, salt: SALT }],
    ['argon2id t above cap', { alg: 'argon2id', m: 65536, t: 1000, p: 1, salt: SALT }],
    ['pbkdf2 above cap', { alg: 'pbkdf2-sha256', iterations: 1e9, salt: SALT }],
    ['non-integer', { alg: 'pbkdf2-sha256', iterations: 600000.5, salt: SALT }],
  ])('rejects %s as out of range', (_label, params) => {
    expect(() => assertKdfParams(params)).toThrow(VaultFormatError);
  });

  it('accepts the floors and the defaults', () => {
    expect(() => assertKdfParams({ alg: 'argon2id', m: 19456, t: 2, p: 1, salt: SALT })).not.toThrow();
    expect(() => assertKdfParams({ alg: 'pbkdf2-sha256', iterations: 600_000, salt: SALT })).not.toThrow();
    const params = newKdfParams();
    expect(params).toMatchObject({ alg: 'argon2id', ...ARGON2ID_DEFAULT });
    expect(ARGON2ID_DEFAULT).toEqual({ m: 65536, t: 3, p: 1 });
  });

  it('uses a fresh random salt every time', () => {
    const salts = new Set(Array.from({ length: 20 }, () => newKdfParams().salt));
    expect(salts.size).toBe(20);
  });

  it('refuses a below-floor KDF choice for new wraps', () => {
    expect(() => new Vault(freshStorage(), { kdf: { alg: 'pbkdf2-sha256', iterations: 100_000 } })).toThrow(KdfDowngradeError);
    expect(() => newKdfParams({ alg: 'argon2id', m: 8192 })).toThrow(KdfDowngradeError);
  });
});

describe('passphrase policy', () => {
  it('normalises to NFC', () => {
    const composed = 'caf\u00e9 au lait ok';
    const decomposed = 'cafe\u0301 au lait ok';
    expect(composed).not.toBe(decomposed);
    expect(normalisePassphrase(decomposed)).toBe(composed);
  });

  it('requires 12 code points for a new passphrase and caps at 1024', () => {
    expect(() => checkNewPassphrase('short pass!')).toThrow(PassphrasePolicyError);
    expect(checkNewPassphrase('twelve chars')).toBe('twelve chars');
    // 12 emoji are 24 UTF-16 units but 12 characters: allowed; 11 are not.
    expect(() => checkNewPassphrase('😀'.repeat(12))).not.toThrow();
    expect(() => checkNewPassphrase('😀'.repeat(11))).toThrow(PassphrasePolicyError);
    expect(() => checkNewPassphrase('x'.repeat(1025))).toThrow(PassphrasePolicyError);
    expect(() => normalisePassphrase('x'.repeat(1025))).toThrow(PassphrasePolicyError);
  });

  it('never puts the passphrase in the error message', () => {
    const secret = 'hunter2';
    try {
      checkNewPassphrase(secret);
      expect.unreachable();
    } catch (error) {
      expect(String((error as Error).message)).not.toContain(secret);
    }
  });
});

describe('deriveKek', () => {
  const pbkdf2: KdfParams = { alg: 'pbkdf2-sha256', iterations: 600_000, salt: SALT };

  it('is deterministic, salt-dependent and NFC-insensitive', async () => {
    const a = await deriveKek('caf\u00e9 passphrase', pbkdf2);
    const b = await deriveKek('cafe\u0301 passphrase', pbkdf2);
    const c = await deriveKek('caf\u00e9 passphrase', { ...pbkdf2, salt: 'AQECAwQFBgcICQoLDA0ODw' });
    const d = await deriveKek('caf\u00e9 passphrasf', pbkdf2);
    expect(await sameKek(a, b)).toBe(true);
    expect(await sameKek(a, c)).toBe(false);
    expect(await sameKek(a, d)).toBe(false);
  });

  it('yields a non-extractable AES-GCM-256 key usable only for wrapping', async () => {
    const kek = await deriveKek('a passphrase here', pbkdf2);
    expect(kek.extractable).toBe(false);
    expect(kek.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect([...kek.usages].sort()).toEqual(['unwrapKey', 'wrapKey']);
    await expect(crypto.subtle.exportKey('raw', kek)).rejects.toThrow();
  });

  it('Argon2id implementation passes the RFC 9106 section 5.3 vector', () => {
    // Argon2id, m = 32 KiB, t = 3, p = 4, password 0x01×32, salt 0x02×16, secret 0x03×8,
    // associated data 0x04×12, tag length 32.
    const tag = argon2id(new Uint8Array(32).fill(1), new Uint8Array(16).fill(2), {
      m: 32,
      t: 3,
      p: 4,
      dkLen: 32,
      key: new Uint8Array(8).fill(3),
      personalization: new Uint8Array(12).fill(4),
    });
    expect(tag).toEqual(hex('0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659'));
  });

  it('measures the KDF choices (prints timings)', async () => {
    const time = async (label: string, params: KdfParams) => {
      const t0 = performance.now();
      const kek = await deriveKek('correct horse battery staple', params);
      const ms = performance.now() - t0;
      console.info(`[kdf timing] ${label}: ${ms.toFixed(0)} ms`);
      return { kek, ms };
    };
    const fresh = (p: KdfParams) => ({ ...p, salt: newKdfParams().salt });
    const argonDefault = await time('Argon2id 64 MiB / t3 / p1 (default)', fresh(newKdfParams()));
    const argonFloor = await time('Argon2id 19 MiB / t2 / p1 (floor)', fresh({ alg: 'argon2id', m: 19456, t: 2, p: 1, salt: SALT }));
    const pbkdf = await time('PBKDF2-SHA256 600,000 (floor)', fresh(pbkdf2));
    // The default must cost more than the floor (otherwise the "default" is not one), and stay
    // interactive: a generous bound so slow CI machines pass.
    expect(argonDefault.ms).toBeGreaterThan(argonFloor.ms);
    expect(argonDefault.ms).toBeLessThan(20_000);
    expect(pbkdf.kek.extractable).toBe(false);
  }, 60_000);
});
