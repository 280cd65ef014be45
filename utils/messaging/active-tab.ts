/**
 * The tab the popup acts on. A test (or the "open in a tab" fallback) can name it with
 * ?tabId=N, because a popup opened as a tab would otherwise find itself as the active tab.
 */
import { browser } from 'wxt/browser';
import type { FillReport, PageStatus, TabRequest } from './protocol';

export async function targetTabId(search = location.search): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Asks the content script in the tab; null when none answers (not a control-panel page). */
export async function askTab(tabId: number, request: { type: 'page:status' }): Promise<PageStatus | null>;
export async function askTab(tabId: number, request: { type: 'page:fill'; presetId: string }): Promise<FillReport | null>;
export async function askTab(tabId: number, request: TabRequest): Promise<PageStatus | FillReport | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, request)) as PageStatus | FillReport | undefined) ?? null;
  } catch {
    return null;
  }
}
