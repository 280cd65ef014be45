/**
 * Modules the content script does not carry (its budget is 30 KB) and the background injects on
 * demand into the one frame that needs them, with scripting.executeScript (the `scripting`
 * permission and the control panel's host permission). They run in the content script's isolated
 * world; each is an unlisted script (entrypoints/page-ui.ts, entrypoints/link-offer.ts, entrypoints/list-audit.ts,
 * entrypoints/account-page.ts).
 */
import { browser } from 'wxt/browser';
import { LIST_CREATE_MATCHES, LIST_MATCHES } from '../control-panel-url';

type OnDemandScript = '/page-ui.js' | '/link-offer.js' | '/list-audit.js' | '/account-page.js';

/** false when the frame is gone (navigated or closed) or the injection was refused. */
export async function injectInto(tabId: number, frameId: number, file: OnDemandScript): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    return true;
  } catch {
    return false;
  }
}

/** The create page's panel and row markers (components/page/ui.ts). */
export async function injectPageUi(tabId: number, frameId: number): Promise<{ ok: boolean }> {
  return { ok: await injectInto(tabId, frameId, '/page-ui.js') };
}

/** The store-level API account list's audit (entrypoints/list-audit.ts); a copy already running
 *  in that frame ignores a second injection. */
export async function injectListAudit(tabId: number, frameId: number): Promise<{ ok: boolean }> {
  return { ok: await injectInto(tabId, frameId, '/list-audit.js') };
}

type Registration = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

/** Registers a module as a content script at run time, once (the registration persists; checked
 *  at every background start, as an update or a browser that does not keep it drops it). */
export async function registerOnce(script: Registration): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [script.id] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([script]);
}

/**
 * The list audit also loads with the list page itself, at document_start, and asks about the
 * account table's names as soon as the page renders it: asked for by bc.js only, it started
 * after the page was idle (bc.js runs at document_idle, up to 200 ms after the DOM is ready,
 * then a round trip to inject it), while the table is often rendered before that. bc.js still asks on every arrival (the app's in-app navigation, a list in a
 * frame whose own URL says nothing); a copy already running ignores that injection.
 */
export function registerListAudit(): Promise<void> {
  return registerOnce({ id: 'scopekeeper-list-audit', matches: LIST_MATCHES, excludeMatches: LIST_CREATE_MATCHES, js: ['/list-audit.js'], runAt: 'document_start', allFrames: true });
}
