/**
 * The account-level pages get their script from here, not from the manifest: the module
 * (entrypoints/account-page.ts) is injected into every frame of a tab whose address is one of the
 * account-level candidates (utils/control-panel-url.ts), when such a page finishes loading and
 * when the control panel's single-page app navigates to one (the tab's URL changes without a
 * load, and no manifest script would run). The URL is visible to us only for hosts we hold
 * permission for: the control panel's /manage/ pages and accounts.bigcommerce.com/tokens.
 * A frame where a copy lives ignores the second injection.
 */
import { browser, type Browser } from 'wxt/browser';
import { classifyUrl, isAccountLevelKind } from '../control-panel-url';

export function isAccountLevelUrl(url: string | undefined): boolean {
  return url !== undefined && isAccountLevelKind(classifyUrl(url).kind);
}

/** false when the tab is gone or the injection was refused (e.g. an error page). */
export async function injectAccountPage(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/account-page.js'] });
    return true;
  } catch {
    return false;
  }
}

function onTabUpdated(tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab): void {
  // A load that completed, or an in-app navigation (a new URL without a load).
  if (change.status !== 'complete' && change.url === undefined) return;
  if (isAccountLevelUrl(tab.url)) void injectAccountPage(tabId);
}

/** Registered synchronously at the worker's start, so a navigation can wake it. */
export function watchAccountPages(): void {
  browser.tabs.onUpdated.addListener(onTabUpdated);
}
