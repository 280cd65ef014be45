/**
 * The options page's vault section in real Chromium: passphrase set-up and policy, unlock and a
 * wrong passphrase, locking (button, idle), the clipboard, confirmed deletion, import
 * of BigCommerce's .txt, change of passphrase, and records altered in storage. Records are
 * seeded through "Import files", which seals through the same path as a capture.
 */
import type { Page, Worker } from '@playwright/test';
import { CREATE_PATH, STORE_HASH, expect, openPanel, test } from './harness';
import {
  PASSPHRASE,
  bigCommerceTxt,
  createVault,
  expectNoViolations,
  downloadText,
  dumpExtensionStorage,
  expectCaptured,
  expectNoSecretsIn,
  fixtureSaves,
  importTxt,
  openVault,
  pageReadableText,
  randomCredentials,
  saveAndEscape,
  secretsOf,
  storedRecordCount,
  unlockVault,
  lockedActions,
  vaultItem,
  vaultRecords,
} from './vault-helpers';

const lockButton = (page: Page) => page.getByRole('button', { name: 'Lock', exact: true });
const unlockButton = (page: Page) => page.getByRole('button', { name: 'Unlock', exact: true });

async function seed(page: Page, name: string) {
  const credentials = randomCredentials();
  await importTxt(page, `${name}.txt`, bigCommerceTxt(name, credentials));
  await expect(vaultItem(page, name)).toBeVisible();
  return credentials;
}

test('passphrase policy: too short and mismatched are refused with clear messages, before any key work', async ({ context, extensionId }) => {
  const vault = await openVault(context, extensionId);
  await expect(vault.getByText('No passphrase yet')).toBeVisible();
  await vault.getByLabel('New passphrase', { exact: true }).fill('eleven char');
  await vault.getByLabel('Confirm passphrase', { exact: true }).fill('eleven char');
  await vault.getByRole('button', { name: 'Create vault' }).click();
  // The alert, not the strength meter, which says the same as the submit check (issue 20, item 10).
  await expect(vault.getByRole('alert').filter({ hasText: 'Use at least 12 characters.' })).toBeVisible();
  await expect(vault.getByLabel('New passphrase', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await vault.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await vault.getByLabel('Confirm passphrase', { exact: true }).fill(`${PASSPHRASE}!`);
  await vault.getByRole('button', { name: 'Create vault' }).click();
  await expect(vault.getByText('The two passphrases do not match.')).toBeVisible();
  await expect(vault.getByRole('alert').filter({ hasText: 'Use at least 12 characters.' })).toHaveCount(0);

  // Nothing was created: a reload still asks for a new passphrase.
  await vault.reload();
  await expect(vault.getByRole('button', { name: 'Create vault' })).toBeVisible();
  await expect(vault.getByLabel('Passphrase', { exact: true })).toHaveCount(0);
});

test('a wrong passphrase is refused with a clear message and nothing else changes', async ({ context, extensionId }) => {
  const vault = await openVault(context, extensionId);
  await createVault(vault);
  const credentials = await seed(vault, 'Wrong passphrase check');
  // The unlock is shared and outlives a reload (issue 20, item 9): lock first.
  await lockButton(vault).click();
  await vault.reload();
  await expect(vault.getByText('Locked', { exact: true })).toBeVisible();
  const item = vaultItem(vault, 'Wrong passphrase check');
  await expect(item).toContainText(STORE_HASH);
  await expect(lockedActions(item)).toHaveCount(0);

  await vault.getByLabel('Passphrase', { exact: true }).fill('correct horse battery stapler');
  await unlockButton(vault).click();
  await expect(vault.getByRole('alert').filter({ hasText: 'That passphrase is not right.' })).toBeVisible({ timeout: 15_000 });
  await expect(vault.getByLabel('Passphrase', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(lockButton(vault)).toHaveCount(0);
  await expect(lockedActions(item)).toHaveCount(0);
  await expect(vault.getByText('Locked', { exact: true })).toBeVisible();

  await unlockVault(vault);
  await expect(vault.getByText('That passphrase is not right.')).toHaveCount(0);
  const json = JSON.parse((await downloadText(vault, item, 'Download JSON')).text) as Record<string, unknown>;
  expect(json).toMatchObject({ ...credentials });
});

test('Lock and 5 idle minutes (the default) lock the vault; activity postpones the idle lock; leaving the page does not lock the other vault pages', async ({ context, extensionId, worker }) => {
  const vault = await openVault(context, extensionId, { fakeClock: true });
  await createVault(vault);
  await seed(vault, 'Lock check');

  await lockButton(vault).click();
  await expect(unlockButton(vault)).toBeVisible();
  await expect(vault.getByRole('status').filter({ hasText: 'Vault locked.' }).first()).toBeVisible();
  await expect(lockedActions(vaultItem(vault, 'Lock check'))).toHaveCount(0);

  await unlockVault(vault);
  // One unlock serves every vault page (issue 20, item 9): pagehide no longer locks; a page back
  // from the back/forward cache checks the shared unlock again and stays unlocked while it holds.
  await vault.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
  await vault.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await expect(lockButton(vault)).toBeVisible();

  await vault.clock.fastForward('04:00');
  await vault.mouse.move(10, 10);
  await vault.keyboard.press('Shift');
  // The input is recorded for every vault page in storage.session (asynchronously): wait for it
  // before moving the page's clock on.
  await expect
    .poll(() => worker.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { session: { get: (k: string) => Promise<Record<string, unknown>> } } } }).chrome.storage.session.get('vaultActivity')).vaultActivity))
    .toEqual(expect.any(Number));
  await vault.clock.fastForward('02:00');
  await expect(lockButton(vault)).toBeVisible();
  await vault.clock.fastForward('03:01');
  await expect(unlockButton(vault)).toBeVisible();
  await expect(vault.getByText('The vault locked itself after the idle time you chose.').first()).toBeVisible();
});

