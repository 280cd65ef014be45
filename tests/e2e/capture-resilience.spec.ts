/**
 * Issue 11, end to end on the real-BigDesign fixture: a capture is never lost (extension disabled
 * and re-enabled under an open tab (a reload through chrome://extensions leaves a command-line
 * loaded extension disabled in this Chromium, so re-enabling is the reachable path), pop-up in another language or with a token only, a failed
 * write), never switched off by the page (a forged "content-script-started" event), and a forged
 * pop-up is stored but flagged. Latencies are logged (never asserted): Save click → "captured".
 */
import type { Page } from '@playwright/test';
import { CREATE_PATH, chooseByKeyboard, expect, openPanel, test, waitForFixtureForm } from './harness';
import {
  captureNotice,
  createVault,
  downloadText,
  expectCaptured,
  fixtureSaves,
  openVault,
  storedRecordCount,
  vaultItem,
} from './vault-helpers';

const panelOf = (page: Page) => page.getByRole('region', { name: 'Scopekeeper' });

async function save(page: Page, name: string): Promise<number> {
  await waitForFixtureForm(page);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  const start = Date.now();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  return start;
}

async function timedCapture(page: Page, name: string, label: string): Promise<void> {
  const start = await save(page, name);
  await expectCaptured(page);
  console.log(`[figure] ${label}: stored, ${Date.now() - start} ms from Save to "captured"`);
}

async function setEnabled(page: Page, extensionId: string, enabled: boolean): Promise<void> {
  await page.evaluate(
    ([id, on]) => (globalThis as unknown as { chrome: { management: { setEnabled: (id: string, on: boolean) => Promise<void> } } }).chrome.management.setEnabled(id, on),
    [extensionId, enabled] as const,
  );
}

test('a page that relays every message as the started event cannot stop capture', async ({ context, server, worker }) => {
  const page = await openPanel(context, server, CREATE_PATH, { variant: 'bigdesign' });
  await waitForFixtureForm(page);
  // The runtime id of a published extension is public; WXT's event name is built from it.
  const started = `${new URL(worker.url()).host}:bc:wxt:content-script-started`;
  await page.evaluate((name) => {
    const forge = (type: string) => {
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'bc', messageId: 'forged' } }));
      window.postMessage({ type, contentScriptName: 'bc', messageId: 'forged' }, '*');
    };
    // Whatever message the page sees, it replays as the started event.
    addEventListener('message', (e: MessageEvent<unknown>) => {
      const type = typeof e.data === 'object' && e.data && 'type' in e.data ? String(e.data.type) : '';
      if (type && (e.data as { messageId?: string }).messageId !== 'forged') forge(type);
    });
    forge(name);
  }, started);
  await expect(panelOf(page)).toHaveCount(1);
  await timedCapture(page, 'After a forged handshake', 'forged started event');
  expect(await storedRecordCount(worker)).toBe(1);
});

test('disabled, then re-enabled with the create page open: the record is stored once, no stale panel', async ({ context, server, extensionId }) => {
  const page = await openPanel(context, server, CREATE_PATH, { variant: 'bigdesign' });
  await waitForFixtureForm(page);
  const extensions = await context.newPage();
  await extensions.goto('chrome://extensions');
  await setEnabled(extensions, extensionId, false);
  // The orphan takes its panel and markers off the page by itself.
  await expect(page.locator('scopekeeper-panel, scopekeeper-marker')).toHaveCount(0, { timeout: 5_000 });
  await setEnabled(extensions, extensionId, true);
  await expect(panelOf(page)).toHaveCount(1, { timeout: 15_000 });
  await page.bringToFront();
  await timedCapture(page, 'After re-enable', 'disabled and re-enabled');
  const vault = await openVault(context, extensionId);
  await expect(vaultItem(vault, 'After re-enable')).toHaveCount(1);
  await expect(page.locator('scopekeeper-panel')).toHaveCount(1);
});

