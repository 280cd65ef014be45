/**
 * The popup, opened as a tab on a given target tab (?tabId=N): the three tab states, the
 * filterable "Preset" select, the chosen preset's details, Fill form, and the vault count.
 */
import type { BrowserContext, Page } from '@playwright/test';
import {
  ACCOUNT_CREATE_PATH,
  CREATE_PATH,
  STORE_ORIGIN,
  activeTabId,
  expect,
  fixtureState,
  openPanel,
  test,
  waitForFixtureForm,
} from './harness';
import type { Worker } from '@playwright/test';

/** Opens the popup acting on `page`'s tab (the way fill.spec.ts does). */
async function popupFor(context: BrowserContext, worker: Worker, extensionId: string, page: Page): Promise<Page> {
  await page.bringToFront();
  const tabId = await activeTabId(worker);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}


const tabSection = (popup: Page) => popup.locator('section').filter({ has: popup.getByRole('heading', { name: 'This tab' }) });
const presetSelect = (popup: Page) => popup.getByRole('combobox', { name: 'Preset', exact: true });
const fillButton = (popup: Page) => popup.getByRole('button', { name: 'Fill form', exact: true });

test('on the create page: says so, shows the chosen preset (scopes, levels, required, source) and fills', async ({ context, server, worker, extensionId }) => {
  const page = await openPanel(context, server, CREATE_PATH);
  await waitForFixtureForm(page);
  const popup = await popupFor(context, worker, extensionId, page);

  await expect(tabSection(popup)).toContainText('The Create API account page.');
  await expect(tabSection(popup)).toContainText('Store abc123.');
  await expect(popup.getByText('No preset chosen yet.')).toBeVisible();
  await expect(fillButton(popup)).toBeDisabled();

  await presetSelect(popup).selectOption({ label: 'LitExtension: migrate to BigCommerce' });
  await expect(popup.getByRole('heading', { level: 2, name: 'LitExtension: migrate to BigCommerce' })).toBeVisible();
  // The table is folded into a one-line summary (the popup fits 600 px); it opens on demand.
  await expect(popup.getByRole('table')).toBeHidden();
  await popup.getByText('8 rows: 8 modify; 3 optional').click();
  const table = popup.getByRole('table');
  await expect(table).toContainText('Scopes: 8 rows, 5 required');
  await expect(table.getByRole('row', { name: /^Content modify Required$/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Customers modify Optional$/ })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(9);
  await expect(popup.getByRole('link', { name: 'LitExtension: How to get BigCommerce API Credentials' })).toHaveAttribute(
    'href',
    'https://litextension.com/migration-guide/get-api-bigcommerce.html',
  );

  await presetSelect(popup).selectOption({ label: 'Modern Retail Integration' });
  await expect(popup.getByText('Modern Retail Integration', { exact: true }).and(popup.locator('strong'))).toBeVisible();
  await fillButton(popup).click();
  await expect(popup.getByRole('status')).toContainText('Form filled');
  await expect.poll(async () => (await fixtureState(page)).scopes.Customers?.toLowerCase()).toBe('modify');

  // Opened again, the popup shows the page's own count for the chosen preset…
  await popup.close();
  const again = await popupFor(context, worker, extensionId, page);
  await expect(again.getByRole('status')).toHaveText(/^28 of 28 scopes match/);
  // …and not once another preset is chosen here (the page counted for the previous one).
  await presetSelect(again).selectOption({ label: 'Codat' });
  await expect(again.getByRole('status')).toHaveText('');
});

test('on another control-panel page: names the store and opens its create page in that tab', async ({ context, server, worker, extensionId }) => {
  const page = await openPanel(context, server, '/manage/dashboard');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  const popup = await popupFor(context, worker, extensionId, page);

  await expect(tabSection(popup)).toContainText('A control-panel page of store abc123, not the Create API account page.');
  await presetSelect(popup).selectOption({ label: 'Modern Retail Integration' });
  await expect(fillButton(popup)).toBeDisabled();
  await expect(popup.getByText('Fill form works on the Create API account page.')).toBeVisible();

  const link = popup.getByRole('link', { name: 'Open the Create API account page' });
  await expect(link).toHaveAttribute('href', `${STORE_ORIGIN}${CREATE_PATH}`);
  await link.click();
  // The merchant's own tab goes there (no new tab), and the popup follows it.
  await expect(page).toHaveURL(`${STORE_ORIGIN}${CREATE_PATH}`);
  await waitForFixtureForm(page);
  await expect(tabSection(popup)).toContainText('The Create API account page.', { timeout: 10_000 });
  await expect(fillButton(popup)).toBeEnabled();
  // Nothing else was opened on the store: the merchant's tab itself moved.
  expect(context.pages().filter((p) => p.url().startsWith(STORE_ORIGIN))).toEqual([page]);
});

test('on a page that is not BigCommerce: explains what Scopekeeper does and where to go', async ({ context, server, worker, extensionId }) => {
  // Served for this test only; routes registered later take precedence over the harness's.
  await context.route('https://example.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Example</title><h1>Example Domain</h1>' }),
  );
  const page = await context.newPage();
  await page.goto('https://example.com/');
  const popup = await popupFor(context, worker, extensionId, page);

  await expect(tabSection(popup)).toContainText('This tab is not the BigCommerce control panel.');
  await expect(tabSection(popup)).toContainText('Settings › Store-level API accounts › Create API account');
  await expect(tabSection(popup).getByRole('link')).toHaveCount(0);
  await presetSelect(popup).selectOption({ label: 'Modern Retail Integration' });
  await expect(fillButton(popup)).toBeDisabled();
  void server;
});

