/**
 * Helpers for the capture and vault e2e specs: driving the fixture's Save, the options page's
 * vault section, downloads, and dumps of everything the extension stores or the page shows, so
 * tests can assert that no secret leaked there.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Download, Locator, Page, Worker } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, waitForFixtureForm } from './harness';

export const PASSPHRASE = 'correct horse battery staple';

export interface FixtureCredentials {
  clientId: string;
  clientSecret: string;
  accessToken: string;
}

export interface FixtureSave {
  name: string;
  apiPath: string;
  credentials: FixtureCredentials;
  txt: string;
  fileName: string;
}

export function secretsOf(c: FixtureCredentials): string[] {
  return [c.clientId, c.clientSecret, c.accessToken];
}

/** Fills the name, presses Save and then Escape straight away, like a merchant dismissing the
 *  pop-up without reading it. */
export async function saveAndEscape(page: Page, name: string): Promise<void> {
  await waitForFixtureForm(page);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.keyboard.press('Escape');
  // BigDesign's Modal listens for Esc on the dialog itself, and its focus trap moves focus there
  // a little later (sometimes not at all in a cold headless tab): a key pressed while focus is
  // still on Save is ignored by the page itself. Then focus the dialog and press again.
  await expect(async () => {
    const dialog = page.getByRole('dialog');
    if ((await dialog.count()) > 0) {
      await dialog.first().focus();
      await page.keyboard.press('Escape');
    }
    await expect(dialog).toHaveCount(0, { timeout: 250 });
  }).toPass({ timeout: 5_000 });
}

export async function fixtureSaves(page: Page): Promise<FixtureSave[]> {
  return page.evaluate(() => (window as unknown as { __FIXTURE__: { saves: FixtureSave[] } }).__FIXTURE__.saves);
}

/** The page's capture notice (in Scopekeeper's shadow root; Playwright pierces open roots). */
export function captureNotice(page: Page): Locator {
  return page.locator('scopekeeper-notice');
}

export async function expectCaptured(page: Page): Promise<void> {
  await expect(captureNotice(page)).toContainText('Credentials captured and encrypted', { timeout: 10_000 });
}

/**
 * Stops the extension's service worker the way Chrome does after 30 idle seconds, through an
 * extension page's DevTools session, once it reports stopped. Returns its running status as it
 * changes after that ('running' once something wakes it).
 */
export async function stopServiceWorker(context: BrowserContext, extensionPage: Page): Promise<() => string> {
  const cdp = await context.newCDPSession(extensionPage);
  let status = '';
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: Array<{ runningStatus: string; scriptURL: string }> }) => {
    for (const v of event.versions) if (v.scriptURL.endsWith('/background.js')) status = v.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => status).toBe('stopped');
  return () => status;
}

export async function openVault(context: BrowserContext, extensionId: string, options: { fakeClock?: boolean } = {}): Promise<Page> {
  const page = await context.newPage();
  if (options.fakeClock) await page.clock.install();
  const url = `chrome-extension://${extensionId}/options.html`;
  try {
    await page.goto(url);
  } catch (error) {
    // On first install the background opens the options page itself (runtime.openOptionsPage),
    // which may take over the tab being opened here: it still ends up on the same page.
    if (!/interrupted by another navigation/.test(String(error))) throw error;
    await page.waitForURL(url);
  }
  await expect(page.getByRole('heading', { name: 'Credentials', exact: true, level: 2 })).toBeVisible();
  return page;
}

/** Adds a record the way "Import files" does, from text in BigCommerce's file format. */
export async function importTxt(page: Page, fileName: string, text: string): Promise<void> {
  await page.getByLabel('Import files', { exact: true }).setInputFiles({ name: fileName, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
}

/** A .txt as BigCommerce writes it (variant A), with made-up values in the documented formats. */
export function bigCommerceTxt(name: string, c: FixtureCredentials, storeHash = 'abc123'): string {
  return (
    `ACCESS TOKEN: ${c.accessToken}\n` +
    `CLIENT NAME: ${name}\n` +
    `API PATH: https://api.bigcommerce.com/stores/${storeHash}/v3/\n` +
    `CLIENT ID: ${c.clientId}\n` +
    `CLIENT SECRET: ${c.clientSecret}\n`
  );
}

/** Random credentials in the documented formats (docs/control-panel-facts.md §10). */
export function randomCredentials(): FixtureCredentials {
  const pick = (alphabet: string, n: number) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => alphabet[b % alphabet.length]).join('');
  const alnum = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return { clientId: pick(alnum, 31), clientSecret: pick('0123456789abcdef', 64), accessToken: pick(alnum, 31) };
}

function vaultList(page: Page): Locator {
  return page.getByRole('list', { name: 'Captured credentials' });
}

/** The record items themselves (not the flag and scope lists nested inside them). */
export function vaultRecords(page: Page): Locator {
  return vaultList(page).locator(':scope > li');
}

/** Buttons that need the unlocked key (everything but "Edit label and note", which works on the
 *  clear annotations while locked). */
export function lockedActions(item: Locator): Locator {
  return item.getByRole('button').filter({ hasNotText: 'Edit label and note' });
}

export function vaultItem(page: Page, name: string): Locator {
  return vaultList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name, exact: true }) });
}

