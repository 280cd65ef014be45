/**
 * Honest status (issue 10): a preset row missing from the page is named, a required one says not
 * to save, and nothing says "filled" or "match"; a change by hand after a fill clears "Form
 * filled"; the popup shows the same problems. Infrastructure rows are read and filled.
 */
import { CREATE_PATH, chooseByKeyboard, activeTabId, expect, openPanel, test } from './harness';
import { STORE_SCOPES } from '../../utils/scopes/catalogue';
import { expectedState, expectScopes, waitForForm } from './reading';

test('LitExtension on a page without Orders and Channel listings names both and never claims a fill or a match', async ({ context, server, worker, extensionId }) => {
  const page = await openPanel(context, server, CREATE_PATH, { omitRows: ['orders', 'channel-listings'] });
  await waitForForm(page);
  const panel = page.getByRole('region', { name: 'Scopekeeper' });
  await chooseByKeyboard(panel.getByLabel('Preset'), 'LitExtension: migrate to BigCommerce');
  const status = panel.getByRole('status');
  await expect(status).toContainText('Not on this page: Orders, Channel listings (required). Do not save yet.');
  await panel.getByRole('button', { name: 'Fill form' }).click();
  await expect(panel).toContainText('Filled the rows Scopekeeper could read');
  await expect(status).toContainText('Not on this page: Orders, Channel listings (required). Do not save yet.');
  await expect(panel).not.toContainText(/match|Form filled/);

  // The popup says the same, in words.
  await page.bringToFront();
  const tabId = await activeTabId(worker);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByRole('button', { name: 'Fill form' }).click();
  await expect(popup.locator('main')).toContainText('Not on this page: Orders, Channel listings (required). Do not save yet.');
  await expect(popup.getByRole('status')).not.toContainText(/match|Form filled/);
});

test('a change by hand after a fill clears "Form filled"', async ({ context, server }) => {
  const page = await openPanel(context, server, CREATE_PATH, { variant: 'native' });
  await waitForForm(page);
  const panel = page.getByRole('region', { name: 'Scopekeeper' });
  await chooseByKeyboard(panel.getByLabel('Preset'), 'Modern Retail Integration');
  await panel.getByRole('button', { name: 'Fill form' }).click();
  await expect(panel.getByRole('status')).toContainText('Form filled');
  await page.getByRole('combobox', { name: 'Themes', exact: true }).selectOption({ label: 'read-only' });
  await expect(panel.getByRole('status')).toContainText('27 of 28 scopes match.');
  await expect(panel.getByRole('status')).not.toContainText('Form filled');
});

test('the Infrastructure rows are read and filled (Catalyst native hosting)', async ({ context, server }) => {
  const page = await openPanel(context, server, CREATE_PATH, { infrastructureRows: true });
  await waitForForm(page);
  const panel = page.getByRole('region', { name: 'Scopekeeper' });
  await chooseByKeyboard(panel.getByLabel('Preset'), 'Catalyst (native hosting)');
  await expect(page.locator('scopekeeper-marker[data-scope="infrastructure-deployments"]')).toHaveAttribute('data-status', 'missing');
  await panel.getByRole('button', { name: 'Fill form' }).click();
  await expect(panel.getByRole('status')).toContainText('31 of 31 scopes match. Form filled');
  // All 31 rows: the 28 at their defaults, the three Infrastructure rows as the preset asks.
  await expectScopes(page, expectedState('catalyst-native-hosting', 'en', 'en', STORE_SCOPES.filter((s) => s.id !== 'b2b-edition').map((s) => s.id)));
});
