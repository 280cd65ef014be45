/**
 * Golden v1 vault (tests/unit/fixtures/vault-golden-v1.json, made once by
 * scripts/vault-golden.ts with the production Argon2id defaults). If this fails, vaults written
 * by earlier builds no longer open: fix the code, never the fixture.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import golden from '../fixtures/vault-golden-v1.json';
import { TamperedRecordError, WrongPassphraseError } from '../../../utils/vault/errors';
import { recordHeaderAadV1, toRecordHeaderV1 } from '../../../utils/vault/headers';
import { ARGON2ID_DEFAULT } from '../../../utils/vault/kdf';
import { migrateRecord, migrateVaultMeta } from '../../../utils/vault/migrate';
import { openRecord, type UnlockedKey } from '../../../utils/vault/seal';
import type { Vault } from '../../../utils/vault/vault';
import { loadGolden } from '../fixtures/vault-test-kit';

let vault: Vault;
let key: UnlockedKey;

beforeAll(async () => {
  ({ vault, key } = await loadGolden(golden));
}, 30_000);

describe('golden v1 vault', () => {
  it('meta reads as v1 with the production KDF parameters', () => {
    const meta = migrateVaultMeta(golden.meta);
    expect(meta.sealedFormat).toBe(1);
    expect(meta.header.kdf).toMatchObject({ alg: 'argon2id', ...ARGON2ID_DEFAULT });
    expect(key.keyId).toBe(golden.meta.header.keyId);
  });

  it('header AAD encoding is unchanged', () => {
    for (const r of golden.records) {
      expect(new TextDecoder().decode(recordHeaderAadV1(toRecordHeaderV1(migrateRecord(r.stored).header)))).toBe(r.expectedAad);
    }
  });

  it('every golden record opens to the expected fields', async () => {
    const { records, problems } = await vault.listRecords();
    expect(problems).toEqual([]);
    expect(records).toHaveLength(golden.records.length);
    for (const r of golden.records) {
      const record = records.find((x) => x.header.recordId === r.stored.header.recordId)!;
      expect((await openRecord(key, record)).fields).toEqual(r.expectedFields);
    }
  });

  it('keeps the flags it was sealed with', () => {
    const flagged = migrateRecord(golden.records[1]!.stored);
    expect(flagged.header.flags).toEqual(['client-id-format', 'store-hash-mismatch', 'unexpected-format']);
  });

  it('still rejects a tampered golden record and a wrong passphrase', async () => {
    const record = migrateRecord(golden.records[0]!.stored);
    await expect(openRecord(key, { ...record, header: { ...record.header, name: 'renamed' } })).rejects.toThrow(TamperedRecordError);
    await expect(vault.unlock('not the golden passphrase')).rejects.toThrow(WrongPassphraseError);
  }, 30_000);
});
