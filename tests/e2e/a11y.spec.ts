/**
 * axe-core on every surface, in light and dark, in the states a user sees: the popup on each kind
 * of tab with a preset chosen; the options page (the Scopekeeper vault) with a built-in shown, the
 * editor showing its errors, a refused import and a delete confirmation, and unlocked with
 * records, their actions and a record's delete confirmation; the in-page panel and row markers
 * (store-level and account-level, chosen, filled, a link waiting) and the capture notice; the link
 * review page; the list page's bar, marks and delete note. On the control panel's pages only
 * Scopekeeper's own elements are checked (the page around them is BigCommerce's).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ACCOUNT_CREATE_PATH, CREATE_PATH, STORE_ORIGIN, activeTabId, chooseByKeyboard, expect, openPanel, test, waitForFixtureForm } from './harness';
import { ACCOUNT_PRESET, ACCOUNT_RECORD, LONG_PRESET, STORE_RECORD, captureRecords, openLinkReview } from './surfaces';
import { captureNotice, createVault, expectCaptured, openVault, vaultItem } from './vault-helpers';

// axe analyses each state in full (shadow roots included): minutes, not seconds, on a busy
// two-core machine. One budget for every test here instead of the 60 s default.
test.describe.configure({ timeout: 180_000 });

type Scheme = 'light' | 'dark';
const SCHEMES: readonly Scheme[] = ['light', 'dark'];


/** Scopekeeper's own elements on a control-panel page (open shadow roots: axe looks inside). */
const IN_PAGE = ['scopekeeper-panel', 'scopekeeper-marker', 'scopekeeper-notice', 'scopekeeper-list', 'scopekeeper-mark'];

/** No violations, each reported as "rule: target (summary)" so a failure says what to fix.
 *  `only`: check just these elements (those of IN_PAGE that are there), not the whole page. */
