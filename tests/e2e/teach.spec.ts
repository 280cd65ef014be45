/**
 * "The page we cannot see": pages whose labels are mostly understood and a few are not. Partial
 * structure fills each unknown row that sits where exactly one missing catalogue row fits (marked
 * "matched by position"); the merchant teaches the rest with the keyboard at the row's marker
 * ("Which scope is …?"), which applies at once; a reload remembers; Forget (options page) forgets.
 * The Save button is never pressed.
 */
import type { Page } from '@playwright/test';
import {
  ACCOUNT_CREATE_PATH,
  CREATE_PATH,
  STORE_ORIGIN,
  chooseByKeyboard,
  expect,
  fixtureSaveCount,
  fixtureState,
  openPanel,
  test,
  waitForFixtureForm,
  type FixtureConfig,
} from './harness';
import { expectedState, expectScopes, waitForForm } from './reading';
import { LANGUAGES } from '../fixtures/control-panel/src/languages';
import { STORE_SCOPES } from '../../utils/scopes/catalogue';
// The panel's words in `lang` (it speaks the page's language).
import { say } from '../../locales/merge';
import { tableByCode } from '../../utils/languages';

const PRESET = 'Modern Retail Integration';
const panelOf = (page: Page) => page.getByRole('region', { name: 'Scopekeeper' });
const markers = (page: Page, signal: string) => page.locator(`scopekeeper-marker[data-signal="${signal}"]`);
const question = (page: Page, label: string, lang = 'en') => page.getByRole('combobox', { name: say(lang, 'content_teachQuestion', label) });

/** Row label → option text after a fill with Modern Retail, on a page with our own labels for some rows. */
function expected(language: 'en' | 'fr' | 'es' | 'it', own: Record<string, string>, omit: string[] = []) {
  const ids = STORE_SCOPES.slice(0, 28).map((s) => s.id).filter((id) => !omit.includes(id));
  const base = expectedState('modern-retail-integration', language, language, ids);
  const out: Record<string, string> = {};
  for (const id of ids) {
    const label = language === 'en' ? STORE_SCOPES.find((s) => s.id === id)!.label : LANGUAGES[language].rows[id]!;
    out[own[id] ?? label] = base[label]!;
  }
  return out;
}

interface Case {
  name: string;
  config: FixtureConfig & { language: 'fr' | 'es' | 'it' };
  /** Rows read by position (unique), and the one row taught (ambiguous: two catalogue rows fit). */
  byPosition: number;
  /** `as`: the catalogue's (English) name, as the options page lists it; `id`: its catalogue id. */
  taught: { label: string; as: string; id: string };
}

const CASES: Case[] = [
  {
    name: 'French (three labels worded otherwise, Orders ambiguous)',
    config: {
      language: 'fr',
      rowLabels: {
        'get-payment-methods': 'Obtenir les moyens de paiement',
        'storefront-api-customer-impersonation-tokens': "Jetons d'API de la vitrine pour l'usurpation de clients",
        'checkout-content': 'Contenu du passage en caisse',
        orders: 'Commandes passées',
      },
      omitRows: ['order-transactions'],
    },
    byPosition: 3,
    taught: { label: 'Commandes passées', as: 'Orders', id: 'orders' },
  },
  {
    name: 'Spanish (native selects; Channel listings ambiguous)',
    config: {
      language: 'es',
      variant: 'native',
      rowLabels: { carts: 'Cestas', 'store-logs': 'Bitácoras de la tienda', 'channel-listings': 'Publicaciones en canales' },
      omitRows: ['channel-settings'],
    },
    byPosition: 2,
    taught: { label: 'Publicaciones en canales', as: 'Channel listings', id: 'channel-listings' },
  },
  {
    name: 'Italian (Order Fulfillment ambiguous)',
    config: {
      language: 'it',
      rowLabels: { themes: 'Modelli grafici', 'customers-login': "Accesso all'area clienti", 'order-fulfillment': 'Spedizione degli ordini' },
      omitRows: ['fulfillment-methods'],
    },
    byPosition: 2,
    taught: { label: 'Spedizione degli ordini', as: 'Order Fulfillment', id: 'order-fulfillment' },
  },
];

