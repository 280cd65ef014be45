/**
 * Account-level API accounts (issue 14) on both candidate homes (the store panel's
 * /manage/settings/account-api-accounts/create and accounts.bigcommerce.com/tokens/create) and in
 * the three candidate markups (BigDesign fieldsets of checkboxes, table rows of aria-labelled
 * boxes, dropdowns): the account-level module arrives (asked for by bc.js in the store panel,
 * registered by the background on accounts.bigcommerce.com), an account-level preset fills the form, its pop-up is captured under the account's UUID with the account API path and
 * exported, and the popup names the page. In-app navigation to the page gets the module too, and
 * each create form offers only its own kind of preset.
 */
import type { Page } from '@playwright/test';
import {
  ACCOUNT_CREATE_PATH,
  ACCOUNTS_CREATE_PATH,
  ACCOUNTS_ORIGIN,
  activeTabId,
  chooseByKeyboard,
  CREATE_PATH,
  expect,
  fixtureState,
  openPanel,
  STORE_ORIGIN,
  test,
  waitForFixtureForm,
} from './harness';
import { createVault, downloadText, expectCaptured, fixtureSaves, openVault, vaultItem } from './vault-helpers';

const UUID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const API_PATH = `https://api.bigcommerce.com/accounts/${UUID}/graphql`;
const FIXED = {
  clientId: 'q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h',
  clientSecret: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  accessToken: 'm1n2b3v4c5x6z7l8k9j0h1g2f3d4s5a',
};
const PRESET = 'Unified billing: app partner';

const panelOf = (page: Page) => page.locator('scopekeeper-panel');
const marker = (page: Page, scope: string) => page.locator(`scopekeeper-marker[data-scope="${scope}"]`);

const CASES = [
  // Fieldsets of BigDesign checkboxes: the higher level ticks every lower one of the resource.
  { controls: 'checkboxes', variant: 'bigdesign', origin: STORE_ORIGIN, path: ACCOUNT_CREATE_PATH, want: { Subscriptions: 'read, cancel', Checkouts: 'read, modify' } },
  // A table row per resource, boxes named by aria-label only, on the account control panel.
  { controls: 'checkbox-rows', variant: 'native', origin: ACCOUNTS_ORIGIN, path: ACCOUNTS_CREATE_PATH, want: { Subscriptions: 'read, cancel', Checkouts: 'read, modify' } },
  // One dropdown per resource (BigDesign 0.x comboboxes): one level each.
  { controls: 'dropdowns', variant: 'legacy', origin: STORE_ORIGIN, path: ACCOUNT_CREATE_PATH, want: { Subscriptions: 'cancel', Checkouts: 'modify' } },
] as const;

