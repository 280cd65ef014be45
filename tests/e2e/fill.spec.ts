/**
 * "Fill form" leaves exactly the preset's scopes at their levels and every other row at its
 * default, in the page's React state, in every fixture variant; the Save button is never pressed.
 */
import type { Page } from '@playwright/test';
import { findScopeRow } from '../../utils/scopes/match';
import { STORE_SCOPES } from '../../utils/scopes/catalogue';
import {
  CREATE_PATH,
  LEGACY_CREATE_PATH,
  VARIANTS,
  expect,
  fixtureSaveCount,
  fixtureState,
  openPanel,
  test,
  waitForFixtureForm,
  type FixtureConfig,
  type FixtureState,
  activeTabId,
  ControlPanelServer,
  extensionWorker,
  launchWithExtension,
  chooseByKeyboard,
} from './harness';

// Modern Retail's published list (Modern Retail's API-credentials guide), written out here rather than read from the preset.
const MODERN_RETAIL: Record<string, string> = {
  customers: 'modify',
  'information-settings': 'read-only',
  marketing: 'modify',
  orders: 'modify',
  'order-transactions': 'modify',
  'get-payment-methods': 'read-only',
  products: 'modify',
  carts: 'modify',
  'storefront-api-tokens': 'manage',
  'storefront-api-customer-impersonation-tokens': 'manage',
};

/** Scope id → level text (lower case) from the page's React state. */
function levelsById(state: FixtureState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [label, level] of Object.entries(state.scopes)) {
    const row = findScopeRow(label, STORE_SCOPES);
    out[row ? row.id : `unknown:${label}`] = level.toLowerCase();
  }
  return out;
}

/** Scope id → expected level text for Modern Retail: its ten rows, every other row at its default. */
function expectedModernRetail(): Record<string, string> {
  // The 28 rows of docs/control-panel-facts.md §4.1: the fixture shows no Infrastructure rows unless asked.
  return Object.fromEntries(
    STORE_SCOPES.slice(0, 28).map((s) => [s.id, MODERN_RETAIL[s.id] ?? (s.id === 'metafields-access' ? 'standard' : 'none')]),
  );
}

/** The page's React state settles a moment after the DOM (downshift reports from an effect), so poll. */
async function expectModernRetail(page: Page) {
  await expect.poll(async () => levelsById(await fixtureState(page))).toEqual(expectedModernRetail());
  const state = await fixtureState(page);
  expect(state.name).toBe('Modern Retail Integration');
  expect(state.tokenType).toMatch(/V2\/V3/);
}

const panelOf = (page: Page) => page.getByRole('region', { name: 'Scopekeeper' });