test('type-to-filter narrows the Preset select; Enter picks a single match; no match is said', async ({ context, server, worker, extensionId }) => {
  const page = await openPanel(context, server, CREATE_PATH);
  await waitForFixtureForm(page);
  const popup = await popupFor(context, worker, extensionId, page);
  const filter = popup.getByRole('searchbox', { name: 'Filter by name, vendor or description' });
  const options = presetSelect(popup).locator('option');

  // The create page lists its own form's presets only, and the count says so (issue 20: "38
  // presets" here beside "39" on the options page, which counts the account-level ones too).
  const count = popup.getByText(/^\d+ store-level presets to choose from\.$/);
  await expect(count).toBeVisible();
  const all = await options.count();
  expect(all).toBeGreaterThan(30);
  expect(await count.textContent()).toBe(`${all - 1} store-level presets to choose from.`);

  // "LitExtension" is in those presets' names; Next-Cart's description does not mention it.
  await filter.fill('litextension');
  await expect(options).toHaveText(['Choose a preset…', 'LitExtension: migrate to BigCommerce', 'LitExtension: migrate from BigCommerce']);
  await expect(popup.getByText('2 of')).toHaveText(`2 of ${all - 1} store-level presets match.`);

  // By vendor in a description: Modern Retail's preset is the NetSuite integration.
  await filter.fill('netsuite');
  await expect(options).toHaveText(['Choose a preset…', 'Modern Retail Integration']);
  await filter.press('Enter');
  await expect(presetSelect(popup)).toHaveValue('modern-retail-integration');
  await expect(popup.getByRole('heading', { level: 2, name: 'Modern Retail Integration' })).toBeVisible();

  // The chosen preset stays listed even when the filter excludes it, so the select never lies.
  await filter.fill('zzzz');
  await expect(popup.getByText('Nothing matches “zzzz”.')).toBeVisible();
  await expect(options).toHaveText(['Choose a preset…', 'Modern Retail Integration']);

  await filter.fill('');
  await expect(options).toHaveCount(all);
});

test('keyboard alone: filter, choose, fill', async ({ context, server, worker, extensionId }) => {
  const page = await openPanel(context, server, CREATE_PATH);
  await waitForFixtureForm(page);
  const popup = await popupFor(context, worker, extensionId, page);
  await expect(tabSection(popup)).toContainText('The Create API account page.');
  // The filter is disabled until the presets are read (a Tab before that skips it, by design).
  await expect(popup.getByRole('searchbox')).toBeEnabled();

  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('searchbox')).toBeFocused();
  await popup.keyboard.type('modern retail');
  await popup.keyboard.press('Enter');
  await popup.keyboard.press('Tab');
  await expect(presetSelect(popup)).toBeFocused();
  await expect(presetSelect(popup)).toHaveValue('modern-retail-integration');
  await popup.keyboard.press('Tab');
  await expect(fillButton(popup)).toBeFocused();
  // The focus ring is drawn (ui.css :focus-visible), not just focus moved.
  expect(await fillButton(popup).evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status')).toContainText('Form filled');
  await expect.poll(async () => (await fixtureState(page)).name).toBe('Modern Retail Integration');
});