async function expectNoViolations(page: Page, state: string, only?: readonly string[]) {
  let builder = new AxeBuilder({ page });
  if (only) {
    const present: string[] = [];
    for (const selector of only) if ((await page.locator(selector).count()) > 0) present.push(selector);
    expect(present, `${state}: Scopekeeper's elements are on the page`).not.toEqual([]);
    for (const selector of present) builder = builder.include(selector);
  }
  const results = await builder.analyze();
  // Proof that axe looked at this page at all (a blank or unreachable page passes vacuously).
  expect(results.passes.some((p) => p.id === 'color-contrast'), `${state}: axe checked contrast`).toBe(true);
  const found = results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.replace(/\s+/g, ' ') ?? ''})`),
  );
  expect(found, state).toEqual([]);
}

for (const scheme of SCHEMES) {
  test(`popup: no axe violations on each kind of tab (${scheme})`, async ({ context, server, worker, extensionId }) => {
    const page = await openPanel(context, server, CREATE_PATH);
    await waitForFixtureForm(page);
    await page.bringToFront();
    const createTab = await activeTabId(worker);
    const dashboard = await openPanel(context, server, '/manage/dashboard');
    await dashboard.bringToFront();
    const dashboardTab = await activeTabId(worker);

    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');

    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${createTab}`);
    await expect(popup.locator('.tab-status')).toContainText('The Create API account page.');
    await expectNoViolations(popup, 'create page, nothing chosen');
    // The longest view: a preset with notes, required and optional rows, a filter that matches.
    await popup.getByRole('searchbox').fill('litextension');
    await popup.getByLabel('Preset').selectOption({ label: 'LitExtension: migrate to BigCommerce' });
    await popup.getByRole('button', { name: 'Fill form' }).click();
    // LitExtension suggests no account name: everything set but the name (issue 20, item 4).
    await expect(popup.getByRole('status')).toContainText('Scopes set. One thing left: Name needs at least 4 characters.');
    await expectNoViolations(popup, 'create page, filled');
    await popup.getByRole('searchbox').fill('zzzz');
    await expectNoViolations(popup, 'filter without matches');

    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${dashboardTab}`);
    await expect(popup.getByRole('link', { name: 'Open the Create API account page' })).toBeVisible();
    await expectNoViolations(popup, 'another control-panel page');

    // The popup's own tab: not BigCommerce.
    const self = await popup.evaluate(async () => (await (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.tabs.getCurrent())?.id);
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${self}`);
    await expect(popup.locator('.tab-status')).toContainText('This tab is not the BigCommerce control panel.');
    await expectNoViolations(popup, 'not BigCommerce');
  });

  test(`options page: no axe violations in the preset manager's states (${scheme})`, async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const m = options.getByRole('region', { name: 'Presets', exact: true });
    await expect(m.getByText(/^\d+ presets\.$/)).toBeVisible();
    await expectNoViolations(options, 'nothing shown');

    await m.getByRole('button', { name: 'LitExtension: migrate to BigCommerce' }).click();
    await expect(m.getByText('Built-in, read-only')).toBeVisible();
    await expectNoViolations(options, 'a built-in shown');

    await m.getByRole('button', { name: 'Duplicate', exact: true }).click();
    const form = options.getByRole('form');
    await form.getByLabel('Name', { exact: true }).fill('');
    await form.getByLabel('Account name', { exact: true }).fill('abc');
    await form.getByRole('button', { name: 'Save preset' }).click();
    await expect(form.getByRole('alert')).toBeVisible();
    await expectNoViolations(options, 'editor with errors');
    await form.getByLabel('Token type').selectOption('stencil-cli');
    await expectNoViolations(options, 'editor, Stencil-CLI (scopes disabled)');
    await form.getByRole('button', { name: 'Cancel' }).click();

    // A cancelled duplicate is not stored; save one to have a custom preset to delete.
    await m.getByRole('button', { name: 'Duplicate', exact: true }).click();
    await form.getByRole('button', { name: 'Save preset' }).click();
    await m.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(m.getByRole('button', { name: 'Keep it' })).toBeFocused();
    await expectNoViolations(options, 'delete confirmation');

    await m.getByLabel('Import preset', { exact: true }).setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"scopekeeper-preset","version":2,"presets":[]}'),
    });
    await expect(m.getByRole('alert')).toBeVisible();
    await m.getByRole('searchbox', { name: 'Filter presets' }).fill('zzzz');
    await expectNoViolations(options, 'refused import, filter without matches');
  });

  test(`in-page panel, row markers and capture notice: no axe violations (${scheme})`, async ({ context, server }) => {
    server.config = {};
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${STORE_ORIGIN}${CREATE_PATH}`);
    await waitForFixtureForm(page);
    const panel = page.getByRole('region', { name: 'Scopekeeper' });
    await expect(panel.getByLabel('Preset')).toBeVisible();
    await expectNoViolations(page, 'panel, nothing chosen', IN_PAGE);
    await chooseByKeyboard(panel.getByLabel('Preset'), 'LitExtension: migrate to BigCommerce');
    await expect(page.locator('scopekeeper-marker')).toHaveCount(28);
    await expectNoViolations(page, 'panel and markers, preset chosen', IN_PAGE);
    await panel.getByRole('button', { name: 'Fill form' }).click();
    await expect(panel.getByRole('status')).toContainText('Scopes set.');
    await expectNoViolations(page, 'panel and markers, filled', IN_PAGE);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Migration account');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expectCaptured(page);
    await expect(captureNotice(page)).toBeVisible();
    await expectNoViolations(page, 'capture notice', IN_PAGE);

    const account = await context.newPage();
    await account.emulateMedia({ colorScheme: scheme });
    server.config = { variant: 'bigdesign', accountControls: 'checkboxes' };
    await account.goto(`${STORE_ORIGIN}${ACCOUNT_CREATE_PATH}`);
    await waitForFixtureForm(account);
    const accountPanel = account.getByRole('region', { name: 'Scopekeeper' });
    await chooseByKeyboard(accountPanel.getByLabel('Preset'), ACCOUNT_PRESET);
    await accountPanel.getByRole('button', { name: 'Fill form' }).click();
    await expect(accountPanel.getByRole('status')).toContainText('Resources set.');
    await expectNoViolations(account, 'account-level panel, filled', IN_PAGE);
  });

  test(`link review page and the panel's link notice: no axe violations (${scheme})`, async ({ context }) => {
    const { page, review } = await openLinkReview(context);
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoViolations(page, 'panel with a link waiting', IN_PAGE);
    await review.emulateMedia({ colorScheme: scheme });
    await expectNoViolations(review, 'link review page');
  });

  test(`the vault unlocked with records, and the list page's bar, marks and delete note: no axe violations (${scheme})`, async ({ context, server, worker, extensionId }) => {
    await captureRecords(context, server, worker);
    const vault = await openVault(context, extensionId);
    await vault.emulateMedia({ colorScheme: scheme });
    await createVault(vault);
    const store = vaultItem(vault, STORE_RECORD);
    await expect(store.getByRole('button', { name: 'Encrypt for Acme Integrations Ltd' })).toBeVisible();
    await expect(vaultItem(vault, ACCOUNT_RECORD)).toContainText('Account-level');
    await vault.getByText('Granted scopes: 2').click();
    await expectNoViolations(vault, 'vault unlocked, two records');
    await store.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(store.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expectNoViolations(vault, "a record's delete confirmation");
    await store.getByRole('button', { name: 'Cancel' }).click();
    const manager = vault.getByRole('region', { name: 'Presets', exact: true });
    await manager.getByRole('button', { name: LONG_PRESET.name }).click();
    await expect(manager.getByText(`Sealed to the age key ${LONG_PRESET.handoff.recipient}`)).toBeVisible();
    await expectNoViolations(vault, 'preset details with a hand-off key');

    const list = await context.newPage();
    await list.emulateMedia({ colorScheme: scheme });
    server.config = { listAccounts: [{ name: STORE_RECORD, webhooks: true }, { name: 'Manual import' }] };
    await list.goto(`${STORE_ORIGIN}/manage/settings/api-accounts`);
    await expect(list.locator('scopekeeper-list').getByRole('status')).toHaveText('2 of 50 API accounts used.');
    await expect(list.locator('scopekeeper-mark')).toHaveCount(2);
    await expectNoViolations(list, 'list bar and marks', IN_PAGE);
    await list.getByRole('button', { name: `Delete ${STORE_RECORD}` }).click();
    await expect(list.getByRole('dialog').locator('scopekeeper-mark')).toContainText("the vault holds this account's credential");
    await expectNoViolations(list, 'delete note', IN_PAGE);
  });
}