test('disabled with the create page open: the pop-up gets a notice to copy the values by hand', async ({ context, server, extensionId }) => {
  const page = await openPanel(context, server, CREATE_PATH, { variant: 'bigdesign' });
  await waitForFixtureForm(page);
  const extensions = await context.newPage();
  await extensions.goto('chrome://extensions');
  await setEnabled(extensions, extensionId, false);
  await expect(page.locator('scopekeeper-panel')).toHaveCount(0, { timeout: 5_000 });
  await page.bringToFront();
  await save(page, 'While disabled');
  await expect(captureNotice(page).getByRole('alert')).toContainText('cannot save these credentials');
  await expect(captureNotice(page)).toContainText('Copy the Client ID, Client Secret and Access Token by hand now');
  console.log('[figure] extension disabled: not stored (nothing can be), the page says so');
});

test('a French pop-up: all three values kept, with their labels', async ({ context, server, extensionId }) => {
  const page = await openPanel(context, server, CREATE_PATH, { variant: 'bigdesign', popupLanguage: 'fr' });
  await timedCapture(page, 'Boutique FR', 'French pop-up');
  const [fixtureSave] = await fixtureSaves(page);
  const vault = await openVault(context, extensionId);
  await createVault(vault);
  const json = JSON.parse((await downloadText(vault, vaultItem(vault, 'Boutique FR'), 'Download JSON')).text) as Record<string, unknown>;
  const c = fixtureSave!.credentials;
  // Understood (the French table) or not, every value is there, next to its label.
  const labelled = (json.labelled ?? []) as Array<{ label: string; value: string }>;
  const byField = { clientId: json.clientId, clientSecret: json.clientSecret, accessToken: json.accessToken };
  for (const [field, label] of [
    ['clientId', 'ID client'],
    ['clientSecret', 'Secret client'],
    ['accessToken', "Jeton d'accès"],
  ] as const) {
    const asField = byField[field] === c[field];
    const asLabelled = labelled.some((l) => l.value === c[field] && l.label === label);
    expect(asField || asLabelled, `${field} kept`).toBe(true);
  }
});

test('labels no table knows: every value sealed with its label, flagged, shown in the vault', async ({ context, server, extensionId }) => {
  const page = await openPanel(context, server, CREATE_PATH, { variant: 'bigdesign', popupLanguage: 'nl' });
  await timedCapture(page, 'Winkel NL', 'pop-up with unknown labels');
  const [fixtureSave] = await fixtureSaves(page);
  const vault = await openVault(context, extensionId);
  const item = vaultItem(vault, 'Winkel NL');
  await expect(item.getByRole('list', { name: 'Notes on this credential' })).toContainText("The pop-up's labels were not understood");
  await createVault(vault);
  const json = JSON.parse((await downloadText(vault, item, 'Download JSON')).text) as { labelled: Array<{ label: string; value: string }> };
  const c = fixtureSave!.credentials;
  expect(json.labelled).toEqual([
    { label: 'Klant-ID', value: c.clientId },
    { label: 'Klantgeheim', value: c.clientSecret },
    { label: 'Toegangstoken', value: c.accessToken },
  ]);
});

test('a token-only Stencil-CLI pop-up is a complete capture, stored and exported', async ({ context, server, extensionId }) => {
  const page = await openPanel(context, server, CREATE_PATH, { variant: 'bigdesign', popupContent: 'token-only', tokenTypeDefault: 'Stencil-CLI token' });
  await timedCapture(page, 'Theme dev', 'token-only pop-up');
  await expect(captureNotice(page)).not.toContainText('Not found in the pop-up');
  const [fixtureSave] = await fixtureSaves(page);
  const vault = await openVault(context, extensionId);
  const item = vaultItem(vault, 'Theme dev');
  await expect(item).toContainText('Stencil-CLI');
  await createVault(vault);
  const json = JSON.parse((await downloadText(vault, item, 'Download JSON')).text) as Record<string, unknown>;
  expect(json.accessToken).toBe(fixtureSave!.credentials.accessToken);
  expect(fixtureSave!.txt).not.toContain('CLIENT ID');
});