for (const c of CASES) {
  test(`${c.name}: partial structure fills what is unique, teaching fills the rest, a reload remembers, Forget forgets`, async ({ context, server, extensionId }) => {
    const rows = 28 - (c.config.omitRows?.length ?? 0);
    const own = c.config.rowLabels!;
    // The panel speaks the page's language; the row is offered by the name that language gives it.
    const lang = c.config.language;
    const as = (tableByCode(lang)!.rows as Record<string, readonly string[]>)[c.taught.id]![0]!;
    let page = await openPanel(context, server, CREATE_PATH, c.config);
    await waitForForm(page);
    let panel = panelOf(page);
    await chooseByKeyboard(panel.getByLabel(say(lang, 'content_presetLabel')), PRESET);
    await expect(markers(page, 'position')).toHaveCount(c.byPosition);
    await expect(markers(page, 'label')).toHaveCount(rows - c.byPosition - 1);
    // The ambiguous row is named, never guessed, and asked about.
    await expect(panel).toContainText(say(lang, 'content_unknownRows', `“${c.taught.label}”`));
    await expect(question(page, c.taught.label, lang)).toBeVisible();

    // Teach it with the keyboard: it applies at once (the status no longer names it).
    await chooseByKeyboard(question(page, c.taught.label, lang), as);
    await expect(markers(page, 'taught')).toHaveCount(1);
    await expect(page.locator('scopekeeper-marker[data-signal="taught"]')).toContainText(say(lang, 'content_markerTaught', as));
    await panel.getByRole('button', { name: say(lang, 'content_fillButton') }).click();
    await expectScopes(page, expected(c.config.language, own, c.config.omitRows));
    // Rows matched by position are set, and the status still asks to check them.
    await expect(panel).toContainText(say(lang, 'content_byPosition_other', c.byPosition));

    // A reload remembers what was taught (per language and label, not per store).
    await page.close();
    page = await openPanel(context, server, CREATE_PATH, c.config);
    await waitForForm(page);
    panel = panelOf(page);
    await expect(markers(page, 'taught')).toHaveCount(1);
    await expect(markers(page, 'position')).toHaveCount(c.byPosition);
    await panel.getByRole('button', { name: say(lang, 'content_fillButton') }).click();
    await expectScopes(page, expected(c.config.language, own, c.config.omitRows));

    // Forget (options page) forgets: the row is unknown again.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const list = options.getByRole('region', { name: 'Taught rows' });
    await expect(list.getByRole('cell', { name: c.taught.label, exact: true })).toBeVisible();
    await expect(list.getByRole('row', { name: new RegExp(c.taught.label) })).toContainText(c.taught.as);
    await list.getByRole('button', { name: `Forget ${c.taught.label}` }).click();
    await expect(list.getByRole('cell', { name: c.taught.label, exact: true })).toHaveCount(0);
    await expect(list).toContainText('Nothing taught yet.');
    await page.reload();
    await waitForForm(page);
    await expect(question(page, c.taught.label, lang)).toBeVisible();
    await expect(markers(page, 'taught')).toHaveCount(0);
    expect(await fixtureSaveCount(page)).toBe(0);
  });
}