/** A dark control panel: what a dark theme of the page (not of the system) looks like. */
const DARK_PAGE = 'html, body, body * { background-color: #15171c !important; color: #e6e6e6 !important; color-scheme: dark; }';

for (const scheme of SCHEMES) {
  test(`in-page panel: follows the page's colour scheme, not the system's, with no axe violations (${scheme} page)`, async ({ context, server }) => {
    const page = await openPanel(context, server, CREATE_PATH, { variant: 'native' });
    // The system says the opposite of the page: the page must win (issue 20, item 10).
    await page.emulateMedia({ colorScheme: scheme === 'dark' ? 'light' : 'dark' });
    await waitForFixtureForm(page);
    if (scheme === 'dark') {
      await page.evaluate((css) => {
        const style = document.createElement('style');
        style.textContent = css;
        document.body.append(style);
      }, DARK_PAGE);
    }
    const panel = page.getByRole('region', { name: 'Scopekeeper' });
    await expect(panel.getByRole('status')).toBeVisible();
    await expect(page.locator('scopekeeper-panel')).toHaveClass(scheme === 'dark' ? 'dark' : '');
    const background = await panel.evaluate((section) => getComputedStyle(section).backgroundColor);
    expect(background).toBe(scheme === 'dark' ? 'rgb(27, 34, 51)' : 'rgb(243, 246, 255)');
    // With a preset chosen (status, problems, notes and sources shown), then after a fill.
    await chooseByKeyboard(panel.getByLabel('Preset'), 'Modern Retail Integration');
    await expect(panel.getByRole('status')).toContainText('to change');
    const results = async (state: string) => {
      const found = await new AxeBuilder({ page }).include('scopekeeper-panel').analyze();
      expect(found.passes.some((p) => p.id === 'color-contrast'), `${state}: axe checked contrast`).toBe(true);
      expect(found.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary ?? ''})`)), state).toEqual([]);
    };
    await results('preset chosen');
    await panel.getByRole('button', { name: 'Fill form' }).click();
    await expect(panel.getByRole('status')).toContainText('Form filled');
    await results('filled');
  });
}