test('Copy access token: the token is on the clipboard, never in the page, and cleared after 30 seconds', async ({ context, extensionId }) => {
  // Chromium refuses to grant to the extension's origin by name ("opaque"); granted to all.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const vault = await openVault(context, extensionId, { fakeClock: true });
  await createVault(vault);
  const credentials = await seed(vault, 'Clipboard check');
  const readClipboard = () => vault.evaluate(() => navigator.clipboard.readText());

  await vault.evaluate(() => navigator.clipboard.writeText('something else'));
  await vaultItem(vault, 'Clipboard check').getByRole('button', { name: 'Copy access token', exact: true }).click();
  await expect(vault.getByText('Copied. The clipboard will be cleared in 30 seconds.')).toBeVisible();
  expect(await readClipboard()).toBe(credentials.accessToken);
  expectNoSecretsIn(await pageReadableText(vault, 'never'), secretsOf(credentials), 'the options page DOM');

  await vault.clock.fastForward('00:29');
  expect(await readClipboard()).toBe(credentials.accessToken);
  await vault.clock.fastForward('00:02');
  await expect.poll(readClipboard).toBe('');
  await expect(vault.getByText('Clipboard cleared.')).toBeVisible();
});

test('Delete asks first; Cancel keeps the record, Delete removes it for good', async ({ context, extensionId, worker }) => {
  const vault = await openVault(context, extensionId);
  await createVault(vault);
  await seed(vault, 'Keep me');
  await seed(vault, 'Delete me');
  expect(await storedRecordCount(worker)).toBe(2);
  const item = vaultItem(vault, 'Delete me');

  await item.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(item.getByText('Delete this credential for good?')).toBeVisible();
  await expect(item.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(item.getByRole('button', { name: 'Download .txt' })).toHaveCount(0);
  await item.getByRole('button', { name: 'Cancel' }).click();
  await expect(item.getByText('Delete this credential for good?')).toHaveCount(0);
  await expect(item.getByRole('button', { name: 'Delete', exact: true })).toBeFocused();
  expect(await storedRecordCount(worker)).toBe(2);

  await item.getByRole('button', { name: 'Delete', exact: true }).click();
  await item.getByRole('group').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(item).toHaveCount(0);
  await expect(vault.getByText('Deleted “Delete me”.')).toBeVisible();
  expect(await storedRecordCount(worker)).toBe(1);
  await vault.reload();
  await expect(vaultItem(vault, 'Keep me')).toBeVisible();
  await expect(vaultRecords(vault)).toHaveCount(1);
});

test('Import .txt: the file BigCommerce downloaded, labels in any order; per-field errors; duplicates refused', async ({ context, server, extensionId, worker }) => {
  // The real download from the fixture's Save, taken from the control-panel tab.
  const panel = await openPanel(context, server, CREATE_PATH);
  const downloaded = panel.waitForEvent('download');
  await saveAndEscape(panel, 'Imported from disk');
  await expectCaptured(panel);
  const file = await (await downloaded).path();
  const [save] = await fixtureSaves(panel);

  const vault = await openVault(context, extensionId);
  await createVault(vault);
  // The capture is already in the vault: importing the same credential again is refused.
  await vault.getByLabel('Import files', { exact: true }).setInputFiles(file);
  await expect(vault.getByRole('alert')).toContainText('This credential is already in the vault as “Imported from disk”.');
  // Deleted, then imported from the file: back, and exported exactly as BigCommerce wrote it.
  const item = vaultItem(vault, 'Imported from disk');
  await item.getByRole('button', { name: 'Delete', exact: true }).click();
  await item.getByRole('group').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(item).toHaveCount(0);
  await vault.getByLabel('Import files', { exact: true }).setInputFiles(file);
  await expect(vault.getByRole('status').filter({ hasText: 'Imported “Imported from disk” into the vault.' })).toBeVisible();
  await expect(item).toContainText('Imported from a file.');
  expect((await downloadText(vault, item, 'Download .txt')).text).toBe(save!.txt);

  // Variant B order (ACCESS TOKEN, CLIENT ID, CLIENT SECRET, NAME, API PATH), CRLF line ends.
  const other = randomCredentials();
  const variantB = [`ACCESS TOKEN: ${other.accessToken}`, `CLIENT ID: ${other.clientId}`, `CLIENT SECRET: ${other.clientSecret}`, 'NAME: Order B', 'API PATH: https://api.bigcommerce.com/stores/xyz789/v3/'].join('\r\n');
  await importTxt(vault, 'variant-b.txt', variantB);
  const b = vaultItem(vault, 'Order B');
  await expect(b).toContainText('xyz789');
  expect(JSON.parse((await downloadText(vault, b, 'Download JSON')).text)).toMatchObject({ ...other, storeHash: 'xyz789' });

  // A broken file: every problem is named by field, and nothing is stored.
  const before = await storedRecordCount(worker);
  await importTxt(vault, 'broken.txt', `CLIENT ID: ${other.clientId}\nCLIENT ID: somethingelse\nAPI PATH: https://example.com/api\n`);
  const alert = vault.getByRole('alert').filter({ hasText: '“broken.txt” was not imported:' });
  await expect(alert).toContainText('Client ID: appears more than once with different values.');
  await expect(alert).toContainText('Access Token: not in the file.');
  await expect(alert).toContainText('API path: not a BigCommerce API path with a store hash');
  await importTxt(vault, 'notes.txt', 'Shopping list: eggs, milk\n');
  await expect(vault.getByRole('alert')).toContainText('this is not a BigCommerce credentials file');
  expect(await storedRecordCount(worker)).toBe(before);
  expectNoSecretsIn(await pageReadableText(vault, 'never'), [...secretsOf(save!.credentials), ...secretsOf(other)], 'the options page DOM');
});

test('an account-level API account (issue 14): imported from its .txt and our JSON, shown as Account-level with its account, exported as it came', async ({ context, extensionId }) => {
  const UUID = '5e2f0c1a-7b3d-4e8f-9a6b-1c2d3e4f5a6b';
  const path = `https://api.bigcommerce.com/accounts/${UUID}/graphql`;
  const vault = await openVault(context, extensionId);
  await createVault(vault);
  await seed(vault, 'Store sync');

  // BigCommerce's .txt of an account-level account: the same labels, the account's API path.
  const c = randomCredentials();
  const txt = `ACCESS TOKEN: ${c.accessToken}\nCLIENT NAME: Billing sync\nAPI PATH: ${path}\nCLIENT ID: ${c.clientId}\nCLIENT SECRET: ${c.clientSecret}\n`;
  await importTxt(vault, 'billing.txt', txt);
  const billing = vaultItem(vault, 'Billing sync');
  await expect(billing).toContainText('Account-level');
  await expect(billing.getByRole('term')).toHaveText(['Account', 'Captured']);
  await expect(billing).toContainText(UUID);
  await expect(billing).not.toContainText('Store hash');
  expect((await downloadText(vault, billing, 'Download .txt')).text).toBe(txt);
  const exported = await downloadText(vault, billing, 'Download JSON');
  expect(exported.name).toMatch(/^bigcommerce-account-5e2f0c1a-billing-sync-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(exported.text) as Record<string, unknown>;
  expect(json).toMatchObject({ kind: 'account-level', account: UUID, tokenType: 'account-level', apiPath: path });
  expect(json).not.toHaveProperty('storeHash');
  expect((await downloadText(vault, billing, 'Download .env')).text).toContain("BIGCOMMERCE_KIND='account-level'");

  // Our JSON of another one, with its resources: read back account-level, resources by their labels.
  const other = randomCredentials();
  await importTxt(vault, 'users.json', JSON.stringify({ ...json, ...other, name: 'User admin', scopes: { 'account-users': 'write', account: 'read-only' } }));
  const users = vaultItem(vault, 'User admin');
  await expect(users).toContainText('Account-level');
  await expect(users.locator('.vault-scopes li')).toHaveText(['Account: read-only', 'Account Users: write']);

  // No store name for an account-level record.
  await billing.getByRole('button', { name: 'Edit label and note', exact: true }).click();
  await expect(billing.getByLabel('Label', { exact: true })).toBeVisible();
  await expect(billing.getByLabel(/^Store name for/)).toHaveCount(0);
  await billing.getByRole('button', { name: 'Cancel', exact: true }).click();

  const search = vault.getByLabel('Search credentials', { exact: true });
  await search.fill('account-level');
  await expect(vaultRecords(vault)).toHaveCount(2);
  await expect(vaultItem(vault, 'Store sync')).toHaveCount(0);
  await search.fill(UUID);
  await expect(vaultRecords(vault)).toHaveCount(2);
  await search.fill('abc123');
  await expect(vaultRecords(vault)).toHaveCount(1);
  await expect(vaultItem(vault, 'Store sync')).toBeVisible();
});

test('Change passphrase: the old one stops working, the new one opens every record', async ({ context, extensionId, worker }) => {
  const vault = await openVault(context, extensionId);
  await createVault(vault);
  const credentials = await seed(vault, 'Before change');
  await vault.getByRole('button', { name: 'Change passphrase' }).click();
  const form = vault.getByRole('form', { name: 'Change the vault passphrase' });
  await form.getByLabel('Current passphrase', { exact: true }).fill('not the passphrase');
  await form.getByLabel('New passphrase', { exact: true }).fill('a brand new passphrase');
  await form.getByLabel('Confirm new passphrase', { exact: true }).fill('a brand new passphrase');
  await form.getByRole('button', { name: 'Save new passphrase' }).click();
  await expect(form.getByRole('alert')).toHaveText('That passphrase is not right.', { timeout: 15_000 });

  await form.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Save new passphrase' }).click();
  await expect(vault.getByText('Passphrase changed. Use the new one from now on.')).toBeVisible({ timeout: 15_000 });
  await expect(form).toHaveCount(0);

  await lockButton(vault).click();
  await vault.reload();
  await vault.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await unlockButton(vault).click();
  await expect(vault.getByText('That passphrase is not right.')).toBeVisible({ timeout: 15_000 });
  await unlockVault(vault, 'a brand new passphrase');
  const json = JSON.parse((await downloadText(vault, vaultItem(vault, 'Before change'), 'Download JSON')).text) as Record<string, unknown>;
  expect(json).toMatchObject({ ...credentials });
  expectNoSecretsIn(await dumpExtensionStorage(worker), ['a brand new passphrase', PASSPHRASE, ...secretsOf(credentials)], 'extension storage');
});

test('a record altered in storage is reported as such; the others still open', async ({ context, extensionId, worker }) => {
  const vault = await openVault(context, extensionId);
  await createVault(vault);
  const good = await seed(vault, 'Untouched');
  await seed(vault, 'Tampered');
  await tamper(worker, 'Tampered');
  await plantUnreadableRow(worker);
  await lockButton(vault).click();
  await vault.reload();

  // While locked the altered header still lists (it is only a header); the damage shows on unlock.
  await expect(vaultItem(vault, 'Tampered (edited)')).toBeVisible();
  await expect(vault.getByRole('listitem').filter({ hasText: 'Unreadable entry' })).toBeVisible();
  await unlockVault(vault);
  const tampered = vaultItem(vault, 'Tampered (edited)');
  await expect(tampered.getByRole('alert')).toHaveText('This record was altered or damaged and cannot be opened.');
  await expect(tampered.getByRole('button', { name: 'Download .txt' })).toHaveCount(0);
  await expect(tampered.getByRole('button', { name: 'Delete', exact: true })).toBeVisible();
  const json = JSON.parse((await downloadText(vault, vaultItem(vault, 'Untouched'), 'Download JSON')).text) as Record<string, unknown>;
  expect(json).toMatchObject({ ...good });
});

/** What an attacker with write access to the profile could do: rename a record in its clear
 *  header (the header is bound to the ciphertext as AAD, so it must no longer open). */
async function tamper(worker: Worker, name: string) {
  await worker.evaluate(async (recordName) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('scopekeeper-vault');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
    });
    const store = db.transaction('records', 'readwrite').objectStore('records');
    const all = await new Promise<Array<{ header: { name: string } }>>((resolve) => {
      const r = store.getAll();
      r.onsuccess = () => resolve(r.result as Array<{ header: { name: string } }>);
    });
    const record = all.find((x) => x.header.name === recordName)!;
    record.header.name = `${recordName} (edited)`;
    await new Promise((resolve) => {
      store.put(record).onsuccess = resolve;
    });
    db.close();
  }, name);
}