test('three unknown rows out of order: three keyboard choices and one Fill give a verified form; a reload needs none', async ({ context, server }) => {
  const config: FixtureConfig = {
    variant: 'native',
    rowLabels: { products: 'Catalogue entries', orders: 'Purchase records', customers: 'Shopper profiles' },
    moveToEnd: ['products', 'orders', 'customers'],
  };
  const own = config.rowLabels!;
  let page = await openPanel(context, server, CREATE_PATH, config);
  await waitForForm(page);
  let panel = panelOf(page);
  await chooseByKeyboard(panel.getByLabel('Preset'), PRESET);
  // Out of the documented order: nothing fits, nothing is guessed.
  await expect(markers(page, 'position')).toHaveCount(0);
  await expect(panel).toContainText('Rows Scopekeeper does not know: “Catalogue entries”, “Purchase records”, “Shopper profiles”');
  await chooseByKeyboard(question(page, 'Catalogue entries'), 'Products');
  await chooseByKeyboard(question(page, 'Purchase records'), 'Orders');
  await chooseByKeyboard(question(page, 'Shopper profiles'), 'Customers');
  await expect(markers(page, 'taught')).toHaveCount(3);
  await panel.getByRole('button', { name: 'Fill form' }).click();
  await expect(panel.getByRole('status').first()).toContainText('28 of 28 scopes match. Form filled');
  await expectScopes(page, expected('en', own));

  await page.close();
  page = await openPanel(context, server, CREATE_PATH, config);
  await waitForForm(page);
  panel = panelOf(page);
  await chooseByKeyboard(panel.getByLabel('Preset'), PRESET);
  await expect(markers(page, 'taught')).toHaveCount(3);
  await panel.getByRole('button', { name: 'Fill form' }).click();
  await expect(panel.getByRole('status').first()).toContainText('28 of 28 scopes match. Form filled');
  await expectScopes(page, expected('en', own));
  expect(await fixtureSaveCount(page)).toBe(0);
});

test('B2B Edition row (stores with B2B Edition): read by its label and filled at modify by the built-in server-to-server preset', async ({ context, server }) => {
  const page = await openPanel(context, server, CREATE_PATH, { variant: 'native', b2bRow: true });
  await waitForForm(page);
  const panel = panelOf(page);
  await chooseByKeyboard(panel.getByLabel('Preset'), 'B2B Edition server-to-server integration');
  await expect(page.locator('scopekeeper-marker[data-scope="b2b-edition"]')).toHaveAttribute('data-signal', 'label');
  await panel.getByRole('button', { name: 'Fill form' }).click();
  await expect(panel.getByRole('status').first()).toContainText('29 of 29 scopes match. Form filled');
  await expect.poll(async () => (await page.evaluate(() => (window as unknown as { __FIXTURE__: { state: () => { scopes: Record<string, string> } } }).__FIXTURE__.state())).scopes['B2B Edition']).toBe('modify');
  expect(await fixtureSaveCount(page)).toBe(0);
});