/** First run: set the vault passphrase (Argon2id, about a second) and wait until unlocked. */
export async function createVault(page: Page, passphrase: string = PASSPHRASE): Promise<void> {
  await page.getByLabel('New passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Confirm passphrase', { exact: true }).fill(passphrase);
  // As a user sees it: the meter's verdict, then the click.
  await expect(page.getByText(/^Strength: /)).toBeVisible();
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible({ timeout: 15_000 });
}

export async function unlockVault(page: Page, passphrase: string = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible({ timeout: 15_000 });
}

export async function downloadText(page: Page, item: Locator, button: 'Download .txt' | 'Download JSON' | 'Download .env'): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: button, exact: true }).click()]);
  return { name: download.suggestedFilename(), text: await readDownload(download) };
}

async function readDownload(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

/** Everything a page script could read in the document: text, attribute values and form values,
 *  open shadow roots included; elements matching `skip` (e.g. the page's own pop-up) left out,
 *  and <script> elements too (the harness injects the fixture's configuration, fixed
 *  credentials included, as an inline script). */
export async function pageReadableText(page: Page, skip = '[role="dialog"]'): Promise<string> {
  return page.evaluate((skipSelector) => {
    const parts: string[] = [];
    const walk = (root: Document | ShadowRoot | Element) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.closest(skipSelector) || el.closest('script')) continue;
        for (const attr of Array.from(el.attributes)) parts.push(attr.value);
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) parts.push(el.value);
        for (const node of Array.from(el.childNodes)) if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return parts.join('\n');
  }, skip);
}

/**
 * A dump of everything the extension keeps: chrome.storage local/session/sync and every
 * IndexedDB database of the extension origin, from the service worker. Byte arrays are decoded as
 * Latin-1 so an ASCII secret stored as bytes would still show up; CryptoKeys become a
 * description (their key material cannot be read, which is the point).
 */
export async function dumpExtensionStorage(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    type Area = { get: (keys: null) => Promise<Record<string, unknown>> };
    const chromeApi = (globalThis as unknown as { chrome: { storage: { local: Area; session: Area; sync: Area } } }).chrome;
    const out: Record<string, unknown> = {
      local: await chromeApi.storage.local.get(null),
      session: await chromeApi.storage.session.get(null),
      sync: await chromeApi.storage.sync.get(null),
    };
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
      });
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      const stores: Record<string, unknown> = {};
      for (const storeName of Array.from(db.objectStoreNames)) {
        const store = db.transaction(storeName).objectStore(storeName);
        stores[storeName] = { keys: await request(store.getAllKeys()), values: await request(store.getAll()) };
      }
      db.close();
      out[`idb:${info.name}`] = stores;
    }
    const bytes = (b: Uint8Array) => Array.from(b, (x) => String.fromCharCode(x)).join('');
    return JSON.stringify(out, (_key, value: unknown) => {
      if (value instanceof CryptoKey) return { cryptoKey: value.type, extractable: value.extractable, algorithm: value.algorithm.name };
      if (value instanceof ArrayBuffer) return bytes(new Uint8Array(value));
      if (ArrayBuffer.isView(value)) return bytes(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      return value;
    });
  });
}

export function expectNoSecretsIn(haystack: string, secrets: readonly string[], where: string): void {
  for (const secret of secrets) {
    expect(secret.length, 'a secret worth searching for').toBeGreaterThan(8);
    expect(haystack.includes(secret), `${where} contains a secret value`).toBe(false);
  }
}

/** Number of records in the vault's IndexedDB, read from the service worker. */
export async function storedRecordCount(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    // Never open a database that does not exist yet: that would create it empty, at version 1,
    // and the extension's own upgrade (which creates the stores) would then never run.
    if (!(await indexedDB.databases()).some((d) => d.name === 'scopekeeper-vault')) return 0;
    const open = indexedDB.open('scopekeeper-vault');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
    });
    try {
      if (!db.objectStoreNames.contains('records')) return 0;
      const count = db.transaction('records').objectStore('records').count();
      return await new Promise<number>((resolve, reject) => {
        count.onsuccess = () => resolve(count.result);
        count.onerror = () => reject(count.error ?? new Error('IndexedDB request failed'));
      });
    } finally {
      db.close();
    }
  });
}

/** axe on the vault section only (the rest of the page belongs to other specs). */
export async function expectNoViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('section.vault').analyze();
  expect(results.passes.some((p) => p.id === 'color-contrast'), `${state}: axe checked contrast`).toBe(true);
  const found = results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.replace(/\s+/g, ' ') ?? ''})`));
  expect(found, state).toEqual([]);
}
