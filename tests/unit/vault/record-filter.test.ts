/** The vault list's search: store-level records by store, account-level ones by kind and account. */
import { describe, expect, it } from 'vitest';
import { filterRecords } from '../../../components/vault/record-filter';
import type { VaultRecord } from '../../../utils/vault';

const UUID = '5e2f0c1a-7b3d-4e8f-9a6b-1c2d3e4f5a6b';
const record = (name: string, header: Partial<VaultRecord['header']>): VaultRecord =>
  ({ header: { recordId: crypto.randomUUID(), name, storeHash: 'abc123', presetId: null, ...header }, enc: '', ct: '', sealedFormat: 2 }) as VaultRecord;

const records = [
  record('Warehouse sync', {}),
  record('Billing sync', { kind: 'account-level', account: UUID, storeHash: UUID.replaceAll('-', '') }),
  record('Orphan token', { kind: 'account-level', storeHash: 'abc123' }),
];
const lookups = { storeName: (hash: string) => (hash === 'abc123' ? 'Acme Outfitters' : undefined), presetName: () => undefined, label: () => undefined };
const names = (query: string) => filterRecords(records, query, lookups).map((r) => r.header.name);

describe('filterRecords', () => {
  it('finds account-level records by "account-level" and by their account UUID', () => {
    expect(names('account-level')).toEqual(['Billing sync', 'Orphan token']);
    expect(names(UUID)).toEqual(['Billing sync']);
    expect(names('5E2F0C1A')).toEqual(['Billing sync']);
  });

  it('finds store-level records by store; an account-level record filed under that store is not one of its records', () => {
    expect(names('abc123')).toEqual(['Warehouse sync']);
    expect(names('acme')).toEqual(['Warehouse sync']);
  });
});