test('account-level form: a resource worded otherwise is read by its level words when only one missing resource has them, two that could be either are taught by keyboard; filled and verified, remembered on reload, and the page report carries what was taught', async ({ context, server }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: STORE_ORIGIN });
  const config: FixtureConfig = {
    variant: 'native',
    accountRowLabels: { Checkouts: 'Checkout sessions', 'Account Stores': 'Store list', 'Account Apps': 'Installed apps' },
    accountUuid: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  };
  let page = await openPanel(context, server, ACCOUNT_CREATE_PATH, config);
  await waitForFixtureForm(page);
  let panel = panelOf(page);
  await chooseByKeyboard(panel.getByLabel('Preset'), 'Unified billing: app partner');
  // Checkout sessions: only Account Checkouts offers read and modify. The two read-only ones are ambiguous.
  await expect(page.locator('scopekeeper-marker[data-scope="account-checkouts"]')).toHaveAttribute('data-signal', 'position');
  await expect(panel).toContainText('Rows Scopekeeper does not know: “Store list”, “Installed apps”');
  await chooseByKeyboard(question(page, 'Store list'), 'Account Stores');
  // Taught one; the other is now the only read-only resource left: read by its words.
  await expect(page.locator('scopekeeper-marker[data-scope="account-apps"]')).toHaveAttribute('data-signal', 'position');
  await chooseByKeyboard(question(page, 'Installed apps'), 'Account Apps');
  await chooseByKeyboard(question(page, 'Checkout sessions'), 'Account Checkouts');
  await expect(markers(page, 'taught')).toHaveCount(3);
  await panel.getByRole('button', { name: 'Fill form' }).click();
  // Every resource verified; the preset suggests no token name, so that is what is left.
  await expect(panel.getByRole('status')).toHaveText('Resources set. One thing left: Name needs at least 4 characters.');
  await expect.poll(async () => (await fixtureState(page)).scopes['Checkout sessions']).toBe('read, modify');

  await page.close();
  page = await openPanel(context, server, ACCOUNT_CREATE_PATH, config);
  await waitForFixtureForm(page);
  panel = panelOf(page);
  await expect(markers(page, 'taught')).toHaveCount(3);
  await panel.getByRole('button', { name: 'Copy page report' }).click();
  await expect(panel).toContainText('Page report copied');
  const report = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { rows: { label: string; signal: string | null; scopeId: string | null }[]; taught: { label: string; scopeId: string | null }[] };
  expect(report.taught).toContainEqual({ label: 'Checkout sessions', scopeId: 'account-checkouts' });
  expect(report.taught).toHaveLength(3);
  expect(report.rows.find((r) => r.label === 'Checkout sessions')).toMatchObject({ signal: 'taught', scopeId: 'account-checkouts' });
});

for (const [variant, accountControls] of [['native', 'checkboxes'], ['bigdesign', 'checkboxes'], ['native', 'checkbox-rows']] as const) {
  test(`account-level form (${variant} ${accountControls}): a box word no table reads (“Lesen erlaubt” for read) is asked once for both resources that show it; one answer, one Fill, verified; a reload needs none`, async ({ context, server }) => {
    const word = 'Lesen erlaubt';
    const config: FixtureConfig = { variant, accountControls, accountLevelTexts: { read: word }, accountUuid: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' };
    const levelQuestion = (page: Page) => page.getByRole('combobox', { name: `Which level is “${word}”?` });
    const done = 'Resources set. One thing left: Name needs at least 4 characters.';
    let page = await openPanel(context, server, ACCOUNT_CREATE_PATH, config);
    await waitForFixtureForm(page);
    let panel = panelOf(page);
    await chooseByKeyboard(panel.getByLabel('Preset'), 'Unified billing: app partner');
    // Checkouts and Subscriptions both show it: asked once, under the first.
    await expect(levelQuestion(page)).toHaveCount(1);
    await expect(panel.getByRole('status')).not.toHaveText(done);
    await chooseByKeyboard(levelQuestion(page), 'read-only');
    await panel.getByRole('button', { name: 'Fill form' }).click();
    await expect(panel.getByRole('status')).toHaveText(done);
    await expect.poll(async () => (await fixtureState(page)).scopes).toMatchObject({ Checkouts: `${word}, modify`, Subscriptions: `${word}, cancel` });

    // A reload remembers the answer: one Fill.
    await page.close();
    page = await openPanel(context, server, ACCOUNT_CREATE_PATH, config);
    await waitForFixtureForm(page);
    panel = panelOf(page);
    await expect(levelQuestion(page)).toHaveValue('read-only');
    await panel.getByRole('button', { name: 'Fill form' }).click();
    await expect(panel.getByRole('status')).toHaveText(done);
    await expect.poll(async () => (await fixtureState(page)).scopes).toMatchObject({ Checkouts: `${word}, modify`, Subscriptions: `${word}, cancel` });
    expect(await fixtureSaveCount(page)).toBe(0);
  });
}

test('a taught mapping a later page contradicts (the row shown by its known label; the label read by an attribute as another row) is dropped, and the panel says so', async ({ context, server, worker }) => {
  const teachPage: FixtureConfig = { variant: 'native', rowLabels: { products: 'Catalogue entries', orders: 'Purchase records', customers: 'Shopper profiles' }, moveToEnd: ['products', 'orders', 'customers'] };
  const taughtLabels = () =>
    worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get: (k: string) => Promise<Record<string, unknown>> } } } }).chrome;
      return ((await api.storage.local.get('taughtRows')).taughtRows as Array<{ label: string }> | undefined ?? []).map((e) => e.label);
    });
  const teachProducts = async () => {
    const page = await openPanel(context, server, CREATE_PATH, teachPage);
    await waitForForm(page);
    await chooseByKeyboard(panelOf(page).getByLabel('Preset'), PRESET);
    await chooseByKeyboard(question(page, 'Catalogue entries'), 'Products');
    await expect(markers(page, 'taught')).toHaveCount(1);
    await expect.poll(taughtLabels).toEqual(['Catalogue entries']);
    await page.close();
  };
  const contradicted = async (config: FixtureConfig) => {
    const page = await openPanel(context, server, CREATE_PATH, config);
    await waitForForm(page);
    const panel = panelOf(page);
    await chooseByKeyboard(panel.getByLabel('Preset'), PRESET);
    await expect(panel).toContainText('Forgot what was taught about “Catalogue entries”: this page shows that row otherwise.');
    await expect.poll(taughtLabels).toEqual([]);
    // Not applied: "Catalogue entries" is read as the page shows it, never as Products.
    await expect(markers(page, 'taught')).toHaveCount(0);
    await expect(page.locator('scopekeeper-marker[data-scope="products"]')).toHaveCount(1);
    // The notice stays while the page does (the markers' own mutations decide again).
    await page.waitForTimeout(1500);
    await expect(panel).toContainText('Forgot what was taught about “Catalogue entries”');
    await page.close();
  };

  await teachProducts();
  // Products is shown by its known label; "Catalogue entries" is another row's label here.
  await contradicted({ variant: 'native', rowLabels: { orders: 'Catalogue entries' } });
  await teachProducts();
  // The row labelled "Catalogue entries" is named Orders by its control's attribute.
  await contradicted({ variant: 'native', rowAttributes: true, rowLabels: { orders: 'Catalogue entries' } });
});