test('a pop-up drawn by a page script without a trusted Save is stored, flagged no-trusted-save', async ({ context, server, extensionId, worker }) => {
  const page = await openPanel(context, server, CREATE_PATH, { variant: 'bigdesign' });
  await waitForFixtureForm(page);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Forged pop-up');
  await page.evaluate(() => {
    // The page's own click() is not trusted; neither is its pop-up.
    document.querySelector<HTMLButtonElement>('button[type="submit"], button')?.blur();
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const id = 'q4w8e1r5t9y3u7i2o6p0a4s8d1f5g9h';
    dialog.innerHTML = `<h2>BigCommerce API Credentials</h2><dl><dt>Client ID</dt><dd>${id}</dd><dt>Client Secret</dt><dd>${'ab'.repeat(32)}</dd><dt>Access Token</dt><dd>z1x5c9v3b7n2m6l0k4j8h1g5f9d3s7a</dd></dl>`;
    document.body.append(dialog);
  });
  await expectCaptured(page);
  expect(await storedRecordCount(worker)).toBe(1);
  const vault = await openVault(context, extensionId);
  await expect(vaultItem(vault, 'Forged pop-up').getByRole('list', { name: 'Notes on this credential' })).toContainText('No Save click or Enter came before this pop-up');
});

test('a real click on a cookie banner’s button is not a Save: the pop-up the page draws afterwards is flagged', async ({ context, server, extensionId, worker }) => {
  const page = await openPanel(context, server, CREATE_PATH, { variant: 'bigdesign' });
  await waitForFixtureForm(page);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('After the banner');
  await page.evaluate(() => {
    const banner = document.createElement('div');
    banner.setAttribute('role', 'region');
    banner.setAttribute('aria-label', 'Cookies');
    banner.innerHTML = '<p>We use cookies.</p><button type="button">Accept</button>';
    document.body.prepend(banner);
  });
  // A real (trusted) click, on the page's own button: not the form's Save.
  await page.getByRole('region', { name: 'Cookies' }).getByRole('button', { name: 'Accept' }).click();
  await page.evaluate(() => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.innerHTML = `<h2>BigCommerce API Credentials</h2><dl><dt>Client ID</dt><dd>k3j8h1g5f9d3s7a2q4w8e1r5t9y3u7i</dd><dt>Client Secret</dt><dd>${'cd'.repeat(32)}</dd><dt>Access Token</dt><dd>m6l0k4j8h1g5f9d3s7a1z1x5c9v3b7n</dd></dl>`;
    document.body.append(dialog);
  });
  await expectCaptured(page);
  expect(await storedRecordCount(worker)).toBe(1);
  const vault = await openVault(context, extensionId);
  await expect(vaultItem(vault, 'After the banner').getByRole('list', { name: 'Notes on this credential' })).toContainText('No Save click or Enter came before this pop-up');
});

test('a real click on the form’s own Save makes the capture trusted (no flag)', async ({ context, server, extensionId, worker }) => {
  const page = await openPanel(context, server, CREATE_PATH, { variant: 'bigdesign' });
  await save(page, 'Saved for real');
  await expectCaptured(page);
  expect(await storedRecordCount(worker)).toBe(1);
  const vault = await openVault(context, extensionId);
  await expect(vaultItem(vault, 'Saved for real')).not.toContainText('No Save click or Enter came before this pop-up');
});

