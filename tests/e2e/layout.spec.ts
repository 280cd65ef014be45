/**
 * Issue 20's layout defects, asserted rather than looked for: no element of the in-page panel (and
 * its row markers), the popup, the vault (options page), the link review page or the list page's
 * bar and delete note runs past its box, sticks out of its container, overlaps another control or
 * breaks a badge across lines, at 1280 and 1024 px wide (tests/e2e/surfaces.ts, layoutProblems).
 * The states are the ones that showed the defects: a preset with a long name that names its
 * fields ("Only what … needs" ran under Download .txt), a hand-off key in the preset details (the
 * age1… key ran past their edge), the account-level badge in the preset list (it broke in two),
 * and the list page's delete confirmation (the note touched the dialog's edge).
 */
import type { Page } from '@playwright/test';
import { CREATE_PATH, activeTabId, chooseByKeyboard, expect, openPanel, test, waitForFixtureForm } from './harness';
import { ACCOUNT_RECORD, LONG_PRESET, STORE_RECORD, captureRecords, layoutProblems, openLinkReview } from './surfaces';
import { createVault, openVault, vaultItem } from './vault-helpers';

// Two captures, a vault passphrase (Argon2id) and every element measured at two widths: more than
// the 60 s default on a busy two-core machine.
test.describe.configure({ timeout: 150_000 });

const WIDTHS = [1280, 1024] as const;
const PANEL = 'scopekeeper-panel, scopekeeper-marker';

/** No layout problem in `scope` at each width (polled: a resize lays the page out again). */
async function expectLaidOut(page: Page, scope: string, state: string, widths: readonly number[] = WIDTHS): Promise<void> {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    await expect.poll(() => layoutProblems(page, scope), { message: `${state}, ${width} px wide` }).toEqual([]);
  }
}

test('the panel and its row markers: a preset chosen, after Fill, account-level, a link waiting', async ({ context, server }) => {
  const page = await openPanel(context, server, CREATE_PATH);
  await waitForFixtureForm(page);
  const panel = page.getByRole('region', { name: 'Scopekeeper' });
  // Notes, optional ticks, problems naming rows: the panel at its fullest.
  await chooseByKeyboard(panel.getByLabel('Preset'), 'LitExtension: migrate to BigCommerce');
  await expect(panel.getByRole('status')).toContainText('rows to change.');
  await expect(page.locator('scopekeeper-marker')).toHaveCount(28);
  await expectLaidOut(page, PANEL, 'store-level panel, preset chosen');
  for (const summary of await panel.locator('summary').all()) await summary.click();
  await panel.getByRole('button', { name: 'Fill form' }).click();
  await expect(panel.getByRole('status')).toContainText('Scopes set.');
  await expectLaidOut(page, PANEL, 'store-level panel, filled, notes unfolded');

  const account = await openPanel(context, server, '/manage/settings/account-api-accounts/create', { variant: 'bigdesign', accountControls: 'checkboxes' });
  await waitForFixtureForm(account);
  const accountPanel = account.getByRole('region', { name: 'Scopekeeper' });
  await chooseByKeyboard(accountPanel.getByLabel('Preset'), 'Unified billing: app partner');
  await accountPanel.getByRole('button', { name: 'Fill form' }).click();
  await expect(accountPanel.getByRole('status')).toContainText('Resources set.');
  await expectLaidOut(account, PANEL, 'account-level panel, filled');

  const { page: offered, review } = await openLinkReview(context);
  await expectLaidOut(offered, PANEL, 'panel with a preset link waiting');
  await expectLaidOut(review, 'body', 'link review page');
});

