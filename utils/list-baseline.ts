/**
 * Which accounts a store's API account list showed, not in the vault, the first time Scopekeeper
 * read that list: accounts made before Scopekeeper was there to capture them. The list shows no
 * creation dates (docs/control-panel-facts.md §2), so this is what the list page can know: an
 * account on the first list read that the vault does not hold was made before, or without,
 * Scopekeeper; its mark is neutral ("Made before Scopekeeper was installed"), and the delete
 * confirmation still warns. An account that appears later and is not in the vault keeps the
 * warning mark: it was made while Scopekeeper was installed, yet nothing captured it.
 *
 * Written by the background only (utils/background/handle-list-audit.ts), once per store, in
 * storage.local (closed to content scripts). Account names as the list showed them, no value.
 */
import { storage } from 'wxt/utils/storage';

interface Baseline {
  /** When the list was first read (ms since the epoch). */
  at: number;
  /** Names it showed that the vault did not hold then. */
  names: string[];
}

/** Stores kept (an agency's), the oldest dropped first; names kept per store. */
const MAX_STORES = 500;
const MAX_NAMES = 400;
const baselines = storage.defineItem<Record<string, Baseline>>('local:listBaseline', { fallback: {} });

/** The first read of a list lasts this long: the table may render its rows in steps (an empty
 *  table first, rows as they load), and every name seen in that time belongs to it. */
const FIRST_READ_MS = 30_000;

/**
 * The names of `storeHash`'s first list read that the vault did not hold. During the first read
 * of a store, `notInVault` (the names listed now that the vault does not hold) joins that set.
 */
export async function accountsBeforeScopekeeper(storeHash: string, notInVault: readonly string[], now = Date.now()): Promise<ReadonlySet<string>> {
  const all = await baselines.getValue();
  const kept = all[storeHash];
  if (kept && now - kept.at >= FIRST_READ_MS) return new Set(kept.names);
  const names = [...new Set([...(kept?.names ?? []), ...notInVault])].slice(0, MAX_NAMES);
  if (kept && names.length === kept.names.length) return new Set(names);
  const others = Object.entries(all)
    .filter(([store]) => store !== storeHash)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MAX_STORES - 1);
  await baselines.setValue(Object.fromEntries([[storeHash, { at: kept?.at ?? now, names }], ...others]));
  return new Set(names);
}
