/**
 * The list page's one question to the vault, answered from record headers (readable while
 * locked): which of the names its table shows are names of this store's records. A compromised
 * page could ask too, so the answer is bounded by what the page already knows: one yes or no per
 * name it sent (at most 200, ./message-schemas.ts), for the sender's own store's store-level records only,
 * never a record's name it did not send, its id, or a value. Which records the list did not show
 * ("deleted in BigCommerce?") is kept for the vault page (../list-sightings.ts), where Archive
 * is offered; the page can no longer archive anything.
 */
import type { Browser } from 'wxt/browser';
import type { Vault } from '../vault';
import { classifyUrl } from '../control-panel-url';
import type { MembershipReply } from '../messaging/protocol';
import { isArchived } from '../vault/annotations';
import { recordSighting } from '../list-sightings';
import { accountsBeforeScopekeeper } from '../list-baseline';
import { senderPageUrl } from './sender';

type Headers = Awaited<ReturnType<Vault['listHeaders']>>['headers'];

/** Store-level records of `storeHash`. An account-level record is not on the store-level list
 *  (it may be filed under the store whose panel made it, when its account was not known). */
function ofStore(headers: Headers, storeHash: string): Headers {
  return headers.filter((h) => h.storeHash === storeHash && !h.kind);
}

/**
 * Whether a sender (already checked by isControlPanelContentScript) is on the list page, by the
 * frame rules of utils/content/frame.ts pageHref(): where its page is now (after an in-app
 * navigation the top frame's own URL still names the page it loaded on; ./sender.ts), or, for a
 * same-origin child frame whose own path says nothing (the shell's frame), its tab's.
 */
export function onListPage(sender: Browser.runtime.MessageSender): boolean {
  const own = classifyUrl(senderPageUrl(sender)).kind;
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

/** One answer per name, in order; `names` are what the page's table shows. The first answer for a
 *  store also keeps which of them the vault did not hold (../list-baseline.ts). */
export async function listMembership(vault: Vault, storeHash: string, names: readonly string[]): Promise<MembershipReply> {
  try {
    const [headers, annotations] = await Promise.all([headersOfStore(vault, storeHash), vault.annotations()]);
    const records = ofStore(headers, storeHash).filter((h) => !isArchived(annotations, h.recordId));
    const inVault = new Set(records.map((h) => h.name));
    const listed = new Set(names);
    // Two writes to different storage areas, side by side: the reply waits for both (the vault page
    // reads the sighting), not for one after the other.
    const [, before] = await Promise.all([
      recordSighting(storeHash, { at: Date.now(), unlisted: records.filter((h) => !listed.has(h.name)).map((h) => h.recordId) }).catch(() => undefined),
      accountsBeforeScopekeeper(
        storeHash,
        names.filter((n) => !inVault.has(n)),
      ).catch(() => new Set<string>()),
    ]);
    return { ok: true, inVault: names.map((n) => inVault.has(n)), before: names.map((n) => !inVault.has(n) && before.has(n)) };
  } catch {
    return { ok: false };
  }
}
