/**
 * After an install, update, reload or re-enable, control-panel tabs that were already open have
 * no live content script (Chrome injects manifest scripts only into pages loaded afterwards; the
 * old copies are orphaned). Cover them again without a reload: ask each frame whether our script
 * lives there (a function run in the extension's isolated world, which the page cannot see or
 * answer for) and inject the script where it does not.
 *
 * Run at every service-worker start, once per extension lifetime: storage.session is cleared
 * exactly when the extension is installed, updated, reloaded, disabled or the browser restarts.
 */
import { browser } from 'wxt/browser';
import { ACCOUNTS_MATCHES, CONTROL_PANEL_MATCHES, classifyUrl } from '../control-panel-url';
import { injectAccountPage, isAccountLevelUrl } from './account-pages';

const COVERED_KEY = 'tabsCovered';

/** Injected into each frame; true when a live copy of the content script is there. Self-contained
 *  (it runs in the page's isolated world): the slot names are utils/content/context.ts's. */
function hasLiveScript(): boolean {
  const ctx = (globalThis as Record<symbol, { isValid?: boolean } | undefined>)[Symbol.for('scopekeeper.liveContext')];
  return ctx?.isValid === true;
}

export async function recoverOpenTabs(): Promise<number> {
  if ((await browser.storage.session.get(COVERED_KEY))[COVERED_KEY]) return 0;
  await browser.storage.session.set({ [COVERED_KEY]: true });
  let injected = 0;
  for (const tab of await browser.tabs.query({ url: [...CONTROL_PANEL_MATCHES, ...ACCOUNTS_MATCHES] })) {
    if (tab.id === undefined || tab.discarded) continue;
    // An account-level page also gets its module (a copy living there ignores it).
    if (isAccountLevelUrl(tab.url)) await injectAccountPage(tab.id);
    // bc.js is the store panel's only (accounts.bigcommerce.com has no store).
    if (classifyUrl(tab.url ?? '').storeHash === null) continue;
    try {
      const results = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: hasLiveScript });
      if (results.some((r) => r.result === true)) continue;
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/bc.js'] });
      injected++;
    } catch {
      // A tab that is loading, crashed or showing an error page: it gets the manifest's script.
    }
  }
  return injected;
}