test('the popup: the longest view of a create tab, at the popup\'s own width too', async ({ context, server, worker, extensionId }) => {
  await worker.evaluate(async (preset) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set: (v: object) => Promise<void> } } } }).chrome;
    await api.storage.local.set({ selectedPresetId: preset.id, customPresets: [preset] });
  }, LONG_PRESET);
  const page = await openPanel(context, server, CREATE_PATH);
  await waitForFixtureForm(page);
  await page.bringToFront();
  const tabId = await activeTabId(worker);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.getByRole('heading', { level: 2, name: LONG_PRESET.name })).toBeVisible();
  await popup.getByRole('button', { name: 'Fill form' }).click();
  // The scopes are set; the preset suggests no name, so the name is what is left.
  await expect(popup.getByRole('status')).toContainText('Scopes set.');
  // Every fold open: the scope table, the notes.
  for (const summary of await popup.locator('summary').all()) await summary.click();
  await expectLaidOut(popup, 'body', 'popup, filled, folds open', [...WIDTHS, 380]);

  // The popup's own tab: not BigCommerce, the longest explanation.
  const self = await popup.evaluate(async () => (await (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.tabs.getCurrent())?.id);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${self}`);
  await expect(popup.locator('.tab-status')).toContainText('This tab is not the BigCommerce control panel.');
  await expectLaidOut(popup, 'body', 'popup, not BigCommerce', [...WIDTHS, 380]);
});

test('the vault: records with Fields and Encrypt for, an account-level record, a delete confirmation; the preset manager with a hand-off key and the account-level badge', async ({
  context,
  server,
  worker,
  extensionId,
}) => {
  await captureRecords(context, server, worker);
  const vault = await openVault(context, extensionId);
  await expect(vault.getByLabel('New passphrase', { exact: true })).toBeVisible();
  await expectLaidOut(vault, 'main.options', 'vault setup, records listed');
  await createVault(vault);
  const store = vaultItem(vault, STORE_RECORD);
  await expect(store.getByLabel('Fields')).toHaveValue('default');
  await expect(store.getByRole('button', { name: 'Encrypt for Acme Integrations Ltd' })).toBeVisible();
  await expect(vaultItem(vault, ACCOUNT_RECORD)).toContainText('Account-level');
  const manager = vault.getByRole('region', { name: 'Presets', exact: true });
  await expect(manager.getByRole('button', { name: /Unified billing: app partner/ })).toContainText('Account-level');
  await expectLaidOut(vault, 'main.options', 'vault unlocked, two records');

  await store.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(store.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectLaidOut(vault, 'main.options', 'a record\'s delete confirmation');
  await store.getByRole('button', { name: 'Cancel' }).click();

  // A hand-off key (its age1… key shown whole) and a request link made with it.
  await vault.getByLabel('Key name', { exact: true }).first().fill('Acme Integrations, production key for order sync');
  await vault.getByRole('button', { name: 'Create key', exact: true }).click();
  await expect(vault.locator('.handoff-key')).toBeVisible({ timeout: 15_000 });
  const request = vault.locator('.handoff-request');
  await request.getByLabel('Preset', { exact: true }).selectOption({ label: LONG_PRESET.name });
  await expect(request.getByLabel('Request link', { exact: true })).toHaveValue(/^https:/);
  await expectLaidOut(vault, 'main.options', 'a hand-off key and a request link');

  await manager.getByRole('button', { name: LONG_PRESET.name }).click();
  await expect(manager.getByText(`Sealed to the age key ${LONG_PRESET.handoff.recipient}`)).toBeVisible();
  await expectLaidOut(vault, 'main.options', 'preset details with a hand-off key');
  await manager.getByRole('button', { name: 'Edit', exact: true }).click();
  const editor = manager.getByRole('form', { name: /^Edit / });
  await expect(editor).toBeVisible();
  await expectLaidOut(vault, 'main.options', 'preset editor');
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await manager.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(manager.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await expectLaidOut(vault, 'main.options', 'preset delete confirmation');

  await vault.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(vault.getByLabel('Passphrase', { exact: true })).toBeVisible();
  await expectLaidOut(vault, 'main.options', 'vault locked');
});

test('the list page: the bar, the marks, and the delete note inset from the dialog\'s edge', async ({ context, server }) => {
  const page = await openPanel(context, server, '/manage/settings/api-accounts', { listAccounts: [{ name: 'Warehouse sync', webhooks: true }, { name: 'Manual import' }] });
  await expect(page.locator('scopekeeper-list').getByRole('status')).toHaveText('2 of 50 API accounts used.');
  await expectLaidOut(page, 'scopekeeper-list, scopekeeper-mark', 'list bar and marks');
  await page.getByRole('button', { name: 'Delete Warehouse sync' }).click();
  const note = page.getByRole('dialog').locator('scopekeeper-mark');
  await expect(note).toContainText('NOT in the vault');
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    // The note's box against the dialog's content box (the dialog element itself is the backdrop).
    const inset = await note.evaluate((host) => {
      const text = host.shadowRoot!.querySelector('p')!.getBoundingClientRect();
      const box = host.parentElement!.getBoundingClientRect();
      return { left: text.left - box.left, right: box.right - text.right, top: text.top - box.top };
    });
    expect(Math.min(inset.left, inset.right, inset.top), `the note's distance from the dialog's edges at ${width} px: ${JSON.stringify(inset)}`).toBeGreaterThanOrEqual(12);
    expect(await layoutProblems(page, '[role="dialog"] scopekeeper-mark')).toEqual([]);
  }
});
