/**
 * Real screenshots of Scopekeeper, taken in Chromium with the built extension on the fixture
 * control panel:
 *
 * - for the README: the in-page panel (before and after a fill), the capture, the popup, the
 *   options page (vault and presets) and the account-level form, in docs/screenshots/*.png; and
 *   the same in French (a French control panel, the browser in French: --lang=fr) in
 *   docs/screenshots/fr/*.png, but for the account-level form (its fixture page is English only);
 * - for the stores (docs/store-listing.md): 1280×800 screenshots of the panel, the fill, the
 *   capture, the vault and the hand-off ("Encrypt for integrator"), and the 440×280 promotional
 *   tile (assets/icon.svg, the name and one line), in docs/store/*.png. Each is checked to have
 *   exactly its size.
 *
 *   npm run screenshots                 (builds the extension and the fixture first; both sets)
 *   npm run screenshots -- --readme     (only the README's)
 *   npm run screenshots -- --store      (only the stores')
 *
 * Deterministic on a given machine: fixed viewport, scale, locale (per language), time zone, colour scheme and
 * credentials; the service worker's clock is pinned so the captured record's date never changes;
 * focus and the caret are cleared before each shot. Fonts come from the system, so another
 * machine may render text slightly differently.
 */
import type { Locator, Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ACCOUNT_CREATE_PATH, CREATE_PATH, ROOT, STORE_ORIGIN, activeTabId, chooseByKeyboard, waitForInstallTab } from '../tests/e2e/harness.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from './extension-browser.ts';
import { say } from '../locales/merge.ts';
import { EN_UI, LANGUAGES } from '../tests/fixtures/control-panel/src/languages.ts';

const OUT = path.join(ROOT, 'docs/screenshots');
const PRESET = 'Modern Retail Integration';
const PASSPHRASE = 'correct horse battery staple';
/** Obviously made up, in BigCommerce's formats (31 × [a-z0-9], 64 × hex). */
const CREDENTIALS = {
  clientId: 'demo4client7id0not2real9abc1234',
  clientSecret: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  accessToken: 'demo8access3token5not1real6xyz7',
};
/** The captured record's date as the vault will show it. */
const FIXED_TIME = Date.parse('2026-03-02T09:41:00Z');

type Clip = { x: number; y: number; width: number; height: number };

/** One README pass: the language the control panel is in (so the panel's), where its PNGs go, and
 *  the browser's locale and arguments (the popup and options page follow the browser's UI language). */
interface ReadmePass {
  lang: 'en' | 'fr';
  out: string;
  locale: string;
  args: string[];
}
const READMES: readonly ReadmePass[] = [
  { lang: 'en', out: OUT, locale: 'en-US', args: [] },
  { lang: 'fr', out: path.join(OUT, 'fr'), locale: 'fr-FR', args: ['--lang=fr'] },
];

/** A PNG of `region` (an element, cut to `maxHeight` CSS px, or a page-coordinate clip), or of the viewport, in `out`. */
async function shoot(page: Page, out: string, name: string, region?: Locator | Clip, maxHeight = Infinity): Promise<void> {
  // No hover, focus ring or caret left over from the last click.
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const file = path.join(out, `${name}.png`);
  const options = { path: file, animations: 'disabled' as const, caret: 'hide' as const };
  let clip = region && 'x' in region ? region : undefined;
  if (region && !clip) {
    const box = (await (region as Locator).boundingBox())!;
    const scrollY = await page.evaluate(() => window.scrollY);
    clip = { x: box.x, y: box.y + scrollY, width: box.width, height: Math.min(box.height, maxHeight) };
  }
  if (clip) await page.screenshot({ ...options, fullPage: true, clip });
  else await page.screenshot(options);
  console.log(`  ${path.relative(ROOT, file)}`);
}

/** From the panel down to the row below `lastRow`, full content width, in page coordinates. */
async function panelClip(page: Page, lastRow: string): Promise<Clip> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const panel = (await page.getByRole('region', { name: 'Scopekeeper' }).boundingBox())!;
  const row = (await page.getByRole('combobox', { name: lastRow, exact: true }).boundingBox())!;
  const margin = 16;
  return { x: panel.x - margin, y: panel.y - margin, width: panel.width + 2 * margin, height: row.y + row.height + 40 - panel.y + margin };
}

