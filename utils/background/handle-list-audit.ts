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

export async function storeRecords(vault: Vault, storeHash: string): Promise<StoreRecordsReply> {
  try {
    const [{ headers }, annotations] = await Promise.all([vault.listHeaders({ storeHash }), vault.annotations()]);
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
  const { headers } = await vault.listHeaders({ storeHash });
  if (!ofStore(headers, storeHash).some((h) => h.recordId === recordId)) return { ok: false };
  await vault.setArchived(recordId, true);
  return { ok: true };
}
