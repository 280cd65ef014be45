/**
 * Search over the vault list (issue 12, item 5): every word of the query must appear, case- and
 * accent-insensitively, in the record's name, label, store hash, store name, preset name or
 * preset id; an account-level record (issue 14) instead of a store by "account-level" and its
 * account UUID. Pure; only non-secret header data and annotations are searched.
 *
 * An agency's vault holds thousands of records: `searchIndex` folds each record's text once (per
 * list, annotations and presets), so a keystroke only compares strings.
 */
import type { VaultRecord } from '../../utils/vault';

export interface FilterLookups {
  storeName: (storeHash: string) => string | undefined;
  presetName: (presetId: string) => string | undefined;
  label: (recordId: string) => string | undefined;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Each record with its searchable text, folded, in the list's order. */
export type SearchIndex = ReadonlyArray<{ record: VaultRecord; text: string }>;

export function searchIndex(records: readonly VaultRecord[], lookups: FilterLookups): SearchIndex {
  return records.map((record) => {
    const { header } = record;
    // An account-level record's store field is only where it is filed: its kind and account instead.
    const home = header.kind ? [header.kind, header.account ?? ''] : [header.storeHash, lookups.storeName(header.storeHash) ?? ''];
    const text = fold(
      [
        header.name,
        ...home,
        lookups.label(header.recordId) ?? '',
        header.presetId ?? '',
        header.presetId ? (lookups.presetName(header.presetId) ?? '') : '',
      ].join('\n'),
    );
    return { record, text };
  });
}

export function searchRecords(index: SearchIndex, query: string): VaultRecord[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return index.map((e) => e.record);
  return index.filter(({ text }) => words.every((w) => text.includes(w))).map((e) => e.record);
}

export function filterRecords(records: readonly VaultRecord[], query: string, lookups: FilterLookups): VaultRecord[] {
  return searchRecords(searchIndex(records, lookups), query);
}

/** How many records the list renders at first, and how many more each step adds. */
export const LIST_PAGE = 50;

/**
 * The part of a (filtered) list that is rendered: the first `limit`, and how many are left for
 * "Show more". A long list is rendered a page at a time so that unlocking, searching and painting
 * stay quick; search still covers every record.
 */
export function listWindow<T>(items: readonly T[], limit: number): { visible: readonly T[]; hidden: number; next: number } {
  const shown = Math.max(LIST_PAGE, limit);
  const visible = items.length > shown ? items.slice(0, shown) : items;
  const hidden = items.length - visible.length;
  return { visible, hidden, next: Math.min(hidden, LIST_PAGE) };
}

/**
 * After a keystroke, how many rows of the page are mounted before the frame that shows the
 * results (more than a tall window shows), and how many more each idle period adds until the
 * whole page is: mounting a page of 50 records at once took a keystroke 150–300 ms on a busy
 * machine, while the rows below the fold can wait for the frame after. The steps are small so
 * that a key pressed while one runs (forced after a while on a busy page) waits little.
 */
export const FIRST_ROWS = 8;
export const ROWS_PER_STEP = 4;

/** The next step's count of mounted rows, toward `total`. Pure. */
export function nextRowCount(mounted: number, total: number): number {
  return Math.min(total, Math.max(mounted, FIRST_ROWS) + ROWS_PER_STEP);
}
