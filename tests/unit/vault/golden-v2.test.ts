/**
 * Golden v2 vault (tests/unit/fixtures/vault-golden-v2.json, made once by scripts/vault-golden.ts
 * after record headers gained presetId and set-passphrase began rotating keys). If this fails,
 * vaults written by earlier builds no longer open: fix the code, never the fixture.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import golden from '../fixtures/vault-golden-v2.json';
import { TamperedRecordError } from '../../../utils/vault/errors';
import { recordHeaderAadV2 } from '../../../utils/vault/headers';
import { migrateRecord } from '../../../utils/vault/migrate';
import { openRecord, type UnlockedKey } from '../../../utils/vault/seal';
import type { Vault } from '../../../utils/vault/vault';
import { loadGolden } from '../fixtures/vault-test-kit';

let vault: Vault;
let key: UnlockedKey;

beforeAll(async () => {
  ({ vault, key } = await loadGolden(golden));
}, 30_000);

describe('golden v2 vault', () => {
  it('records read as v2, sealed in v2, with the preset they were captured with', () => {
    const records = golden.records.map((r) => migrateRecord(r.stored));
    expect(records.map((r) => r.sealedFormat)).toEqual([2, 2]);
    expect(records.map((r) => r.header.presetId)).toEqual(['litextension-to-bigcommerce', null]);
    expect(new Set(records.map((r) => r.header.keyId))).toEqual(new Set([key.keyId]));
  });

  it('header AAD encoding is unchanged', () => {
    for (const r of golden.records) {
      expect(new TextDecoder().decode(recordHeaderAadV2(migrateRecord(r.stored).header))).toBe(r.expectedAad);
    }
  });

  it('every golden record opens to the expected fields; a changed presetId does not', async () => {
    const { records, problems } = await vault.listRecords();
    expect(problems).toEqual([]);
    for (const r of golden.records) {
      const record = records.find((x) => x.header.recordId === r.stored.header.recordId)!;
      expect((await openRecord(key, record)).fields).toEqual(r.expectedFields);
      await expect(openRecord(key, { ...record, header: { ...record.header, presetId: 'catalyst' } })).rejects.toThrow(TamperedRecordError);
    }
  });
});
