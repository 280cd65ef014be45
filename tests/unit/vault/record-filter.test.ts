/** The vault list's search: store-level records by store, account-level ones by kind and account. */
import { describe, expect, it } from 'vitest';
import { FIRST_ROWS, LIST_PAGE, ROWS_PER_STEP, filterRecords, listWindow, nextRowCount, searchIndex, searchRecords } from '../../../components/vault/record-filter';
import { rowsToMount } from '../../../components/vault/use-mounted-rows';
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

describe('searchIndex / searchRecords', () => {
  it('matches filterRecords, whatever the query', () => {
    const index = searchIndex(records, lookups);
    for (const query of ['', 'sync', 'account-level', 'ACME', 'acme warehouse', 'nothing']) {
      expect(searchRecords(index, query)).toEqual(filterRecords(records, query, lookups));
    }
  });

  it('folds accents and case once, in the index', () => {
    const index = searchIndex([record('Café Crème feed', {})], lookups);
    expect(index[0]!.text).toContain('cafe creme feed');
    expect(searchRecords(index, 'CAFÉ creme')).toHaveLength(1);
  });
});

describe('listWindow', () => {
  const items = Array.from({ length: 2000 }, (_, i) => i);

  it('renders the first page of a long list and says how many are left', () => {
    expect(listWindow(items, LIST_PAGE)).toEqual({ visible: items.slice(0, LIST_PAGE), hidden: 2000 - LIST_PAGE, next: LIST_PAGE });
  });

  it('grows by a page; the last step shows what is left', () => {
    expect(listWindow(items, 1990).next).toBe(10);
    expect(listWindow(items, 2000)).toEqual({ visible: items, hidden: 0, next: 0 });
    expect(listWindow(items, 5000).hidden).toBe(0);
  });

  it('never shows less than a page, and a short list whole', () => {
    expect(listWindow(items, 0).visible).toHaveLength(LIST_PAGE);
    expect(listWindow([1, 2, 3], LIST_PAGE)).toEqual({ visible: [1, 2, 3], hidden: 0, next: 0 });
  });
});

describe('rows mounted a few at a time', () => {
  const keys = (from: number, n: number) => Array.from({ length: n }, (_, i) => `r${from + i}`);

  it('mounts at most FIRST_ROWS new rows at once, keeping every row already mounted', () => {
    expect(rowsToMount(keys(0, LIST_PAGE), new Set())).toBe(FIRST_ROWS);
    // The same page (a keystroke that changes nothing shown): all of it stays.
    expect(rowsToMount(keys(0, LIST_PAGE), new Set(keys(0, LIST_PAGE)))).toBe(LIST_PAGE);
    // Two mounted rows first, then new ones: those two and FIRST_ROWS more.
    expect(rowsToMount(['r1', 'r2', ...keys(100, 40)], new Set(['r1', 'r2']))).toBe(2 + FIRST_ROWS);
    expect(rowsToMount(['a', 'b'], new Set())).toBe(2);
  });

  it('adds ROWS_PER_STEP at each idle step, up to the page', () => {
    expect(nextRowCount(FIRST_ROWS, LIST_PAGE)).toBe(FIRST_ROWS + ROWS_PER_STEP);
    expect(nextRowCount(LIST_PAGE - 1, LIST_PAGE)).toBe(LIST_PAGE);
    expect(nextRowCount(0, 3)).toBe(3);
  });
});
