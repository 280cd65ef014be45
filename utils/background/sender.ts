/**
 * Who sent a runtime message. Content-script messages are treated as possibly forged by a
 * compromised page, so they must come from our own content script, in a top frame of the control
 * panel's exact origin (the manifest's host wildcard is wider than that).
 */
import type { Browser } from 'wxt/browser';
import { classifyUrl } from '../control-panel-url';

type Sender = Browser.runtime.MessageSender;

export function isControlPanelContentScript(sender: Sender, runtimeId: string): boolean {
  if (sender.id !== runtimeId || !sender.tab || sender.frameId !== 0 || !sender.url) return false;
  const page = classifyUrl(sender.url);
  if (page.kind === 'other') return false;
  // `origin` is there from Chrome 80 / Firefox 126; where present it must agree with the URL.
  return sender.origin === undefined || sender.origin === new URL(sender.url).origin;
}

/** Our deep-link content script, in the top frame of a deep-link page: it may only hand over a fragment. */
export function isDeepLinkContentScript(sender: Sender, runtimeId: string): boolean {
  if (sender.id !== runtimeId || !sender.tab || sender.frameId !== 0 || !sender.url) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  return url.origin === 'https://login.bigcommerce.com' && url.pathname.startsWith('/deep-links/') && (sender.origin === undefined || sender.origin === url.origin);
}
