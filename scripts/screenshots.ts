/**
 * Real screenshots of Scopekeeper for the README, taken in Chromium with the built extension on
 * the fixture control panel: the in-page panel (before and after a fill), the capture, the popup
 * and the options page (vault and presets). Writes docs/screenshots/*.png.
 *
 *   npm run screenshots        (builds the extension and the fixture first)
 *
 * Deterministic on a given machine: fixed viewport, scale, locale, time zone, colour scheme and
 * credentials; the service worker's clock is pinned so the captured record's date never changes;
 * focus and the caret are cleared before each shot. Fonts come from the system, so another
 * machine may render text slightly differently.
 */
import type { Locator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ACCOUNT_CREATE_PATH, CREATE_PATH, ROOT, STORE_ORIGIN, activeTabId, chooseByKeyboard, waitForInstallTab } from '../tests/e2e/harness.ts';
import { launchExtensionBrowser } from './extension-browser.ts';

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

/** A PNG of `region` (an element, cut to `maxHeight` CSS px, or a page-coordinate clip), or of the viewport. */
async function shoot(page: Page, name: string, region?: Locator | Clip, maxHeight = Infinity): Promise<void> {
  // No hover, focus ring or caret left over from the last click.
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const file = path.join(OUT, `${name}.png`);
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

mkdirSync(OUT, { recursive: true });
const browser = await launchExtensionBrowser({ headless: true, viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2 });
const { context, server, worker, extensionId } = browser;
try {
  // On install the background opens the options page; start from a known set of tabs instead.
  await (await waitForInstallTab(context)).close();

  // Pin the worker's clock: records carry the time they were sealed.
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
  }, FIXED_TIME);

  const options = `chrome-extension://${extensionId}/options.html`;
  const setup = await context.newPage();
  await setup.goto(options);
  await setup.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await setup.getByLabel('Confirm passphrase', { exact: true }).fill(PASSPHRASE);
  await setup.getByRole('button', { name: 'Create vault' }).click();
  await setup.getByRole('button', { name: 'Lock', exact: true }).waitFor({ timeout: 20_000 });
  await setup.close();

  console.log('Screenshots:');
  server.config = { variant: 'bigdesign', credentials: CREDENTIALS };
  const page = await context.newPage();
  await page.goto(`${STORE_ORIGIN}${CREATE_PATH}`);
  const panel = page.getByRole('region', { name: 'Scopekeeper' });
  // By keyboard: the panel acts on trusted input only.
  await chooseByKeyboard(panel.getByLabel('Preset'), PRESET);
  await panel.getByRole('status').filter({ hasText: 'of 28 scopes match' }).waitFor();
  await page.locator('scopekeeper-marker').nth(27).waitFor();
  await shoot(page, 'panel', await panelClip(page, 'Order transactions'));

  await panel.getByRole('button', { name: 'Fill form' }).click();
  await panel.getByRole('status').filter({ hasText: '28 of 28 scopes match' }).waitFor();
  await shoot(page, 'panel-filled', await panelClip(page, 'Order transactions'));

  // The popup, as a tab aimed at the create page (a popup opened in a tab would target itself).
  await page.bringToFront();
  const tabId = await activeTabId(worker);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByText('28 of 28 scopes match').waitFor();
  await shoot(popup, 'popup', popup.locator('body'));
  await popup.close();

  // Save: the page shows its one-time credentials pop-up; Scopekeeper captures and says so.
  await page.bringToFront();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.locator('scopekeeper-notice').getByText('Credentials captured and encrypted').waitFor({ timeout: 10_000 });
  await page.getByRole('dialog').waitFor();
  await shoot(page, 'capture');

  const vault = await context.newPage();
  await vault.goto(options);
  await vault.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await vault.getByRole('button', { name: 'Unlock', exact: true }).click();
  await vault.getByRole('button', { name: 'Lock', exact: true }).waitFor({ timeout: 20_000 });
  await vault.getByRole('heading', { name: PRESET, exact: true }).first().waitFor();
  await shoot(vault, 'options-vault', vault.locator('section').filter({ has: vault.getByRole('heading', { name: 'Credential vault', level: 2 }) }).first());

  const presets = vault.locator('section').filter({ has: vault.getByRole('heading', { name: 'Presets', level: 2 }) }).first();
  await presets.getByText(PRESET, { exact: true }).first().click();
  // The list of 36 built-ins runs far below the details; the top tells the story.
  await shoot(vault, 'options-presets', presets, 760);

  // The account-level create form (BigDesign checkbox groups), filled from its preset.
  server.config = { variant: 'bigdesign', accountControls: 'checkboxes', credentials: CREDENTIALS };
  const account = await context.newPage();
  await account.goto(`${STORE_ORIGIN}${ACCOUNT_CREATE_PATH}`);
  const accountPanel = account.getByRole('region', { name: 'Scopekeeper' });
  await chooseByKeyboard(accountPanel.getByLabel('Preset'), 'Unified billing: app partner');
  await accountPanel.getByRole('button', { name: 'Fill form' }).click();
  await accountPanel.getByRole('status').filter({ hasText: '7 of 7 scopes match' }).waitFor();
  await shoot(account, 'panel-account-level', account.locator('main'), 1100);
} finally {
  await context.close();
}