test('a level word no table reads (French, None shown as “Aucune autorisation”): one keyboard choice teaches it for every row, one Fill verifies the form, a reload needs none, the page report carries it, Forget forgets', async ({ context, server, extensionId }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: STORE_ORIGIN });
  const word = 'Aucune autorisation';
  const config: FixtureConfig = { language: 'fr', levelTexts: { none: word } };
  const none = tableByCode('fr')!.levels.none[0] ?? 'Aucun';
  const filled = Object.fromEntries(Object.entries(expectedState('modern-retail-integration', 'fr')).map(([label, text]) => [label, text === LANGUAGES.fr.levels.none ? word : text]));
  const levelQuestion = (page: Page) => page.getByRole('combobox', { name: say('fr', 'content_teachLevelQuestion', word) });
  let page = await openPanel(context, server, CREATE_PATH, config);
  await waitForForm(page);
  let panel = panelOf(page);
  await chooseByKeyboard(panel.getByLabel(say('fr', 'content_presetLabel')), PRESET);
  // Asked once (one answer holds on every row), and the rows' levels are not claimed meanwhile.
  await expect(levelQuestion(page)).toHaveCount(1);
  // The status says where the question is: under the first row, as the page names it.
  const hint = say('fr', 'content_teachLevelHint', `“${LANGUAGES.fr.rows.content!}”`);
  await expect(panel).toContainText(hint);
  await chooseByKeyboard(levelQuestion(page), none);
  await expect(panel).not.toContainText(hint);
  await expect(page.locator('scopekeeper-marker[data-scope="products"]')).toHaveAttribute('data-text', new RegExp(say('fr', 'content_markerLevelTaught')));
  await panel.getByRole('button', { name: say('fr', 'content_fillButton') }).click();
  await expectScopes(page, filled);
  await expect(panel.getByRole('status').first()).toContainText(say('fr', 'content_fillDone'));

  // A reload remembers: no question to answer, one Fill.
  await page.close();
  page = await openPanel(context, server, CREATE_PATH, config);
  await waitForForm(page);
  panel = panelOf(page);
  await expect(levelQuestion(page)).toHaveValue('none');
  await panel.getByRole('button', { name: say('fr', 'content_fillButton') }).click();
  await expectScopes(page, filled);
  await expect(panel.getByRole('status').first()).toContainText(say('fr', 'content_fillDone'));
  await panel.getByRole('button', { name: say('fr', 'content_pageReport') }).click();
  await expect(panel).toContainText(say('fr', 'content_pageReportCopied'));
  const report = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { taughtLevels: { option: string; level: string }[] };
  expect(report.taughtLevels).toEqual([{ option: word, level: 'none' }]);

  // Listed with what it means; Forget forgets: asked again.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const list = options.getByRole('region', { name: 'Taught rows' });
  await expect(list.getByRole('row', { name: new RegExp(word) })).toContainText(`Level: ${none}`);
  await list.getByRole('button', { name: `Forget ${word}` }).click();
  await expect(list).toContainText('Nothing taught yet.');
  await page.reload();
  await waitForForm(page);
  await expect(levelQuestion(page)).toHaveValue('');

  // The page's script can neither answer for the merchant nor rewrite what an answer means: a
  // value it sets is put back, and the merchant's choice of an option it rewrote teaches nothing.
  const name = say('fr', 'content_teachLevelQuestion', word);
  await page.evaluate((label) => {
    const select = [...document.querySelectorAll('scopekeeper-marker')].flatMap((m) => [...m.shadowRoot!.querySelectorAll('select')]).find((s) => s.getAttribute('aria-label') === label)!;
    select.value = 'modify';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    select.options[1]!.value = 'modify';
  }, name);
  await expect(levelQuestion(page)).toHaveValue('');
  await chooseByKeyboard(levelQuestion(page), none).catch(() => undefined);
  await expect(levelQuestion(page)).toHaveValue('');
  await options.reload();
  await expect(list).toContainText('Nothing taught yet.');
  expect(await fixtureSaveCount(page)).toBe(0);
});

