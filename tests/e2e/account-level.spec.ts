/**
 * Account-level API accounts on the store panel's candidate path: an account-level preset fills
 * the form in both control variants (checkbox groups; dropdowns), its credentials pop-up is
 * captured with the account's API path and exported, and the popup names the page.
 */
import type { Page } from '@playwright/test';
import { activeTabId, chooseByKeyboard, expect, fixtureState, openPanel, test, waitForFixtureForm } from './harness';
import { createVault, downloadText, expectCaptured, fixtureSaves, openVault, vaultItem } from './vault-helpers';

const ACCOUNT_CREATE_PATH = '/manage/settings/account-api-accounts/create';
const UUID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const API_PATH = `https://api.bigcommerce.com/accounts/${UUID}/graphql`;
const FIXED = {
  clientId: 'q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h',
  clientSecret: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  accessToken: 'm1n2b3v4c5x6z7l8k9j0h1g2f3d4s5a',
};

const panelOf = (page: Page) => page.locator('scopekeeper-panel');

const CASES = [
  // Checkbox groups: the higher level ticks every lower one of the resource.
  { controls: 'checkboxes', variant: 'native', want: { Subscriptions: 'read, cancel', Checkouts: 'read, modify' } },
  // Dropdowns (BigDesign Select): one level per resource.
  { controls: 'dropdowns', variant: 'bigdesign', want: { Subscriptions: 'cancel', Checkouts: 'modify' } },
] as const;

for (const { controls, variant, want } of CASES) {
  test(`an account-level preset fills the account-level form and its pop-up is captured and exported (${controls})`, async ({ context, server, worker, extensionId }) => {
    const page = await openPanel(context, server, ACCOUNT_CREATE_PATH, { variant, accountControls: controls, accountUuid: UUID, credentials: FIXED });
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
    await expect(panel.getByLabel('Preset').locator('option', { hasText: 'Modern Retail Integration' })).toHaveCount(0);
    await chooseByKeyboard(panel.getByLabel('Preset'), 'Unified billing: app partner (account-level)');
    await expect(panel.getByRole('status')).toContainText('5 of 7 scopes match');
    await expect(page.locator('scopekeeper-marker[data-scope="account-checkouts"]')).toHaveAttribute('data-status', 'missing');
    await panel.getByRole('button', { name: 'Fill form' }).click();
    await expect(panel.getByRole('status')).toContainText('7 of 7 scopes match');
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
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expectCaptured(page);
    const [save] = await fixtureSaves(page);
    expect(save?.apiPath).toBe(API_PATH);

    const vault = await openVault(context, extensionId);
    const item = vaultItem(vault, 'Billing app');
    await expect(item).toContainText('Account-level API account');
    await expect(item).toContainText(UUID.replace(/-/g, ''));
    await createVault(vault);
    const txt = await downloadText(vault, item, 'Download .txt');
    expect(txt.text).toContain(`API PATH: ${API_PATH}`);
    expect(txt.text).toContain(`ACCESS TOKEN: ${FIXED.accessToken}`);
    expect(txt.text).toContain(`CLIENT SECRET: ${FIXED.clientSecret}`);
  });
}