/** Pins the worker's clock: records carry the time they were sealed. Again later to move it. */
async function pinClock(worker: ExtensionBrowser['worker'], time: number): Promise<void> {
  await worker.evaluate((fixed) => {
    const RealDate = Date;
    class FixedDate extends RealDate {
      constructor(...args: ConstructorParameters<DateConstructor> | []) {
        if (args.length === 0) super(fixed);
        else super(...(args as [number]));
      }
      static override now() {
        return fixed;
      }
    }
    (globalThis as unknown as { Date: DateConstructor }).Date = FixedDate as DateConstructor;
  }, time);
}

/** The language the extension's own pages (popup, options) speak, of `candidates`: the one whose
 *  words chrome.i18n gives (it follows the browser's UI language, `--lang`), else English. */
async function uiLanguage(worker: ExtensionBrowser['worker'], candidates: readonly string[]): Promise<string> {
  const key = 'vault_unlock_intro';
  const shown = await worker.evaluate((k) => (globalThis as unknown as { chrome: { i18n: { getMessage: (key: string) => string } } }).chrome.i18n.getMessage(k), key);
  return candidates.find((lang) => say(lang, key) === shown) ?? 'en';
}

/** A fresh install made ready: the install tab closed, the worker's clock pinned (records carry
 *  the time they were sealed), and a vault with a passphrase. `ui`: the options page's language. */
async function prepare({ context, worker, extensionId }: ExtensionBrowser, ui = 'en'): Promise<void> {
  // On install the background opens the options page; start from a known set of tabs instead.
  await (await waitForInstallTab(context)).close();
  await pinClock(worker, FIXED_TIME);
  const setup = await context.newPage();
  await setup.goto(`chrome-extension://${extensionId}/options.html`);
  await setup.getByLabel(say(ui, 'vault_new_passphrase'), { exact: true }).fill(PASSPHRASE);
  await setup.getByLabel(say(ui, 'vault_confirm_passphrase'), { exact: true }).fill(PASSPHRASE);
  await setup.getByRole('button', { name: say(ui, 'vault_create_vault') }).click();
  await setup.getByRole('button', { name: say(ui, 'vault_lock'), exact: true }).waitFor({ timeout: 20_000 });
  await setup.close();
}

/** The README's screenshots in one language (2× scale, regions cut to what each one shows),
 *  selected by the words the extension and the page show in it. */
