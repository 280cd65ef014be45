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
  await expect(panel.getByRole('status')).toHaveText('1 row to change.');
  await expect(panel.getByRole('status')).not.toContainText('Form filled');
});

test('the Infrastructure rows are read and filled (Catalyst native hosting)', async ({ context, server }) => {
  const page = await openPanel(context, server, CREATE_PATH, { infrastructureRows: true });
  await waitForForm(page);
  const panel = page.getByRole('region', { name: 'Scopekeeper' });
  await chooseByKeyboard(panel.getByLabel('Preset'), 'Catalyst (native hosting)');
  await expect(page.locator('scopekeeper-marker[data-scope="infrastructure-deployments"]')).toHaveAttribute('data-status', 'missing');
  await panel.getByRole('button', { name: 'Fill form' }).click();
  // The preset suggests no name: the name is what is left.
  await expect(panel.getByRole('status')).toHaveText('Scopes set. One thing left: Name needs at least 4 characters.');
  // All 31 rows: the 28 at their defaults, the three Infrastructure rows as the preset asks.
  await expectScopes(page, expectedState('catalyst-native-hosting', 'en', 'en', STORE_SCOPES.filter((s) => s.id !== 'b2b-edition').map((s) => s.id)));
});

test('the status says what remains (issue 20, item 4): rows to change before, "Form filled" only when nothing is left, and focus stays in the panel (item 10)', async ({ context, server, worker, extensionId }) => {
  const page = await openPanel(context, server, CREATE_PATH);
  await waitForForm(page);
  const panel = page.getByRole('region', { name: 'Scopekeeper' });
  await chooseByKeyboard(panel.getByLabel('Preset'), 'Catalyst');
  const status = panel.getByRole('status');
  await expect(status).toHaveText(/^\d+ rows? to change\.$/);
  const fill = panel.getByRole('button', { name: 'Fill form' });
  await fill.focus();
  await page.keyboard.press('Enter');
  // Catalyst suggests no account name: the rows are set, the name is left, and nothing says "filled".
  await expect(status).toHaveText('Scopes set. One thing left: Name needs at least 4 characters.');
  await expect(panel).not.toContainText('Form filled');
  await expect(panel.getByRole('listitem')).toHaveCount(0);
  // The fill focused the page's dropdowns on its way: focus is back on the panel's button.
  await expect(fill).toBeFocused();

  // The popup says the same.
  await page.bringToFront();
  const tabId = await activeTabId(worker);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.getByRole('status')).toContainText('Scopes set. One thing left: Name needs at least 4 characters.');
  await popup.close();

  await page.bringToFront();
  await page.getByLabel('Name', { exact: true }).fill('Catalyst storefront');
  await expect(status).toHaveText('28 of 28 scopes match.');
});
