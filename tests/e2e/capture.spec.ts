/**
 * Capture, end to end, in every fixture variant: the credentials pop-up is read the instant it
 * is inserted (closed by Esc at once, or removed by the page in the same task), sealed by the
 * service worker into the extension's IndexedDB, listed in the options page, and exported byte
 * for byte. Nothing secret may reach the page DOM, extension storage in plaintext, or the network.
 */
import type { BrowserContext, Page } from '@playwright/test';
import {
  CREATE_PATH,
  ControlPanelServer,
  STORE_HASH,
  VARIANTS,
  expect,
  launchWithExtension,
  openPanel,
  test,
  extensionWorker,
  waitForFixtureForm,
  type Variant,
} from './harness';
import {
  captureNotice,
  createVault,
  downloadText,
  dumpExtensionStorage,
  expectCaptured,
  expectNoSecretsIn,
  fixtureSaves,
  openVault,
  pageReadableText,
  saveAndEscape,
  secretsOf,
  stopServiceWorker,
  storedRecordCount,
  unlockVault,
  lockedActions,
  vaultItem,
  vaultRecords,
} from './vault-helpers';

const FIXED = {
  clientId: 'k2m9q4w7e1r5t8y3u6i0o2p5a8s1d4f',
  clientSecret: '9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0',
  accessToken: 'z7x3c9v1b5n8m2l6k0j4h7g1f5d9s3a',
};

/** The markup each variant does not use by default, so both markups are covered everywhere. */
const OTHER_MARKUP: Record<Variant, 'inputs' | 'text'> = { bigdesign: 'text', legacy: 'inputs', native: 'text' };

const today = () => new Date().toISOString().slice(0, 10);

