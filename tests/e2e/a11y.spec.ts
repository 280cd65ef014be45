/**
 * axe-core on the extension's own pages, in light and dark, in the states a user sees: the popup
 * on each kind of tab with a preset chosen, and the options page with a built-in shown, the
 * editor showing its errors, a refused import and a delete confirmation.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CREATE_PATH, activeTabId, chooseByKeyboard, expect, openPanel, test, waitForFixtureForm } from './harness';

type Scheme = 'light' | 'dark';
const SCHEMES: readonly Scheme[] = ['light', 'dark'];


/** No violations, each reported as "rule: target (summary)" so a failure says what to fix. */
async function expectNoViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).analyze();
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