test('20 tabs capture within a minute: all stored; a 21st tab flooding fake pop-ups is bounded', async ({ context, server, worker }) => {
  test.setTimeout(180_000);
  const pages: Page[] = [];
  for (let i = 1; i <= 20; i++) pages.push(await openPanel(context, server, CREATE_PATH, { variant: 'bigdesign' }));
  const start = Date.now();
  for (const [i, page] of pages.entries()) {
    await page.bringToFront();
    await save(page, `Tab ${i + 1}`);
  }
  for (const page of pages) await expectCaptured(page);
  console.log(`[figure] 20 tabs: 20 stored in ${Date.now() - start} ms`);
  expect(await storedRecordCount(worker)).toBe(20);

  const flood = await openPanel(context, server, '/manage/settings/api-accounts', { variant: 'bigdesign' });
  await flood.waitForLoadState('load');
  await flood.evaluate(async () => {
    const pick = () => Array.from(crypto.getRandomValues(new Uint8Array(31)), (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('');
    for (let i = 0; i < 100; i++) {
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      dialog.innerHTML = `<h2>BigCommerce API Credentials</h2><dl><dt>Client ID</dt><dd>${pick()}</dd><dt>Client Secret</dt><dd>${pick()}</dd><dt>Access Token</dt><dd>${pick()}</dd></dl>`;
      document.body.append(dialog);
      await new Promise((r) => setTimeout(r, 5));
      dialog.remove();
    }
  });
  await expect(captureNotice(flood)).toContainText(/not stored yet|captured/);
  await flood.waitForTimeout(3000);
  const total = await storedRecordCount(worker);
  console.log(`[figure] 21st tab, 100 fake pop-ups: ${total - 20} stored, the rest held back`);
  expect(total - 20).toBeLessThanOrEqual(10);
});

test('the page cannot drive the panel: click() and synthetic change do nothing', async ({ context, server }) => {
  const page = await openPanel(context, server, CREATE_PATH, { variant: 'bigdesign' });
  await waitForFixtureForm(page);
  const panel = panelOf(page);
  await expect(panel.getByRole('status')).toBeVisible();
  const before = await page.evaluate(() => (window as unknown as { __FIXTURE__: { state: () => unknown } }).__FIXTURE__.state());
  await page.evaluate(() => {
    const root = document.querySelector('scopekeeper-panel')!.shadowRoot!;
    const select = root.querySelector('select')!;
    select.value = 'modern-retail-integration';
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    root.querySelector('button')!.click();
  });
  // Give the panel every chance to act (a fill takes well under this).
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as { __FIXTURE__: { state: () => unknown } }).__FIXTURE__.state())).toEqual(before);
  await expect(panel.getByRole('status')).toContainText('Choose a preset');
  // The user's own keyboard still works.
  await chooseByKeyboard(panel.getByLabel('Preset'), 'Modern Retail Integration');
  await expect(panel.getByRole('status')).toHaveText(/^\d+ rows to change\.$/);
});

test('a failed write keeps the values in the tab, says so, and a retry stores them once', async ({ context, server, worker, extensionId }) => {
  const page = await openPanel(context, server, CREATE_PATH, { variant: 'bigdesign' });
  await waitForFixtureForm(page);
  // The service worker's IndexedDB writes fail, as when the disk is full.
  await worker.evaluate(() => {
    const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
    proto.__realPut = proto.put;
    proto.__realAdd = proto.add;
    proto.put = proto.add = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const start = await save(page, 'After a full disk');
  await expect(captureNotice(page)).toContainText('Credentials kept, not stored yet');
  expect(await storedRecordCount(worker)).toBe(0);
  await worker.evaluate(() => {
    const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
    proto.put = proto.__realPut;
    proto.add = proto.__realAdd;
  });
  await expectCaptured(page);
  console.log(`[figure] failed write: stored on retry, ${Date.now() - start} ms from Save`);
  await page.waitForTimeout(6000);
  expect(await storedRecordCount(worker)).toBe(1);
  const vault = await openVault(context, extensionId);
  await expect(vaultItem(vault, 'After a full disk')).toHaveCount(1);
});
