/**
 * Launching for benchmarks: the e2e harness's Chromium with the built extension, the same
 * Chromium without it (the A/B baseline for main-thread cost), and stopping the extension's
 * service worker to measure a cold start.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import path from 'node:path';
import { ControlPanelServer, ROOT, chromiumPath, newProfileDir } from '../tests/e2e/harness';

/** The snapshot of .output/chrome-mv3 the benchmarks load and measure (global-setup.ts). */
export const BENCH_EXTENSION_DIR = path.join(ROOT, '.output/bench/chrome-mv3');

export interface Session {
  context: BrowserContext;
  server: ControlPanelServer;
  close: () => Promise<void>;
}

/** The e2e harness's flags (tests/e2e/harness.ts), so the only difference between A and B is the extension. */
async function launch(userDataDir: string, extension: boolean): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    acceptDownloads: true,
    ...(extension ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
    args: [
      ...(extension ? [`--disable-extensions-except=${BENCH_EXTENSION_DIR}`, `--load-extension=${BENCH_EXTENSION_DIR}`] : []),
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * The options page a fresh install opens. It may load into the window's first tab (no new page
 * event), so poll the open pages rather than wait for one to be created.
 */
async function installTab(context: BrowserContext): Promise<Page> {
  for (let i = 0; i < 150; i++) {
    const page = context.pages().find((p) => /^chrome-extension:\/\/[^/]+\/options\.html/.test(p.url()));
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The install tab (options page) did not open');
}

export async function startSession({ extension }: { extension: boolean }): Promise<Session> {
  const userDataDir = newProfileDir();
  const context = await launch(userDataDir, extension);
  // A fresh install opens the options page. Close it: an open vault page reloads its list on
  // every capture (it is told about new records), which would add work to what is measured.
  if (extension) await (await installTab(context)).close();
  const server = new ControlPanelServer();
  await server.install(context);
  return { context, server, close: () => context.close() };
}

/**
 * Stops the extension's service worker the way chrome://serviceworker-internals' Stop button
 * does (there is no CDP call for extension workers in a persistent context), and waits until
 * the page reports it STOPPED.
 */
export async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page: Page = await context.newPage();
  try {
    await page.goto('chrome://serviceworker-internals/');
    const registration = page.locator('.serviceworker-registration').filter({ hasText: `chrome-extension://${extensionId}/` });
    await registration.getByRole('button', { name: 'Stop' }).first().click();
    for (let i = 0; i < 50; i++) {
      await page.reload();
      const status = await registration.locator('.serviceworker-running-status .value').first().textContent();
      if (status?.trim() === 'STOPPED') return;
      await page.waitForTimeout(100);
    }
    throw new Error('The extension service worker did not stop');
  } finally {
    await page.close();
  }
}

/**
 * Chooses a preset the way the popup does (an intent from an extension page to the background),
 * so the preset state and the chosen preset's snapshot are written as for a merchant.
 */
export async function choosePreset(context: BrowserContext, extensionId: string, id: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  const reply = await page.evaluate(
    (presetId) => (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'presets:select', id: presetId }),
    id,
  );
  await page.close();
  if (!(reply as { ok?: boolean } | undefined)?.ok) throw new Error(`Choosing the preset ${id} failed`);
}
