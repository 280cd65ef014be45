/**
 * Which page a content-script message comes from: after an in-app navigation Chrome still reports
 * the frame's first URL, so the top frame's page is read from its tab, but only on the same origin.
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { isControlPanelContentScript, senderPageUrl } from '../../../utils/background/sender';

const STORE = 'https://store-abc123.mybigcommerce.com';
const sender = (url: string, tabUrl: string, frameId = 0): Browser.runtime.MessageSender =>
  ({ id: 'ext', url, frameId, tab: { id: 1, url: tabUrl } as Browser.tabs.Tab });

describe('senderPageUrl', () => {
  it('follows an in-app navigation of the top frame (the tab URL moved on, the frame URL did not)', () => {
    expect(senderPageUrl(sender(`${STORE}/manage/settings/api-accounts/create`, `${STORE}/manage/settings/account-api-accounts/create`))).toBe(
      `${STORE}/manage/settings/account-api-accounts/create`,
    );
  });

  it("keeps the frame's own URL when the tab is on another origin (already loading another page)", () => {
    expect(senderPageUrl(sender(`${STORE}/manage/settings/api-accounts/create`, 'https://example.com/'))).toBe(`${STORE}/manage/settings/api-accounts/create`);
  });

  it("a child frame is read by its own URL, never its tab's", () => {
    expect(senderPageUrl(sender(`${STORE}/manage/frame`, `${STORE}/manage/settings/api-accounts/create`, 3))).toBe(`${STORE}/manage/frame`);
  });

  it('accepts the account control panel page, refuses its other pages', () => {
    expect(isControlPanelContentScript(sender('https://accounts.bigcommerce.com/tokens/create', 'https://accounts.bigcommerce.com/tokens/create'), 'ext')).toBe(true);
    expect(isControlPanelContentScript(sender('https://accounts.bigcommerce.com/billing', 'https://accounts.bigcommerce.com/billing'), 'ext')).toBe(false);
  });
});