test('the vault count: empty, then one credential after a Save; "Open Scopekeeper vault" opens the options page', async ({ context, server, worker, extensionId }) => {
  const page = await openPanel(context, server, CREATE_PATH);
  await waitForFixtureForm(page);
  let popup = await popupFor(context, worker, extensionId, page);
  await expect(popup.getByText('No credentials saved yet.')).toBeVisible();

  // The install opened the options page once; close it so "Open Scopekeeper vault" must open it again.
  const optionsUrl = `chrome-extension://${extensionId}/options.html`;
  const isOptions = (p: Page) => p.url().startsWith(optionsUrl);
  await Promise.all(context.pages().filter(isOptions).map((p) => p.close()));
  const opened = context.waitForEvent('page', { predicate: isOptions });
  await popup.getByRole('button', { name: 'Open Scopekeeper vault' }).click();
  const options = await opened;
  await expect(options).toHaveURL(optionsUrl);
  // One name for the page: the button's, the tab's title and the page's heading (issue 20).
  await expect(options).toHaveTitle('Scopekeeper vault');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Scopekeeper vault');

  // A real capture: fill, Save in the fixture, the credentials pop-up is read and sealed.
  await presetSelect(popup).selectOption({ label: 'Modern Retail Integration' });
  await fillButton(popup).click();
  await expect(popup.getByRole('status')).toContainText('Form filled');
  await popup.close();
  await page.bringToFront();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect
    .poll(async () => {
      const p = await popupFor(context, worker, extensionId, page);
      const text = await p.locator('.vault-count').textContent();
      await p.close();
      return text;
    }, { timeout: 15_000 })
    .toContain('1 saved credential.');
  popup = await popupFor(context, worker, extensionId, page);
  await expect(popup.getByText('1 saved credential.')).toBeVisible();
});

test('on the store-level create page: only store-level presets; a chosen account-level preset reads as none chosen and is named', async ({ context, server, worker, extensionId }) => {
  await worker.evaluate(() =>
    (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local.set({ selectedPresetId: 'unified-billing-app' }),
  );
  const page = await openPanel(context, server, CREATE_PATH);
  await waitForFixtureForm(page);
  const popup = await popupFor(context, worker, extensionId, page);
  await expect(tabSection(popup)).toContainText('The Create API account page.');

  await expect(presetSelect(popup)).toHaveValue('');
  await expect(presetSelect(popup).locator('option', { hasText: 'Unified billing: app partner' })).toHaveCount(0);
  await expect(popup.getByText('The chosen preset, “Unified billing: app partner”, is for the account-level form: choose a store-level preset for this page.')).toBeVisible();
  await expect(popup.getByText('No preset chosen yet.')).toHaveCount(0);
  await expect(fillButton(popup)).toBeDisabled();
  await expect(popup.getByRole('heading', { level: 2, name: 'Unified billing: app partner' })).toHaveCount(0);

  // Choosing a store-level one works as before.
  await presetSelect(popup).selectOption({ label: 'Modern Retail Integration' });
  await expect(fillButton(popup)).toBeEnabled();
  await expect(popup.getByText('The chosen preset,')).toHaveCount(0);
});

test('on the account-level create page: named, only account-level presets offered, and Fill fills the resources', async ({ context, server, worker, extensionId }) => {
  const page = await openPanel(context, server, ACCOUNT_CREATE_PATH, { variant: 'bigdesign', accountControls: 'checkboxes' });
  await waitForFixtureForm(page);
  const popup = await popupFor(context, worker, extensionId, page);
  await expect(tabSection(popup)).toContainText('The account-level Create API account page.');
  await expect(tabSection(popup)).toContainText('Store abc123.');

  await expect(presetSelect(popup).locator('option')).toHaveText(['Choose a preset…', 'Unified billing: app partner']);
  await presetSelect(popup).selectOption({ label: 'Unified billing: app partner' });
  await expect(popup.getByRole('heading', { level: 2, name: 'Unified billing: app partner' })).toBeVisible();
  await expect(popup.getByText('2 resources: 2 modify')).toBeVisible();
  await fillButton(popup).click();
  await expect.poll(async () => (await fixtureState(page)).scopes).toMatchObject({ Subscriptions: 'read, cancel', Checkouts: 'read, modify', 'Account Users': '' });
});

