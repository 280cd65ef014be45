/**
 * The account-level module is injected into a tab when it arrives on an account-level address,
 * by a full load or by the control panel's in-app navigation, and nowhere else.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchAccountPages } from '../../../utils/background/account-pages';

type Listener = (tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab) => void;
let listener: Listener;
const executeScript = vi.fn(async () => []);

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockClear();
  Object.assign(fakeBrowser, { scripting: { executeScript } });
  vi.spyOn(fakeBrowser.tabs.onUpdated, 'addListener').mockImplementation((l) => {
    listener = l as Listener;
  });
  watchAccountPages();
});

type Change = Browser.tabs.OnUpdatedInfo;
const done: Change = { status: 'complete' };
const tab = (url: string) => ({ id: 7, url }) as Browser.tabs.Tab;
const STORE = 'https://store-abc123.mybigcommerce.com';

describe('watchAccountPages', () => {
  it.each([
    ['a completed load on accounts.bigcommerce.com', done, 'https://accounts.bigcommerce.com/tokens/create'],
    ['an in-app navigation to the store panel candidate', <Change>{ url: `${STORE}/manage/settings/account-api-accounts/create` }, `${STORE}/manage/settings/account-api-accounts/create`],
    ['the account-level list', done, `${STORE}/manage/settings/auth/account-api-tokens`],
  ])('injects the module into every frame on %s', (_name, change, url) => {
    listener(7, change, tab(url));
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, allFrames: true }, files: ['/account-page.js'] });
  });

  it.each([
    ['the store-level create page', done, `${STORE}/manage/settings/api-accounts/create`],
    ['another accounts.bigcommerce.com page', done, 'https://accounts.bigcommerce.com/billing'],
    ['a page still loading', <Change>{ status: 'loading' }, 'https://accounts.bigcommerce.com/tokens'],
    ['a tab whose URL is hidden from us', done, undefined],
  ])('does nothing on %s', (_name, change, url) => {
    listener(7, change, { id: 7, url } as Browser.tabs.Tab);
    expect(executeScript).not.toHaveBeenCalled();
  });
});
