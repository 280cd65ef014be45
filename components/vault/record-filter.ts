/**
 * Search over the vault list (issue 12, item 5): every word of the query must appear, case- and
 * accent-insensitively, in the record's name, label, store hash, store name, preset name or
 * preset id; an account-level record (issue 14) instead of a store by "account-level" and its
 * account UUID. Pure; only non-secret header data and annotations are searched.
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

export function filterRecords(records: readonly VaultRecord[], query: string, lookups: FilterLookups): VaultRecord[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...records];
  return records.filter(({ header }) => {
    // An account-level record's store field is only where it is filed: its kind and account instead.
    const home = header.kind ? [header.kind, header.account ?? ''] : [header.storeHash, lookups.storeName(header.storeHash) ?? ''];
    const haystack = fold(
      [
        header.name,
        ...home,
        lookups.label(header.recordId) ?? '',
        header.presetId ?? '',
        header.presetId ? (lookups.presetName(header.presetId) ?? '') : '',
      ].join('\n'),
    );
    return words.every((w) => haystack.includes(w));
  });
}