async function readmeScreenshots({ lang, out, locale, args }: ReadmePass): Promise<void> {
  mkdirSync(out, { recursive: true });
  const browser = await launchExtensionBrowser({ headless: true, viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2, locale, args });
  const { context, server, worker, extensionId } = browser;
  try {
    const ui = await uiLanguage(worker, [lang, 'en']);
    await prepare(browser, ui);
    const options = `chrome-extension://${extensionId}/options.html`;
    /** The panel speaks the page's language; the popup and the options page the browser's. */
    const page$ = (key: string, ...subs: (string | number)[]) => say(lang, key, ...subs);
    const ui$ = (key: string, ...subs: (string | number)[]) => say(ui, key, ...subs);
    const pageUi = lang === 'en' ? EN_UI : LANGUAGES[lang].ui;
    const lastRow = lang === 'en' ? 'Order transactions' : LANGUAGES[lang].rows['order-transactions']!;

    console.log(`Screenshots (${lang}; the extension's own pages in ${ui}):`);
    server.config = { variant: 'bigdesign', language: lang, popupLanguage: lang, credentials: CREDENTIALS };
    const page = await context.newPage();
    await page.goto(`${STORE_ORIGIN}${CREATE_PATH}`);
    const panel = page.getByRole('region', { name: 'Scopekeeper' });
    const status = panel.getByRole('status').first();
    // By keyboard: the panel acts on trusted input only.
    await chooseByKeyboard(panel.getByLabel(page$('content_presetLabel')), PRESET);
    // Every row read and marked (the status says how many rows to change).
    await page.locator('scopekeeper-marker').nth(27).waitFor();
    await status.filter({ hasText: /\d/ }).waitFor();
    await shoot(page, out, 'panel', await panelClip(page, lastRow));

    const filled = page$('content_matchCount_other', 28, 28);
    await panel.getByRole('button', { name: page$('content_fillButton') }).click();
    await status.filter({ hasText: filled }).waitFor();
    await shoot(page, out, 'panel-filled', await panelClip(page, lastRow));

    // The popup, as a tab aimed at the create page (a popup opened in a tab would target itself).
    await page.bringToFront();
    const tabId = await activeTabId(worker);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByText(ui$('content_matchCount_other', 28, 28)).first().waitFor();
    await shoot(popup, out, 'popup', popup.locator('body'));
    await popup.close();

    // Save: the page shows its one-time credentials pop-up; Scopekeeper captures and says so.
    await page.bringToFront();
    await page.getByRole('button', { name: pageUi.save, exact: true }).click();
    await page.locator('scopekeeper-notice').getByText(page$('vault_notice_captured_title')).waitFor({ timeout: 10_000 });
    await page.getByRole('dialog').waitFor();
    await shoot(page, out, 'capture');

    const vault = await context.newPage();
    await vault.goto(options);
    // One unlock holds for every Scopekeeper tab: the vault made in prepare() may still be open.
    const passphrase = vault.getByLabel(ui$('vault_passphrase'), { exact: true });
    const lock = vault.getByRole('button', { name: ui$('vault_lock'), exact: true });
    await passphrase.or(lock).first().waitFor({ timeout: 20_000 });
    if (await passphrase.isVisible()) {
      await passphrase.fill(PASSPHRASE);
      await vault.getByRole('button', { name: ui$('vault_unlock'), exact: true }).click();
    }
    await lock.waitFor({ timeout: 20_000 });
    await vault.getByRole('heading', { name: PRESET, exact: true }).first().waitFor();
    const credentials = vault.getByRole('heading', { name: ui$('vault_title'), exact: true, level: 2 });
    await shoot(vault, out, 'options-vault', vault.locator('section').filter({ has: credentials }).first());

    const presets = vault.locator('section').filter({ has: vault.getByRole('heading', { name: ui$('presets_heading'), level: 2 }) }).first();
    await presets.getByText(PRESET, { exact: true }).first().click();
    // The list of 36 built-ins runs far below the details; the top tells the story.
    await shoot(vault, out, 'options-presets', presets, 760);

    // The account-level create form (BigDesign checkbox groups), filled from its preset. English
    // only: the fixture's account page has English resource names in every language, and the
    // panel speaks the language the page's rows are in (utils/background/page-words.ts).
    if (lang !== 'en') return;
    server.config = { variant: 'bigdesign', language: lang, popupLanguage: lang, accountControls: 'checkboxes', credentials: CREDENTIALS };
    const account = await context.newPage();
    await account.goto(`${STORE_ORIGIN}${ACCOUNT_CREATE_PATH}`);
    const accountPanel = account.getByRole('region', { name: 'Scopekeeper' });
    await chooseByKeyboard(accountPanel.getByLabel(page$('content_presetLabel')), 'Unified billing: app partner');
    await accountPanel.getByRole('button', { name: page$('content_fillButton') }).click();
    // Every resource set; the form's name is left to the merchant ("One thing left: …").
    await accountPanel.getByRole('status').first().filter({ hasText: page$('content_resourcesSet') }).waitFor();
    await shoot(account, out, 'panel-account-level', account.locator('main'), 1100);
  } finally {
    await context.close();
  }
}

const STORE_OUT = path.join(ROOT, 'docs/store');
/** Made up, like CREDENTIALS: the second capture, made with the hand-off preset. */
const HANDOFF_CREDENTIALS = {
  clientId: 'demo2client5id8not4real1xyz9876',
  clientSecret: 'fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210',
  accessToken: 'demo3access9token1not7real2abc4',
};
/** An integrator's preset file as docs/preset-format.md describes it, with an age key for hand-off
 *  (the public key of the test identity in tests/fixtures/handoff/integrator-key.txt). */