for (const variant of VARIANTS) {
  test(`Esc at once, before any passphrase exists: sealed, listed, exported byte for byte (${variant})`, async ({
    context,
    server,
    worker,
    extensionId,
  }) => {
    const page = await openPanel(context, server, CREATE_PATH, { variant, credentials: FIXED });
    await saveAndEscape(page, `Esc ${variant} sync`);
    await expectCaptured(page);
    await expect(captureNotice(page)).toContainText('Delete the .txt file BigCommerce downloaded');
    const [save] = await fixtureSaves(page);
    expect(save?.credentials).toEqual(FIXED);

    // The pop-up is gone, and nothing Scopekeeper added to the page holds a secret.
    expectNoSecretsIn(await pageReadableText(page), secretsOf(FIXED), 'the page DOM');
    // The vault is the extension origin's database, never the page's.
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('scopekeeper-vault');
    expectNoSecretsIn(await dumpExtensionStorage(worker), secretsOf(FIXED), 'extension storage (device key)');

    const vault = await openVault(context, extensionId);
    const item = vaultItem(vault, `Esc ${variant} sync`);
    await expect(item).toContainText(STORE_HASH);
    await expect(item).toContainText('V2/V3 API token');
    await expect(item.locator('time')).toHaveAttribute('datetime', new RegExp(`^${today()}T`));
    // No passphrase yet: listed, but nothing can be exported before one is set.
    await expect(lockedActions(item)).toHaveCount(0);

    await createVault(vault);
    const txt = await downloadText(vault, item, 'Download .txt');
    expect(txt.text).toBe(save!.txt);
    expect(txt.name).toBe(`bigcommerce-${STORE_HASH}-esc-${variant}-sync-${today()}.txt`);
    const json = JSON.parse((await downloadText(vault, item, 'Download JSON')).text) as Record<string, unknown>;
    expect(json).toMatchObject({ ...FIXED, name: `Esc ${variant} sync`, storeHash: STORE_HASH, apiPath: save!.apiPath });
    const env = (await downloadText(vault, item, 'Download .env')).text;
    expect(env).toContain(`BIGCOMMERCE_ACCESS_TOKEN='${FIXED.accessToken}'`);
    expect(env).toContain(`BIGCOMMERCE_CLIENT_SECRET='${FIXED.clientSecret}'`);

    expectNoSecretsIn(await pageReadableText(vault, 'never'), secretsOf(FIXED), 'the options page DOM');
    expectNoSecretsIn(await dumpExtensionStorage(worker), secretsOf(FIXED), 'extension storage (passphrase)');
    expect(server.blocked).toEqual([]);
  });

  test(`pop-up removed in the same task it was inserted, vault locked, ${OTHER_MARKUP[variant]} markup (${variant})`, async ({
    context,
    server,
    worker,
    extensionId,
  }) => {
    // Passphrase first: the capture then happens while the vault is locked, with the options
    // page open, which must show the new record without a reload.
    const vault = await openVault(context, extensionId);
    await createVault(vault);
    await vault.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect(vault.getByRole('button', { name: 'Unlock' })).toBeVisible();

    const page = await openPanel(context, server, CREATE_PATH, { variant, popup: 'remove-same-task', popupMarkup: OTHER_MARKUP[variant] });
    await waitForFixtureForm(page);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(`Same task ${variant}`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expectCaptured(page);
    const [save] = await fixtureSaves(page);
    // The fixture really did remove it at once: there was never a dialog to see.
    await expect(page).toHaveURL(/\/api-accounts$/);
    expectNoSecretsIn(await pageReadableText(page, 'never'), secretsOf(save!.credentials), 'the page DOM');

    const item = vaultItem(vault, `Same task ${variant}`);
    await expect(item).toContainText(STORE_HASH);
    await unlockVault(vault);
    expect((await downloadText(vault, item, 'Download .txt')).text).toBe(save!.txt);
    expectNoSecretsIn(await dumpExtensionStorage(worker), secretsOf(save!.credentials), 'extension storage');
    expect(server.blocked).toEqual([]);
  });

  test(`five tabs capturing at once all persist (${variant})`, async ({ context, server, worker, extensionId }) => {
    const pages: Page[] = [];
    for (let i = 1; i <= 5; i++) {
      const page = await openPanel(context, server, CREATE_PATH, { variant });
      await waitForFixtureForm(page);
      await page.getByRole('textbox', { name: 'Name', exact: true }).fill(`Parallel ${variant} ${i}`);
      pages.push(page);
    }
    await Promise.all(
      pages.map(async (page) => {
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        await page.keyboard.press('Escape');
      }),
    );
    // (Whether each Esc landed before the page listened for it does not matter here.)
    await Promise.all(pages.map((page) => expectCaptured(page)));
    expect(await storedRecordCount(worker)).toBe(5);

    const vault = await openVault(context, extensionId);
    await expect(vaultRecords(vault)).toHaveCount(5);
    await createVault(vault);
    for (const [i, page] of pages.entries()) {
      const [save] = await fixtureSaves(page);
      const item = vaultItem(vault, `Parallel ${variant} ${i + 1}`);
      expect((await downloadText(vault, item, 'Download .txt')).text).toBe(save!.txt);
    }
    await expect(vault.getByText('This record was altered or damaged')).toHaveCount(0);
    expect(server.blocked).toEqual([]);
  });
}

test('every record survives closing the browser and relaunching it on the same profile', async ({ context, server, extensionId, userDataDir }) => {
  // One capture per variant: the first before any passphrase exists, the others while locked.
  const saves: Array<{ name: string; txt: string }> = [];
  for (const variant of VARIANTS) {
    if (variant === 'legacy') {
      const vault = await openVault(context, extensionId);
      await createVault(vault);
      await vault.close();
    }
    const page = await openPanel(context, server, CREATE_PATH, { variant });
    await saveAndEscape(page, `Restart ${variant}`);
    await expectCaptured(page);
    const [save] = await fixtureSaves(page);
    saves.push({ name: `Restart ${variant}`, txt: save!.txt });
    await page.close();
  }
  expect(server.blocked).toEqual([]);
  await context.close();

  const again = await launchWithExtension(userDataDir);
  try {
    const server2 = new ControlPanelServer();
    await server2.install(again);
    await extensionWorker(again);
    const vault = await openVault(again, extensionId);
    await expect(vaultRecords(vault)).toHaveCount(3);
    await unlockVault(vault);
    for (const save of saves) {
      expect((await downloadText(vault, vaultItem(vault, save.name), 'Download .txt')).text).toBe(save.txt);
    }
    expect(server2.blocked).toEqual([]);
  } finally {
    await again.close();
  }
});

test('a capture wakes a stopped service worker and is stored', async ({ context, server, extensionId }) => {
  const vault = await openVault(context, extensionId);
  const status = await stopServiceWorker(context, vault);

  const page = await openPanel(context, server, CREATE_PATH, { variant: 'native' });
  await saveAndEscape(page, 'After a sleep');
  await expectCaptured(page);
  expect(status()).toBe('running');
  await expect(vaultItem(vault, 'After a sleep')).toContainText(STORE_HASH);
  expect(await storedRecordCount(await extensionWorker(context))).toBe(1);
});

/** A create form named `name`, with the worker stopped once the panel has settled, and the vault
 *  page open to watch for the record. */
async function stoppedBeforeSave(fixtures: { context: BrowserContext; server: ControlPanelServer; extensionId: string }, name: string, saveMs?: number) {
  const { context, server, extensionId } = fixtures;
  const vault = await openVault(context, extensionId);
  const page = await openPanel(context, server, CREATE_PATH, saveMs === undefined ? {} : { saveMs });
  await waitForFixtureForm(page);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await expect(page.getByRole('region', { name: 'Scopekeeper' })).toBeVisible();
  // The window's first click focuses it, and the panel asks the background again on focus:
  // focused before the worker stops, so only what the Save (or the way to it) sends can wake it.
  await page.getByRole('heading').first().click();
  await page.waitForTimeout(500);
  const status = await stopServiceWorker(context, vault);
  return { vault, page, status, save: page.getByRole('button', { name: 'Save', exact: true }) };
}

test('a trusted Save starts a stopped service worker while the control panel saves, before the pop-up appears', async ({ context, server, extensionId }) => {
  const { vault, page, status, save } = await stoppedBeforeSave({ context, server, extensionId }, 'Woken at Save', 3000);
  await save.click();
  // Running again while the pop-up is still to come: the Save, not the pop-up, woke it.
  await expect.poll(status, { timeout: 2000 }).toBe('running');
  expect(await page.getByRole('dialog').count()).toBe(0);
  await expectCaptured(page);
  await expect(vaultItem(vault, 'Woken at Save')).toContainText(STORE_HASH);
});

test('the pointer reaching Save starts a stopped service worker before the click', async ({ context, server, extensionId }) => {
  const { vault, page, status, save } = await stoppedBeforeSave({ context, server, extensionId }, 'Woken on the way to Save');
  await save.hover();
  // Running again with nothing clicked: the pointer on the form's Save woke it.
  await expect.poll(status, { timeout: 2000 }).toBe('running');
  expect(await page.getByRole('dialog').count()).toBe(0);
  await save.click();
  await expectCaptured(page);
  await expect(vaultItem(vault, 'Woken on the way to Save')).toContainText(STORE_HASH);
});

test('a pop-up whose values cannot be read: the page warns to copy them by hand, and nothing is stored', async ({ context, server, worker }) => {
  const page = await openPanel(context, server, CREATE_PATH);
  await waitForFixtureForm(page);
  await page.evaluate(() => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.innerHTML = '<h2>BigCommerce API Credentials</h2><dl><dt>Client ID</dt><dd></dd><dt>Client Secret</dt><dd></dd><dt>Access Token</dt><dd></dd></dl><button>Done</button>';
    document.body.append(dialog);
  });
  await expect(captureNotice(page).getByRole('alert')).toContainText('Scopekeeper could not read these credentials');
  await expect(captureNotice(page)).toContainText('Copy the Client ID, Client Secret and Access Token by hand');
  await page.waitForTimeout(500);
  expect(await storedRecordCount(worker)).toBe(0);
});