test('a taught-rows file that would push out what was taught is refused whole, saying how many it would make; one that fits is imported', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const list = options.getByRole('region', { name: 'Taught rows' });
  // The cap is said where the entries are reviewed, not only when an import meets it.
  await expect(list).toContainText('Scopekeeper keeps at most 500 of these answers. Once it is full, each new answer you give on a page forgets the oldest one');
  const file = (name: string, word: string, count: number) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'scopekeeper-taught-rows',
        version: 2,
        rows: Array.from({ length: count }, (_, i) => ({ kind: 'row', form: 'store-level', language: 'fr', label: `${word} ${i}`, scopeId: null, at: i })),
      }),
    ),
  });
  const input = list.locator('input[type="file"]');
  await input.setInputFiles(file('taught-2.json', 'Libellé', 2));
  await expect(list.getByRole('status')).toHaveText('Imported the taught rows of taught-2.json.');
  await expect(list.getByRole('row', { name: /Libellé 1/ })).toBeVisible();
  // 2 kept and 499 new make 501: refused, and the two are still there.
  await input.setInputFiles(file('taught-more.json', 'Étiquette', 499));
  await expect(list.getByRole('status')).toHaveText(
    'taught-more.json was refused, nothing changed: with it Scopekeeper would keep 501 taught entries, and it keeps at most 500. Forget some first.',
  );
  await expect(list.getByRole('row', { name: /Libellé 1/ })).toBeVisible();
  await expect(list.getByRole('row', { name: /Étiquette/ })).toHaveCount(0);
});
