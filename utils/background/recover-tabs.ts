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
import { CONTROL_PANEL_MATCHES } from '../control-panel-url';

const COVERED_KEY = 'tabsCovered';

/** Injected into each frame; true when a live copy of the content script is there (its slot is
 *  named after the entrypoint, utils/content/context.ts). */
function hasLiveScript(): boolean {
  const ctx = (globalThis as Record<symbol, { isValid?: boolean } | undefined>)[Symbol.for('scopekeeper.liveContext.bc')];
  return ctx?.isValid === true;
}

export async function recoverOpenTabs(): Promise<number> {
  if ((await browser.storage.session.get(COVERED_KEY))[COVERED_KEY]) return 0;
  await browser.storage.session.set({ [COVERED_KEY]: true });
  let injected = 0;
  for (const tab of await browser.tabs.query({ url: CONTROL_PANEL_MATCHES })) {
    if (tab.id === undefined || tab.discarded) continue;
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
