/**
 * RFC 9180 known-answer test, open side, for exactly the suite the vault uses
 * (DHKEM(X25519, HKDF-SHA256) + HKDF-SHA256 + AES-256-GCM, base mode). Vector copied from the
 * CFRG test-vectors.json published with RFC 9180 (cfrg/draft-irtf-cfrg-hpke @ 5f503c5); see the
 * fixture's "source" for provenance and cross-checks.
 */
import { describe, expect, it } from 'vitest';
import vector from '../fixtures/hpke-rfc9180-base-x25519-sha256-aes256gcm.json';
import { SUITE_IDS, hpkeSuite } from '../../../utils/vault/suite';
import { flipByte, hex } from '../fixtures/vault-test-kit';

async function recipient() {
  const suite = hpkeSuite();
  const privateKey = await suite.DeserializePrivateKey(hex(vector.skRm), false);
  const publicKey = await suite.DeserializePublicKey(hex(vector.pkRm));
  return { privateKey, publicKey };
}

describe('HPKE RFC 9180 vector (mode 0, kem 0x20, kdf 1, aead 2)', () => {
  it('is the suite the vault is configured with', () => {
    const suite = hpkeSuite();
    expect([vector.mode, vector.kem_id, vector.kdf_id, vector.aead_id]).toEqual([0, SUITE_IDS.kem, SUITE_IDS.kdf, SUITE_IDS.aead]);
    expect([suite.KEM.id, suite.KDF.id, suite.AEAD.id]).toEqual([SUITE_IDS.kem, SUITE_IDS.kdf, SUITE_IDS.aead]);
  });

  it('derives skRm/pkRm from ikmR (DeriveKeyPair)', async () => {
    const suite = hpkeSuite();
    const pair = await suite.DeriveKeyPair(hex(vector.ikmR), true);
    expect(await suite.SerializePublicKey(pair.publicKey)).toEqual(hex(vector.pkRm));
    expect(await suite.SerializePrivateKey(pair.privateKey)).toEqual(hex(vector.skRm));
  });

  it('opens the first encryption with the single-shot API', async () => {
    const [first] = vector.encryptions;
    const pt = await hpkeSuite().Open(await recipient(), hex(vector.enc), hex(first!.ciphertext), {
      aad: hex(first!.aad),
      info: hex(vector.info),
    });
    expect(pt).toEqual(hex(first!.plaintext));
  });

  it('opens sequence numbers 0 and 1 with a recipient context', async () => {
    const ctx = await hpkeSuite().SetupRecipient(await recipient(), hex(vector.enc), { info: hex(vector.info) });
    for (const e of vector.encryptions) {
      expect(await ctx.Open(hex(e.ciphertext), hex(e.aad))).toEqual(hex(e.plaintext));
    }
  });

  it('the recipient key round-trips to the vector bytes', async () => {
    const suite = hpkeSuite();
    expect(await suite.SerializePublicKey((await recipient()).publicKey)).toEqual(hex(vector.pkRm));
  });

  it('rejects the vector with one ciphertext, enc, aad or info bit changed', async () => {
    const first = vector.encryptions[0]!;
    const r = await recipient();
    const suite = hpkeSuite();
    const ct = hex(first.ciphertext);
    const attempts = [
      () => suite.Open(r, hex(vector.enc), flipByte(ct, 0), { aad: hex(first.aad), info: hex(vector.info) }),
      () => suite.Open(r, hex(vector.enc), flipByte(ct, ct.length - 1), { aad: hex(first.aad), info: hex(vector.info) }),
      () => suite.Open(r, flipByte(hex(vector.enc), 5), ct, { aad: hex(first.aad), info: hex(vector.info) }),
      () => suite.Open(r, hex(vector.enc), ct, { aad: flipByte(hex(first.aad), 0), info: hex(vector.info) }),
      () => suite.Open(r, hex(vector.enc), ct, { aad: hex(first.aad), info: flipByte(hex(vector.info), 0) }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toThrow();
  });
});