/** Sets a row by hand, the way a person would, to prove the fill also lowers over-granted rows. */
async function setByHand(page: Page, variant: string, label: string, option: string) {
  // The legacy markup puts role=combobox on a wrapper, so its labelled input is a plain textbox.
  const control = page.getByRole(variant === 'legacy' ? 'textbox' : 'combobox', { name: label, exact: true });
  if (variant === 'native') {
    await control.selectOption({ label: option });
    return;
  }
  await control.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Per variant, a different spelling of the page, and no token type chosen yet, so the fill must set it. */
const PANEL_CASES: Record<string, FixtureConfig> = {
  bigdesign: { shuffleRows: true, tokenTypeDefault: '' },
  legacy: { labelCase: 'and', tokenTypeDefault: '' },
  native: { optionCase: 'capitalized', tokenTypeDefault: '' },
};

for (const variant of VARIANTS) {
  test(`panel fill sets Modern Retail Integration exactly (${variant})`, async ({ context, server }) => {
    const page = await openPanel(context, server, CREATE_PATH, { variant, ...PANEL_CASES[variant] });
    await waitForFixtureForm(page);
    expect((await fixtureState(page)).tokenType).toBe('');
    const opt = (text: string) => (PANEL_CASES[variant]?.optionCase === 'capitalized' ? text[0]!.toUpperCase() + text.slice(1) : text);
    await setByHand(page, variant, 'Themes', opt('modify'));
    await setByHand(page, variant, 'Customers', opt('read-only'));
    const panel = panelOf(page);
    await chooseByKeyboard(panel.getByLabel('Preset'), 'Modern Retail Integration');
    await expect(panel.getByRole('status')).toHaveText(/^\d+ rows to change\.$/);
    await expect(page.locator('scopekeeper-marker[data-scope="themes"]')).toHaveAttribute('data-status', 'over-granted');
    await expect(page.locator('scopekeeper-marker[data-scope="customers"]')).toHaveAttribute('data-status', 'missing');

    await panel.getByRole('button', { name: 'Fill form' }).click();
    await expect(panel.getByRole('status')).toContainText('28 of 28 scopes match');
    await expectModernRetail(page);
    expect(await fixtureSaveCount(page)).toBe(0);
    await expect(page.locator('scopekeeper-marker[data-status="missing"], scopekeeper-marker[data-status="over-granted"]')).toHaveCount(0);
    await expect(page.locator('scopekeeper-marker[data-scope="customers"]')).toHaveAttribute('data-status', 'right');
    await expect(page.locator('scopekeeper-marker[data-scope="themes"]')).toHaveAttribute('data-status', 'not-in-preset');

    // A change by hand afterwards updates the marker and the count at once.
    await setByHand(page, variant, 'Products', opt('read-only'));
    await expect(page.locator('scopekeeper-marker[data-scope="products"]')).toHaveAttribute('data-status', 'missing');
    await expect(panel.getByRole('status')).toHaveText('1 row to change.');
    expect(await fixtureSaveCount(page)).toBe(0);
  });

  test(`popup fill on the older /auth/ path (${variant})`, async ({ context, server, worker, extensionId }) => {
    const page = await openPanel(context, server, LEGACY_CREATE_PATH, { variant, labelCase: 'title', optionCase: 'capitalized' });
    await waitForFixtureForm(page);
    await page.bringToFront();
    const tabId = await activeTabId(worker);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByLabel('Preset').selectOption({ label: 'Modern Retail Integration' });
    await popup.getByRole('button', { name: 'Fill form' }).click();
    await expect(popup.getByRole('status')).toContainText('Form filled');
    await expectModernRetail(page);
    expect(await fixtureSaveCount(page)).toBe(0);

    // The choice is shared: the in-page panel shows the popup's preset.
    await page.bringToFront();
    await page.evaluate(() => dispatchEvent(new Event('focus')));
    await expect(panelOf(page).getByLabel('Preset')).toHaveValue('modern-retail-integration');
  });
}

test('an unknown extra row is reported, not a crash', async ({ context, server }) => {
  // (Infrastructure Logs, the extra row this test used, is a catalogue row now.)
  const page = await openPanel(context, server, CREATE_PATH, { extraRows: ['Webhooks'] });
  await waitForFixtureForm(page);
  const panel = panelOf(page);
  await chooseByKeyboard(panel.getByLabel('Preset'), 'Modern Retail Integration');
  await expect(panel).toContainText('Rows Scopekeeper does not know: “Webhooks”');
  await expect(page.locator('scopekeeper-marker[data-status="unknown"]')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Fill form' }).click();
  // Honest wording: an unknown row may be one the preset needs, so nothing claims a match.
  await expect(panel.getByRole('status')).toContainText('Rows Scopekeeper does not know: “Webhooks”. Check them before saving.');
  await expect(panel.getByRole('status')).not.toContainText('scopes match');
  await expect
    .poll(async () => {
      const { 'unknown:Webhooks': extra, ...known } = levelsById(await fixtureState(page));
      return { extra, known };
    })
    .toEqual({ extra: 'none', known: expectedModernRetail() });
});

test('the chosen preset survives a browser restart', async ({ context, server, userDataDir }) => {
  const page = await openPanel(context, server, CREATE_PATH);
  await waitForFixtureForm(page);
  await chooseByKeyboard(panelOf(page).getByLabel('Preset'), 'Modern Retail Integration');
  await expect(panelOf(page).getByRole('status')).toContainText('rows to change');
  await context.close();
  const again = await launchWithExtension(userDataDir);
  try {
    const server2 = new ControlPanelServer();
    await server2.install(again);
    // The extension must be up before the page loads, or its content script is not injected.
    await extensionWorker(again);
    const page2 = await openPanel(again, server2, CREATE_PATH);
    await expect(panelOf(page2).getByLabel('Preset')).toHaveValue('modern-retail-integration');
  } finally {
    await again.close();
  }
});

test('Fill form stretched transparently over the page by the page (clickjacking) fills nothing when clicked', async ({ context, server }) => {
  const page = await openPanel(context, server, CREATE_PATH, { variant: 'bigdesign' });
  await waitForFixtureForm(page);
  const panel = panelOf(page);
  await chooseByKeyboard(panel.getByLabel('Preset'), 'Modern Retail Integration');
  await expect(panel.getByRole('status')).toHaveText(/^\d+ rows to change\.$/);
  const before = await fixtureState(page);
  // The page reaches the open shadow root and stretches the button, invisible, over everything.
  await page.evaluate(() => {
    const host = document.querySelector('scopekeeper-panel') as HTMLElement;
    const button = Array.from(host.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent === 'Fill form')!;
    Object.assign(button.style, { position: 'fixed', inset: '0', width: '100vw', height: '100vh', opacity: '0', zIndex: '2147483647' });
  });
  await page.mouse.click(300, 300);
  await page.waitForTimeout(1000);
  expect(await fixtureState(page)).toEqual(before);
});
