/**
 * The list page's questions to the vault, answered from record headers (readable while
 * locked). A compromised page could ask too, so the answer is bounded by what the page already
 * knows: the names of the sender's own store's store-level records, never another store's,
 * never a value; and only a record of that store can be archived (an undoable mark kept in the
 * vault's annotations, beside the records: a sealed header cannot change).
 */
import type { Vault } from '../vault';
import type { StoreRecordsReply } from '../messaging/protocol';
import { isArchived } from '../vault/annotations';

type Headers = Awaited<ReturnType<Vault['listHeaders']>>['headers'];

/** Store-level records of `storeHash` (account-level records serve every store: not listed there). */
function ofStore(headers: Headers, storeHash: string): Headers {
  return headers.filter((h) => h.storeHash === storeHash && h.kind !== 'account-level');
}

export async function storeRecords(vault: Vault, storeHash: string): Promise<StoreRecordsReply> {
  try {
    const [{ headers }, annotations] = await Promise.all([vault.listHeaders(), vault.annotations()]);
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
  const { headers } = await vault.listHeaders();
  if (!ofStore(headers, storeHash).some((h) => h.recordId === recordId)) return { ok: false };
  await vault.setArchived(recordId, true);
  return { ok: true };
}
