/**
 * How the account-level module reaches its pages without a content script every page carries:
 * registered at run time for the account control panel's pages (once), and injected into a store
 * panel frame that asks from an account-level path, never from another page.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerAccountPages } from '../../../utils/background/account-pages';
import { registerListAudit } from '../../../utils/background/inject';
import { handleContentRequest } from '../../../utils/background/handle-content-request';
import type { Vault } from '../../../utils/vault';

const registered: Array<{ id: string }> = [];
const scripting = {
  executeScript: vi.fn(() => Promise.resolve([])),
  getRegisteredContentScripts: vi.fn(({ ids }: { ids: string[] }) => Promise.resolve(registered.filter((s) => ids.includes(s.id)))),
  registerContentScripts: vi.fn((scripts: Array<{ id: string }>) => Promise.resolve(void registered.push(...scripts))),
};

beforeEach(() => {
  fakeBrowser.reset();
  registered.length = 0;
  for (const fn of Object.values(scripting)) fn.mockClear();
  Object.assign(fakeBrowser, { scripting });
});

describe('registerAccountPages', () => {
  it('registers the module for accounts.bigcommerce.com/tokens pages only, and only once', async () => {
    await registerAccountPages();
    await registerAccountPages();
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(scripting.registerContentScripts).toHaveBeenCalledWith([
      expect.objectContaining({ matches: ['https://accounts.bigcommerce.com/tokens*'], js: ['/account-page.js'], allFrames: true }),
    ]);
  });
});

describe('registerListAudit', () => {
  it('registers the list audit for the store-level list as it loads (both path forms, not its create page), once, beside the account-level module', async () => {
    await registerAccountPages();
    await registerListAudit();
    await registerListAudit();
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(2);
    expect(scripting.registerContentScripts).toHaveBeenLastCalledWith([
      expect.objectContaining({
        id: 'scopekeeper-list-audit',
        matches: ['https://*.mybigcommerce.com/manage/settings/api-accounts*', 'https://*.mybigcommerce.com/manage/settings/auth/api-accounts*'],
        excludeMatches: ['https://*.mybigcommerce.com/manage/settings/*api-accounts/create*'],
        js: ['/list-audit.js'],
        runAt: 'document_start',
      }),
    ]);
  });
});

describe("'account:load' from a content script", () => {
  const STORE = 'https://store-abc123.mybigcommerce.com';
  const sender = (url: string) => ({ id: fakeBrowser.runtime.id, url, frameId: 2, origin: STORE, tab: { id: 9, url } }) as Browser.runtime.MessageSender;
  const ask = (url: string) => handleContentRequest({ type: 'account:load' }, sender(url), fakeBrowser.runtime.id, () => ({}) as Vault);

  it('injects the module into the asking frame of an account-level page', async () => {
    expect(await ask(`${STORE}/manage/settings/account-api-accounts/create`)).toEqual({ ok: true });
    expect(scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 9, frameIds: [2] }, files: ['/account-page.js'] });
  });

  it('is refused from any other control-panel page', async () => {
    expect(await ask(`${STORE}/manage/settings/api-accounts/create`)).toBeUndefined();
    expect(await ask(`${STORE}/manage/dashboard`)).toBeUndefined();
    expect(scripting.executeScript).not.toHaveBeenCalled();
  });
});
