/**
 * The account-level pages get their module (entrypoints/account-page.ts) without a content script
 * that every page would carry:
 * - in the store panel, bc.js (already on every /manage/ page) asks for it on an account-level
 *   path, loaded or reached in the app ('account:load', handled with the on-demand injector);
 * - on the account control panel (accounts.bigcommerce.com/tokens), it is registered here as a
 *   content script at run time, so it loads with those pages and no others. A copy living in a
 *   frame ignores a second injection, and it follows the page's in-app navigation itself.
 * The registration persists across browser restarts; it is checked at every background start
 * (an update, or a browser that does not keep it, gets it again).
 */
import { browser } from 'wxt/browser';
import { ACCOUNTS_MATCHES, classifyUrl, isAccountLevelKind } from '../control-panel-url';
import { registerOnce } from './inject';

const SCRIPT_ID = 'scopekeeper-account-level';

export function isAccountLevelUrl(url: string | undefined): boolean {
  return url !== undefined && isAccountLevelKind(classifyUrl(url).kind);
}

/** Registers the module for the account control panel's pages, once. */
export function registerAccountPages(): Promise<void> {
  return registerOnce({ id: SCRIPT_ID, matches: ACCOUNTS_MATCHES, js: ['/account-page.js'], runAt: 'document_idle', allFrames: true });
}

/** Into every frame of an open tab (after an install or update: ./recover-tabs.ts). false when
 *  the tab is gone or the injection was refused (e.g. an error page). */
export async function injectAccountPage(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/account-page.js'] });
    return true;
  } catch {
    return false;
  }
}
