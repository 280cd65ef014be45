/**
 * Chromium with the built extension and the fixture control panel on its real host, for the
 * demo and the screenshots (the e2e harness does the same for tests, always headless). Run
 * from scripts with Node's type stripping, hence the explicit .ts import.
 */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ControlPanelServer, EXTENSION_DIR, chromiumPath, newProfileDir } from '../tests/e2e/harness.ts';

export interface ExtensionBrowser {
  context: BrowserContext;
  server: ControlPanelServer;
  worker: Worker;
  extensionId: string;
}

export interface LaunchOptions {
  headless: boolean;
  /** null: the window's own size (headed). */
  viewport?: { width: number; height: number } | null;
  deviceScaleFactor?: number;
  /** Let requests to other sites through (the demo's "Source" links); the fixture host stays local. */
  allowOtherSites?: boolean;
  args?: string[];
  /** The pages' language (navigator.language, Accept-Language); 'en-US' unless given. The
   *  extension's own i18n follows the browser's UI language, which `args` (`--lang=…`) may set. */
  locale?: string;
}

export async function launchExtensionBrowser(options: LaunchOptions): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build:chrome".`);
  const context = await chromium.launchPersistentContext(newProfileDir(), {
    executablePath: chromiumPath(),
    headless: options.headless,
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
    ignoreDefaultArgs: ['--disable-extensions'],
    acceptDownloads: true,
    locale: options.locale ?? 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.args ?? []),
    ],
  });
  const server = new ControlPanelServer();
  await server.install(context);
  if (options.allowOtherSites) {
    // Registered later, so Playwright asks it first: anything but a control-panel host goes out.
    await context.route(
      (url) => (url.protocol === 'https:' || url.protocol === 'http:') && !/^store-[a-z0-9]+\.mybigcommerce\.com$/.test(url.hostname),
      (route) => route.continue(),
    );
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, server, worker, extensionId: new URL(worker.url()).host };
}

/**
 * The options page a fresh install opens. It may load into the window's first tab (no new page
 * event), so poll the open pages rather than wait for one to be created.
 */
