/**
 * The list page's questions to the vault, answered from record headers (readable while
 * locked). A compromised page could ask too, so the answer is bounded by what the page already
 * knows: the names of the sender's own store's store-level records, never another store's,
 * never a value; and only a record of that store can be archived (an undoable mark kept in the
 * vault's annotations, beside the records: a sealed header cannot change).
 */
import type { Browser } from 'wxt/browser';
import type { Vault } from '../vault';
import { classifyUrl } from '../control-panel-url';
import type { StoreRecordsReply } from '../messaging/protocol';
import { isArchived } from '../vault/annotations';

type Headers = Awaited<ReturnType<Vault['listHeaders']>>['headers'];

/** Store-level records of `storeHash`. An account-level record is not on the store-level list
 *  (it may be filed under the store whose panel made it, when its account was not known). */
function ofStore(headers: Headers, storeHash: string): Headers {
  return headers.filter((h) => h.storeHash === storeHash && !h.kind);
}

/**
 * Whether a sender (already checked by isControlPanelContentScript) is on the list page, by the
 * frame rules of utils/content/frame.ts pageHref(): its own URL, or, for a same-origin child
 * frame whose own path says nothing (the shell's frame), its tab's.
 */
export function onListPage(sender: Browser.runtime.MessageSender): boolean {
  const own = classifyUrl(sender.url ?? '').kind;
  if (own === 'list') return true;
  return sender.frameId !== 0 && own === 'control-panel' && classifyUrl(sender.tab?.url ?? '').kind === 'list';
}

/** Per vault, per store: its headers as last read, and the set of record ids they were read at. */
const cache = new WeakMap<Vault, Map<string, { ids: string; headers: Headers }>>();

/**
 * The store's headers (newest first). Reading an agency's thousands of records costs more than
 * the rest of the audit, and the list page asks again on every visit and focus: the headers are
 * kept while the vault holds exactly the same record ids (a header never changes under its id:
 * Vault.recordIds), which is checked each time without reading a record.
 */
async function headersOfStore(vault: Vault, storeHash: string): Promise<Headers> {
  const ids = (await vault.recordIds()).join(',');
  const perStore = cache.get(vault) ?? new Map<string, { ids: string; headers: Headers }>();
  cache.set(vault, perStore);
  const kept = perStore.get(storeHash);
  if (kept?.ids === ids) return kept.headers;
  const { headers } = await vault.listHeaders({ storeHash });
  perStore.set(storeHash, { ids, headers });
  return headers;
}

export async function storeRecords(vault: Vault, storeHash: string): Promise<StoreRecordsReply> {
  try {
    const [headers, annotations] = await Promise.all([headersOfStore(vault, storeHash), vault.annotations()]);
    return {
      ok: true,
      records: ofStore(headers, storeHash)
        .filter((h) => !isArchived(annotations, h.recordId))
        .map((h) => ({ id: h.recordId, name: h.name })),
    };
  } catch {
    return { ok: false };
  }
}

export async function archiveStoreRecord(vault: Vault, storeHash: string, recordId: string): Promise<{ ok: boolean }> {
  const headers = await headersOfStore(vault, storeHash);
  if (!ofStore(headers, storeHash).some((h) => h.recordId === recordId)) return { ok: false };
  await vault.setArchived(recordId, true);
  return { ok: true };
}
