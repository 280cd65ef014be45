/**
 * E2E harness: the built extension (.output/chrome-mv3) in Debian's Chromium, with the fixture
 * control panel (tests/fixtures/control-panel/dist) served on the real control-panel host through
 * context.route(), so the manifest's real match patterns decide where the content script runs.
 * Every other request is aborted and recorded: nothing may leave the browser.
 */
import { test as base, chromium, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const FIXTURE_DIST = path.join(ROOT, 'tests/fixtures/control-panel/dist');

export const STORE_HASH = 'abc123';
export const STORE_ORIGIN = `https://store-${STORE_HASH}.mybigcommerce.com`;
export const CREATE_PATH = '/manage/settings/api-accounts/create';
/** The account control panel, one of the account-level pages' candidate homes (docs/control-panel-facts.md §1). */
export const ACCOUNTS_ORIGIN = 'https://accounts.bigcommerce.com';
/** The account-level create form's candidates: in the store panel, and on the account control panel. */
export const ACCOUNT_CREATE_PATH = '/manage/settings/account-api-accounts/create';
export const ACCOUNTS_CREATE_PATH = '/tokens/create';
export const LEGACY_CREATE_PATH = '/manage/settings/auth/api-accounts/create';

export type Variant = 'bigdesign' | 'legacy' | 'native';
export const VARIANTS: readonly Variant[] = ['bigdesign', 'legacy', 'native'];

/** What the fixture app reads from window.__FIXTURE_CONFIG__ (see tests/fixtures/control-panel/README.md). */
export interface FixtureConfig {
  variant?: Variant;
  slowMs?: number;
  saveMs?: number;
  labelCase?: 'guide' | 'title' | 'and';
  optionCase?: 'lower' | 'capitalized';
  shuffleRows?: boolean | number;
  extraRows?: string[];
  popup?: 'normal' | 'remove-same-task';
  popupMarkup?: 'inputs' | 'text';
  credentials?: { clientId: string; clientSecret: string; accessToken: string };
  tokenTypeDefault?: '' | 'V2/V3 API token' | 'Stencil-CLI token';
  popupLanguage?: 'en' | 'fr' | 'nl';
  popupContent?: 'all' | 'token-only';
  language?: 'en' | 'fr' | 'es' | 'it' | 'ko';
  optionLanguage?: 'en' | 'fr' | 'es' | 'it' | 'ko';
  omitRows?: string[];
  rowLabels?: Record<string, string>;
  levelTexts?: Record<string, string>;
  moveToEnd?: string[];
  b2bRow?: boolean;
  infrastructureRows?: boolean;
  framed?: boolean;
  stencilControl?: 'buttons' | 'radios' | 'select';
  listAccounts?: number | { name: string; webhooks?: boolean }[];
  accountControls?: 'checkboxes' | 'checkbox-rows' | 'dropdowns';
  accountUuid?: string;
  rowAttributes?: boolean;
  accountExtraResources?: string[];
  accountLevelTexts?: Record<string, string>;
  accountRowLabels?: Record<string, string>;
}

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  // Playwright's own browser, where one is installed.
  return chromium.executablePath();
}

export function newProfileDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'scopekeeper-profile-'));
}

export async function launchWithExtension(userDataDir: string): Promise<BrowserContext> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build:chrome" first.`);
  }
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A fresh install opens the options page (to ask for a passphrase early). Let that tab arrive
 * before a test opens its own, or Chrome may load it into the test's tab.
 */
export async function waitForInstallTab(context: BrowserContext): Promise<Page> {
  const isOptions = (p: Page) => /^chrome-extension:\/\/[^/]+\/options\.html/.test(p.url());
  // Polled, not a 'page' event: Chrome often loads the options page into the context's initial
  // about:blank tab, which already exists, so no new page is ever announced.
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
    const open = context.pages().find(isOptions);
    if (open) return open;
  }
  throw new Error('The install did not open the options page within 15 s');
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

/** Serves the fixture control panel on the real host and blocks everything else. */
export class ControlPanelServer {
  config: FixtureConfig = {};
  readonly blocked: string[] = [];

