/**
 * The tab the popup acts on. A test (or the "open in a tab" fallback) can name it with
 * ?tabId=N, because a popup opened as a tab would otherwise find itself as the active tab.
 */
import { browser } from 'wxt/browser';

export async function targetTabId(search = location.search): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