const HANDOFF_PRESET = {
  id: 'acme-order-sync',
  name: 'Acme Order Sync',
  description: 'Two-way order and inventory sync between BigCommerce and Acme ERP.',
  sources: [{ url: 'https://docs.example.com/acme/bigcommerce/api-account', title: 'Acme: Create a BigCommerce API account' }],
  tokenType: 'v2v3',
  accountName: 'Acme Order Sync',
  scopes: {
    orders: { level: 'modify', required: true },
    products: { level: 'modify', required: true },
    customers: { level: 'read-only', required: true },
    'order-transactions': { level: 'read-only', required: false },
  },
  credentialFields: ['accessToken', 'apiPath', 'clientId'],
  handoff: { recipient: 'age1jxq2z0nhvdys6pnrm0kmzf9zj26jtkwd74lexux3rsymq3yevuxseacshw' },
};
const TILE_LINE = 'API account scopes from presets in one click. Credentials into an encrypted vault.';

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The whole viewport as docs/store/<name>.png, which must come out exactly width × height. */
async function shootStore(page: Page, name: string, width: number, height: number): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const file = path.join(STORE_OUT, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  const size = pngSize(file);
  if (size.width !== width || size.height !== height) throw new Error(`${name}.png is ${size.width}×${size.height}, not ${width}×${height}`);
  console.log(`  ${path.relative(ROOT, file)} (${width}×${height})`);
}

/** Scrolls so `target` sits `margin` CSS px below the viewport's top. */
async function scrollToTop(page: Page, target: Locator, margin: number): Promise<void> {
  const box = (await target.boundingBox())!;
  await page.evaluate((y) => window.scrollBy(0, y), box.y - margin);
}