  async install(context: BrowserContext): Promise<void> {
    if (!existsSync(path.join(FIXTURE_DIST, 'index.html'))) {
      throw new Error(`No fixture build in ${FIXTURE_DIST}: run "npm run fixture:build" first.`);
    }
    const html = readFileSync(path.join(FIXTURE_DIST, 'index.html'), 'utf8');
    // Only web requests: the extension's own pages (chrome-extension://) load untouched.
    await context.route((url) => url.protocol === 'https:' || url.protocol === 'http:', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== STORE_ORIGIN && url.origin !== ACCOUNTS_ORIGIN && !/^https:\/\/store-[a-z0-9]+\.mybigcommerce\.com$/.test(url.origin)) {
        this.blocked.push(url.href);
        return route.abort('blockedbyclient');
      }
      if (url.pathname.startsWith('/__fixture__/')) {
        const file = path.join(FIXTURE_DIST, path.normalize(url.pathname.slice('/__fixture__/'.length)));
        if (!file.startsWith(FIXTURE_DIST) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
        return route.fulfill({ path: file });
      }
      // Every document under the host is the single-page app, as on the real panel.
      const inject = `<script>window.__FIXTURE_CONFIG__=${JSON.stringify(this.config)}</script>`;
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html.replace('<head>', `<head>${inject}`) });
    });
  }
}

/** Waits for the fixture's create form to be rendered (its own readiness flag). */
export async function waitForFixtureForm(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __FIXTURE__?: { ready?: boolean } }).__FIXTURE__?.ready === true);
}

export interface FixtureState {
  tokenType: string;
  name: string;
  scopes: Record<string, string>;
  /** The Stencil-CLI access level as displayed; null on the V2/V3 form. */
  access: string | null;
}

export async function fixtureState(page: Page): Promise<FixtureState> {
  return page.evaluate(() => (window as unknown as { __FIXTURE__: { state: () => FixtureState } }).__FIXTURE__.state());
}

export async function fixtureSaveCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __FIXTURE__: { saveCount: number } }).__FIXTURE__.saveCount);
}

interface Fixtures {
  userDataDir: string;
  context: BrowserContext;
  server: ControlPanelServer;
  worker: Worker;
  extensionId: string;
}

export const test = base.extend<Fixtures>({
  userDataDir: async ({}, use) => {
    await use(newProfileDir());
  },
  server: async ({}, use) => {
    await use(new ControlPanelServer());
  },
  context: async ({ userDataDir, server }, use) => {
    const context = await launchWithExtension(userDataDir);
    await server.install(context);
    await waitForInstallTab(context);
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;

/** Opens a control-panel URL in a fresh tab with the given fixture configuration. */
export async function openPanel(
  context: BrowserContext,
  server: ControlPanelServer,
  pathname: string,
  config: FixtureConfig = {},
  origin: string = STORE_ORIGIN,
): Promise<Page> {
  server.config = config;
  const page = await context.newPage();
  await page.goto(`${origin}${pathname}`);
  return page;
}

/** The id of the active tab, asked of the extension's service worker. */
export async function activeTabId(worker: Worker): Promise<number> {
  const id = await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  });
  if (typeof id !== 'number') throw new Error('No active tab');
  return id;
}

/**
 * Picks an option of the in-page panel's preset <select> with the keyboard. The panel acts only
 * on trusted events, and Playwright's selectOption dispatches synthetic ones (as a page script
 * could), which the panel rightly ignores.
 */
export async function chooseByKeyboard(select: Locator, label: string): Promise<void> {
  // The panel appears once the page's form, the presets and the on-demand UI are there:
  // allTextContents() does not wait, so wait for the option first.
  await expect(select.locator('option', { hasText: label }).first()).toBeAttached();
  const labels = (await select.locator('option').allTextContents()).map((l) => l.trim());
  const target = labels.indexOf(label);
  if (target < 0) throw new Error(`No option "${label}" in ${JSON.stringify(labels)}`);
  await select.focus();
  const current = await select.evaluate((s) => (s as HTMLSelectElement).selectedIndex);
  const key = target > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(target - current); i++) await select.press(key);
  await expect(select).toHaveJSProperty('selectedIndex', target);
  // The option the keys reached is the one asked for (not only its index in a list read before).
  expect((await select.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '')).trim()).toBe(label);
}
