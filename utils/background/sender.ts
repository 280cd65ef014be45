/**
 * Who sent a runtime message. Content-script messages are treated as possibly forged by a
 * compromised page, so they must come from our own content script on the control panel's exact
 * origin (the manifest's host wildcard is wider than that): the top frame, or a child frame of the
 * same origin as its tab (the form may be rendered in one, docs/control-panel-facts.md §14).
 */
import type { Browser } from 'wxt/browser';
import { classifyUrl } from '../control-panel-url';

type Sender = Browser.runtime.MessageSender;

export function isControlPanelContentScript(sender: Sender, runtimeId: string): boolean {
  if (sender.id !== runtimeId || !sender.tab || sender.frameId === undefined || !sender.url) return false;
  if (classifyUrl(senderPageUrl(sender)).kind === 'other') return false;
  const origin = parseUrl(sender.url)?.origin;
  if (sender.frameId !== 0) {
    // A child frame: its tab must be on the same control-panel origin, where the browser shows it.
    const tabUrl = sender.tab.url;
    if (tabUrl !== undefined && parseUrl(tabUrl)?.origin !== origin) return false;
  }
  // `origin` is there from Chrome 80 / Firefox 126; where present it must agree with the URL.
  return sender.origin === undefined || sender.origin === origin;
}

/**
 * Where the sender's page is now. Chrome reports a frame's URL as its document was loaded, so
 * after an in-app navigation (history.pushState) `sender.url` still names the page the panel
 * started on; the tab's URL follows the top frame. It is used only while it is on the sender's
 * origin (an in-app navigation cannot leave it; a tab already loading another site's page must
 * not make a message from the old page look like a stranger's). A child frame has only its own.
 */
export function senderPageUrl(sender: Sender): string {
  const own = sender.url ?? '';
  const tabUrl = sender.frameId === 0 ? sender.tab?.url : undefined;
  return tabUrl && parseUrl(tabUrl)?.origin === parseUrl(own)?.origin ? tabUrl : own;
}

/** A page of this extension (popup, options; the popup opened as a tab too), by its URL. */
export function isExtensionPage(sender: Sender, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** Our deep-link content script, in the top frame of a deep-link page: it may only hand over a fragment. */
export function isDeepLinkContentScript(sender: Sender, runtimeId: string): boolean {
  if (sender.id !== runtimeId || !sender.tab || sender.frameId !== 0 || !sender.url) return false;
  const url = parseUrl(sender.url);
  if (!url) return false;
  return url.origin === 'https://login.bigcommerce.com' && url.pathname.startsWith('/deep-links/') && (sender.origin === undefined || sender.origin === url.origin);
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
