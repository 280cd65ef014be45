/**
 * The list page's audit is not part of bc.js (the content-script budget): when bc.js reports
 * that its page is the store-level API account list, the background injects the on-demand
 * module (entrypoints/list-audit.ts, built as /list-audit.js) into that tab and frame only.
 * Uses the `scripting` permission and the control panel's host permission (README, "Permissions").
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';

export const LIST_AUDIT_FILE = '/list-audit.js';

/** `sender` has passed isControlPanelContentScript and its URL is the list page. */
export async function injectListAudit(sender: Browser.runtime.MessageSender): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [LIST_AUDIT_FILE] });
    return { ok: true };
  } catch {
    // The tab navigated away or closed meanwhile: nothing to show there.
    return { ok: false };
  }
}