for (const { controls, variant, origin, path, want } of CASES) {
  test(`an account-level preset fills the account-level form (${controls}, ${new URL(origin).host}) and its pop-up is captured and exported`, async ({ context, server, worker, extensionId }) => {
    const page = await openPanel(context, server, path, { variant, accountControls: controls, accountUuid: UUID, credentials: FIXED }, origin);
    await waitForFixtureForm(page);

    // The popup names the page.
    await page.bringToFront();
    const tabId = await activeTabId(worker);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await expect(popup.getByText('The account-level Create API account page.')).toBeVisible();
    await popup.close();

    // The panel offers account-level presets only, and marks every resource once one is chosen.
    const panel = panelOf(page);
    const select = panel.getByLabel('Preset');
    await chooseByKeyboard(select, PRESET);
    await expect(select.locator('option', { hasText: 'Modern Retail' })).toHaveCount(0);
    // Resources, not scopes (issue 20, item 8), and what must change is counted (item 4).
    await expect(panel.getByRole('status')).toHaveText('2 resources to change.');
    await expect(marker(page, 'account-checkouts')).toHaveAttribute('data-status', 'missing');
    // Levels as the boxes name them: "cancel", never the catalogue's "modify".
    if (controls !== 'dropdowns') await expect(marker(page, 'account-subscriptions')).toHaveText('✗ Missing: needs cancel (required)');
    await expect(panel).not.toContainText(/Account Subscriptions|Account Checkouts|scopes/);
    await expect(marker(page, 'account-users')).toHaveAttribute('data-status', 'not-in-preset');
    const fillStart = Date.now();
    await panel.getByRole('button', { name: 'Fill form' }).click();
    // The preset suggests no token name: that is what is left, and nothing says "filled".
    await expect(panel.getByRole('status')).toHaveText('Resources set. One thing left: Name needs at least 4 characters.');
    const fillMs = Date.now() - fillStart;
    if (controls !== 'dropdowns') await expect(marker(page, 'account-subscriptions')).toHaveText('✓ Right: cancel (required)');
    await expect.poll(async () => (await fixtureState(page)).scopes).toEqual({
      Subscriptions: want.Subscriptions,
      Checkouts: want.Checkouts,
      Charges: '',
      Account: '',
      'Account Stores': '',
      'Account Apps': '',
      'Account Users': '',
    });

    await page.getByRole('textbox', { name: 'Token name' }).fill('Billing app');
    await expect(panel.getByRole('status')).toHaveText('7 of 7 resources match.');
    const saveStart = Date.now();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expectCaptured(page);
    console.log(`[figure] account-level ${controls}: Fill → "7 of 7" ${fillMs} ms; Save → captured ${Date.now() - saveStart} ms`);
    const [save] = await fixtureSaves(page);
    expect(save?.apiPath).toBe(API_PATH);

    const vault = await openVault(context, extensionId);
    const item = vaultItem(vault, 'Billing app');
    await expect(item).toContainText('Account-level');
    await expect(item).toContainText(UUID);
    // Saved by a real click on the form's own Save while it showed this account: neither flag.
    await expect(item).not.toContainText('No Save click or Enter came before this pop-up');
    await expect(item).not.toContainText('No account-level form showed this account');
    await createVault(vault);
    const txt = await downloadText(vault, item, 'Download .txt');
    expect(txt.text).toContain(`API PATH: ${API_PATH}`);
    expect(txt.text).toContain(`ACCESS TOKEN: ${FIXED.accessToken}`);
    expect(txt.text).toContain(`CLIENT SECRET: ${FIXED.clientSecret}`);
  });
}

test('in-app navigation from the store-level form to the account-level one brings the account-level module, and each form offers its own presets', async ({ context, server }) => {
  const page = await openPanel(context, server, CREATE_PATH, { variant: 'native', accountControls: 'checkboxes', accountUuid: UUID });
  const select = panelOf(page).getByLabel('Preset');
  await expect(select.locator('option', { hasText: 'Modern Retail' }).first()).toBeAttached();
  await expect(select.locator('option', { hasText: PRESET })).toHaveCount(0);

  // The panel's own router: no load, so no script is loaded anew; bc.js asks for the module.
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, ACCOUNT_CREATE_PATH);
  await waitForFixtureForm(page);
  await chooseByKeyboard(panelOf(page).getByLabel('Preset'), PRESET);
  await expect(panelOf(page)).toHaveCount(1);
  await expect(panelOf(page).getByRole('status')).toHaveText('2 resources to change.');
});

test('an account-level resource Scopekeeper does not know is named, nothing is called right, and the page report shows it', async ({ context, server }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: STORE_ORIGIN });
  const page = await openPanel(context, server, ACCOUNT_CREATE_PATH, { variant: 'native', accountExtraResources: ['Account Billing'], accountUuid: UUID });
  await waitForFixtureForm(page);
  const panel = panelOf(page);
  await chooseByKeyboard(panel.getByLabel('Preset'), PRESET);
  await panel.getByRole('button', { name: 'Fill form' }).click();
  await expect(panel.getByRole('status')).toContainText('Account Billing');
  await expect(panel).not.toContainText('Form filled');
  await panel.getByRole('button', { name: 'Copy page report' }).click();
  // Read once the panel says it is copied (the report is built by the background first).
  await expect(panel).toContainText('Page report copied');
  const report = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { path: string; rows: { label: string; control: string; scopeId: string | null }[] };
  expect(report.path).toBe(ACCOUNT_CREATE_PATH);
  expect(report.rows.find((r) => r.label === 'Account Billing')).toMatchObject({ control: 'checkboxes', scopeId: null });
  expect(report.rows).toHaveLength(8);
});
