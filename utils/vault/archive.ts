/**
 * Archived records: hidden from the list page's "deleted in BigCommerce?" offer and shown as
 * archived in the vault, where the archive can be undone. A state beside the records, never in
 * them: a record's header is bound to its ciphertext (AAD), so it cannot change after sealing.
 * Not secret (record ids only). Kept in extension storage.local (trusted contexts only), read
 * back defensively: anything malformed counts as "nothing archived", never as an error.
 * (When the vault's side-data store lands, issue 12, this list belongs there.)
 */
import { storage } from 'wxt/utils/storage';
import { RECORD_ID_RE } from './schemas';

const MAX_ARCHIVED = 10_000;

const archivedItem = storage.defineItem<unknown>('local:vaultArchived', { fallback: [] });

/** Pure: the valid, distinct record ids in a stored value. */
export function archivedIds(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return [...new Set(raw.filter((id): id is string => typeof id === 'string' && RECORD_ID_RE.test(id)))].slice(0, MAX_ARCHIVED);
}

/** Pure: the list with `recordId` archived (true) or restored (false). */
export function withArchived(ids: readonly string[], recordId: string, archived: boolean): string[] {
  const rest = ids.filter((id) => id !== recordId);
  return archived ? [...rest, recordId] : rest;
}

export async function readArchived(): Promise<Set<string>> {
  return new Set(archivedIds(await archivedItem.getValue()));
}

export async function setArchived(recordId: string, archived: boolean): Promise<void> {
  await archivedItem.setValue(withArchived(archivedIds(await archivedItem.getValue()), recordId, archived));
}

export function watchArchived(listener: () => void): () => void {
  return archivedItem.watch(listener);
}
