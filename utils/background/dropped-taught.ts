/**
 * Taught mappings a page contradicted (utils/decide/taught.ts), remembered per page in the
 * background's memory: the decision that dropped them is replaced by the next one at once (the
 * markers' own mutations decide again), and the panel must keep saying what was forgotten while
 * that page is open. Keyed by the tab and the sending document; bounded.
 */
import type { Browser } from 'wxt/browser';
import type { TaughtEntry } from '../decide/taught-types';

const MAX_PAGES = 50;
const MAX_PER_PAGE = 20;
const dropped = new Map<number, { page: string; entries: TaughtEntry[] }>();

function pageOf(sender: Browser.runtime.MessageSender): string {
  const withDocument = sender as Browser.runtime.MessageSender & { documentId?: string };
  return `${sender.frameId ?? 0}|${withDocument.documentId ?? sender.url ?? ''}`;
}

/** What this page's earlier decisions dropped. */
export function droppedOn(sender: Browser.runtime.MessageSender): TaughtEntry[] {
  const kept = dropped.get(sender.tab?.id ?? -1);
  return kept && kept.page === pageOf(sender) ? kept.entries : [];
}

/** Remembers what a decision for this page dropped (another page in the tab starts afresh). */
export function noteDropped(sender: Browser.runtime.MessageSender, entries: readonly TaughtEntry[]): void {
  if (entries.length === 0) return;
  const tab = sender.tab?.id ?? -1;
  const before = droppedOn(sender);
  const all = [...before, ...entries.filter((e) => !before.some((b) => b.id === e.id))].slice(-MAX_PER_PAGE);
  dropped.delete(tab);
  dropped.set(tab, { page: pageOf(sender), entries: all });
  if (dropped.size > MAX_PAGES) dropped.delete(dropped.keys().next().value!);
}
