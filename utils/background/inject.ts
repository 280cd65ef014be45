/**
 * Modules the content script does not carry (its budget is 30 KB) and the background injects on
 * demand into the one frame that needs them, with scripting.executeScript (the `scripting`
 * permission and the control panel's host permission). They run in the content script's isolated
 * world; each is an unlisted script (entrypoints/page-ui.ts, entrypoints/link-offer.ts, entrypoints/list-audit.ts,
 * entrypoints/account-page.ts).
 */
import { browser } from 'wxt/browser';

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