/** The stores' images: 1280×800 at 1× (what both stores show), and the 440×280 tile. */
async function storeImages(): Promise<void> {
  mkdirSync(STORE_OUT, { recursive: true });
  const browser = await launchExtensionBrowser({ headless: true, viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const { context, server, worker, extensionId } = browser;
  try {
    await prepare(browser);
    // The integrator's preset, as if imported from their file (the background validates it on read).
    await worker.evaluate(async (preset) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set: (v: object) => Promise<void> } } } }).chrome;
      await api.storage.local.set({ customPresets: [preset] });
    }, HANDOFF_PRESET);
    console.log('Store images:');

    server.config = { variant: 'bigdesign', credentials: CREDENTIALS };
    const page = await context.newPage();
    await page.goto(`${STORE_ORIGIN}${CREATE_PATH}`);
    const panel = page.getByRole('region', { name: 'Scopekeeper' });
    await chooseByKeyboard(panel.getByLabel('Preset'), PRESET);
    await panel.getByRole('status').filter({ hasText: 'of 28 scopes match' }).waitFor();
    await page.locator('scopekeeper-marker').nth(27).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await scrollToTop(page, panel, 24);
    await shootStore(page, '1-panel', 1280, 800);

    await panel.getByRole('button', { name: 'Fill form' }).click();
    await panel.getByRole('status').filter({ hasText: '28 of 28 scopes match' }).waitFor();
    // The rows and their markers (the panel says the same above: 28 of 28).
    await page.evaluate(() => window.scrollTo(0, 0));
    await scrollToTop(page, page.getByRole('heading', { name: 'OAuth scopes' }), 24);
    await shootStore(page, '2-fill', 1280, 800);

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('scopekeeper-notice').getByText('Credentials captured and encrypted').waitFor({ timeout: 10_000 });
    await page.getByRole('dialog').waitFor();
    await shootStore(page, '3-capture', 1280, 800);
    await page.close();

    // A second account, made with the integrator's preset, for the hand-off; captured earlier, so
    // the vault lists it second.
    await pinClock(worker, FIXED_TIME - 30 * 60_000);
    server.config = { variant: 'bigdesign', credentials: HANDOFF_CREDENTIALS };
    const acme = await context.newPage();
    await acme.goto(`${STORE_ORIGIN}${CREATE_PATH}`);
    const acmePanel = acme.getByRole('region', { name: 'Scopekeeper' });
    await chooseByKeyboard(acmePanel.getByLabel('Preset'), HANDOFF_PRESET.name);
    await acmePanel.getByRole('button', { name: 'Fill form' }).click();
    await acmePanel.getByRole('status').filter({ hasText: 'scopes match' }).waitFor();
    await acme.getByRole('button', { name: 'Save', exact: true }).click();
    await acme.locator('scopekeeper-notice').getByText('Credentials captured and encrypted').waitFor({ timeout: 10_000 });
    await acme.close();

    const vault = await context.newPage();
    // The page's clock too, so "captured … ago" does not depend on the day the images are made.
    await vault.clock.setFixedTime(FIXED_TIME + 5 * 60_000);
    await vault.goto(`chrome-extension://${extensionId}/options.html`);
    await vault.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await vault.getByRole('button', { name: 'Unlock', exact: true }).click();
    await vault.getByRole('button', { name: 'Lock', exact: true }).waitFor({ timeout: 20_000 });
    await vault.getByRole('heading', { name: PRESET, exact: true }).first().waitFor();
    // The list of records, one with its granted scopes unfolded.
    await vault.getByText('Granted scopes: 10').click();
    await vault.evaluate(() => window.scrollTo(0, 0));
    await scrollToTop(vault, vault.getByRole('heading', { name: /^Captured credentials/ }), 40);
    await shootStore(vault, '4-vault', 1280, 800);
    await vault.getByText('Granted scopes: 10').click();

    // Found by searching, as a merchant with many records would.
    await vault.getByLabel('Search credentials').fill('Acme');
    const handoff = vault.getByRole('button', { name: /^Encrypt for / }).first();
    await handoff.waitFor();
    const download = vault.waitForEvent('download');
    await handoff.click();
    await (await download).cancel();
    const done = vault.getByText(/encrypted for/).first();
    await done.waitFor();
    // The vault's message line (at its top) and the record's buttons below.
    await vault.evaluate(() => window.scrollTo(0, 0));
    await scrollToTop(vault, vault.getByRole('heading', { name: 'Credentials', exact: true, level: 2 }), 16);
    await shootStore(vault, '5-handoff', 1280, 800);
    await vault.close();

    // The promotional tile: an HTML page of its own, at the tile's size.
    const tile = await context.newPage();
    await tile.setViewportSize({ width: 440, height: 280 });
    const icon = `data:image/svg+xml;base64,${readFileSync(path.join(ROOT, 'assets/icon.svg')).toString('base64')}`;
    await tile.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
      html, body { margin: 0; width: 440px; height: 280px; overflow: hidden; }
      body { display: flex; flex-direction: column; justify-content: center; gap: 18px; box-sizing: border-box; padding: 0 36px;
        background: linear-gradient(135deg, #3c64f4 0%, #1d2a4d 75%); color: #fff; font-family: system-ui, sans-serif; }
      .head { display: flex; align-items: center; gap: 18px; }
      img { width: 88px; height: 88px; }
      h1 { margin: 0; font-size: 34px; line-height: 1.05; font-weight: 700; letter-spacing: -0.5px; }
      h1 span { display: block; font-size: 18px; font-weight: 500; color: #c9d3f5; letter-spacing: 0; margin-top: 6px; }
      p { margin: 0; font-size: 17px; line-height: 1.35; color: #e8ecfb; }
    </style></head><body><div class="head"><img alt="" src="${icon}"><h1>Scopekeeper<span>for BigCommerce</span></h1></div><p>${TILE_LINE}</p></body></html>`);
    await tile.evaluate(() => document.fonts.ready);
    await shootStore(tile, 'promo-tile', 440, 280);
    await tile.close();
  } finally {
    await context.close();
  }
}

const only = process.argv.slice(2).find((a) => a === '--store' || a === '--readme');
if (only !== '--store') for (const pass of READMES) await readmeScreenshots(pass);
if (only !== '--readme') await storeImages();