/** A row in a format from the future: listed as unreadable, never hidden, never fatal. */
async function plantUnreadableRow(worker: Worker) {
  await worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('scopekeeper-vault');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
    });
    const tx = db.transaction('records', 'readwrite');
    tx.objectStore('records').put({ header: { v: 99, recordId: '00000000-0000-4000-8000-000000000099' }, blob: 'future' });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no axe violations in the vault section's states (${scheme})`, async ({ context, extensionId }) => {
    const vault = await openVault(context, extensionId);
    await vault.emulateMedia({ colorScheme: scheme });
    await vault.getByRole('button', { name: 'Create vault' }).click();
    await expectNoViolations(vault, 'setup with errors');
    await createVault(vault);
    await importTxt(vault, 'odd.txt', 'ACCESS TOKEN: Odd Token\nCLIENT ID: short\nAPI PATH: https://api.bigcommerce.com/stores/abc123/v3/\n');
    await seed(vault, 'Listed');
    await importTxt(vault, 'broken.txt', 'CLIENT ID: a\nCLIENT ID: b\n');
    await expect(vault.getByRole('alert').filter({ hasText: 'was not imported' })).toBeVisible();
    await vaultItem(vault, 'Listed').getByRole('button', { name: 'Delete', exact: true }).click();
    await vault.getByRole('button', { name: 'Change passphrase' }).click();
    await vault.getByRole('button', { name: 'Save new passphrase' }).click();
    await expectNoViolations(vault, 'unlocked: flags, import errors, delete confirmation, change form with errors');
    await lockButton(vault).click();
    await vault.reload();
    await vault.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
    await unlockButton(vault).click();
    await expect(vault.getByText('That passphrase is not right.')).toBeVisible({ timeout: 15_000 });
    await expectNoViolations(vault, 'locked, wrong passphrase');
  });
}