test('values filled into the pop-up after it appeared are still captured', async ({ context, server, worker, extensionId }) => {
  const page = await openPanel(context, server, CREATE_PATH);
  await waitForFixtureForm(page);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Late values');
  await page.evaluate(() => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.innerHTML = '<h2>BigCommerce API Credentials</h2><dl><dt>Client ID</dt><dd></dd><dt>Client Secret</dt><dd></dd><dt>Access Token</dt><dd></dd></dl>';
    document.body.append(dialog);
  });
  await expect(captureNotice(page)).toContainText('could not read');
  await page.evaluate((values) => {
    const cells = document.querySelectorAll('[role="dialog"] dd');
    [values.clientId, values.clientSecret, values.accessToken].forEach((v, i) => (cells[i]!.textContent = v));
  }, FIXED);
  await expectCaptured(page);
  expect(await storedRecordCount(worker)).toBe(1);

  const vault = await openVault(context, extensionId);
  const item = vaultItem(vault, 'Late values');
  await createVault(vault);
  const json = JSON.parse((await downloadText(vault, item, 'Download JSON')).text) as Record<string, unknown>;
  expect(json).toMatchObject(FIXED);
});

test('values in unexpected formats are kept and flagged, not dropped', async ({ context, server, extensionId }) => {
  const odd = { clientId: 'Short-ID', clientSecret: FIXED.clientSecret, accessToken: 'TOKEN_with_CAPS_0123456789_abcdef' };
  const page = await openPanel(context, server, CREATE_PATH, { credentials: odd });
  await saveAndEscape(page, 'Odd formats');
  await expectCaptured(page);
  const vault = await openVault(context, extensionId);
  const item = vaultItem(vault, 'Odd formats');
  await expect(item.getByRole('list', { name: 'Notes on this credential' })).toContainText('The Client ID does not look like the documented format');
  await expect(item).toContainText('The Access Token does not look like the documented format');
  await expect(item).not.toContainText('The Client Secret does not look like');
  await createVault(vault);
  const json = JSON.parse((await downloadText(vault, item, 'Download JSON')).text) as Record<string, unknown>;
  expect(json).toMatchObject(odd);
});
