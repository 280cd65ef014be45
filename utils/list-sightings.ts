/**
 * What the store's API account list showed when it was last open, as the vault page needs it:
 * per store, when, and which of its vault records were not listed ("deleted in BigCommerce?").
 * Written by the background when the list page asks about its names
 * (utils/background/handle-list-audit.ts), read by the vault page, which offers Archive there, out
 * of the control panel's reach. Kept in storage.session: gone when the browser closes, and
 * closed to content scripts. Record ids only, never a name or a value.
 */
import { storage } from 'wxt/utils/storage';

export interface ListSighting {
  /** When the list was read (ms since the epoch). */
  at: number;
  /** Records of this store, not archived, whose name the list did not show. */
  unlisted: string[];
}

const MAX_STORES = 50;
const sightings = storage.defineItem<Record<string, ListSighting>>('session:listSightings', { fallback: {} });

export async function recordSighting(storeHash: string, sighting: ListSighting): Promise<void> {
  const all = { ...(await sightings.getValue()) };
  delete all[storeHash];
  const kept = Object.entries(all)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MAX_STORES - 1);
  await sightings.setValue(Object.fromEntries([[storeHash, sighting], ...kept]));
}

export async function listSightings(): Promise<Readonly<Record<string, ListSighting>>> {
  return sightings.getValue();
}

/** Calls `onChange` when a list page was read meanwhile; returns the unwatch function. */
export function watchSightings(onChange: () => void): () => void {
  return sightings.watch(onChange);
}
