/**
 * Issue 20 in real Chromium: one unlock serves every vault page, the popup shows and locks it,
 * the idle lock is a setting and holds with no vault page open (item 9); "Restore backup" where a
 * new user looks, and a backup given to any import goes to Restore (item 3); Show passphrase and
 * the live strength meter under one rule (item 10); a file given to the wrong import says what it
 * is and where it belongs (item 7). axe on the new states, light and dark.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { Encrypter } from 'age-encryption';
import { expect, extensionWorker, launchWithExtension, newProfileDir, test, waitForInstallTab } from './harness';
import {
  PASSPHRASE,
  bigCommerceTxt,
  createVault,
  expectNoViolations,
  importTxt,
  openVault,
  randomCredentials,
  unlockVault,
  vaultItem,
} from './vault-helpers';

const BACKUP_PASSPHRASE = 'tangerine quorum fjord lantern';
/** The public key of tests/fixtures/handoff/integrator-key.txt. */
const RECIPIENT = 'age1jxq2z0nhvdys6pnrm0kmzf9zj26jtkwd74lexux3rsymq3yevuxseacshw';

const lockButton = (page: Page) => page.getByRole('button', { name: 'Lock', exact: true });
const unlockButton = (page: Page) => page.getByRole('button', { name: 'Unlock', exact: true });

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.vault-count')).toBeVisible();
  return popup;
}

/** What storage.session holds under the shared unlock's key (read in the service worker). */
async function sharedUnlock(worker: Worker): Promise<{ keyId: string; sk: string; lastActive: number } | undefined> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { session: { get: (k: string) => Promise<Record<string, unknown>> } } } }).chrome;
    return (await api.storage.session.get('vaultSession')).vaultSession as { keyId: string; sk: string; lastActive: number } | undefined;
  });
}

test('item 9: one unlock serves every vault page; Lock anywhere (a page or the popup) locks them all; closing a page does not', async ({ context, extensionId, worker }) => {
  const first = await openVault(context, extensionId);
  await createVault(first);
  await importTxt(first, 'a.txt', bigCommerceTxt('Shared unlock', randomCredentials()));
  await expect(vaultItem(first, 'Shared unlock')).toBeVisible();

  // A second vault tab opens unlocked, with no passphrase asked.
  const second = await openVault(context, extensionId);
  await expect(lockButton(second)).toBeVisible();
  await expect(second.getByText('Vault unlocked in another Scopekeeper tab: unlocked here too.')).toBeVisible();
  await expect(vaultItem(second, 'Shared unlock').getByRole('button', { name: 'Download .txt', exact: true })).toBeVisible();

  // The key is in storage.session (memory only), and never in storage.local.
  const shared = await sharedUnlock(worker);
  expect(shared?.sk).toMatch(/^[A-Za-z0-9_-]{64}$/);
  const local = await worker.evaluate(async () => JSON.stringify(await (globalThis as unknown as { chrome: { storage: { local: { get: () => Promise<unknown> } } } }).chrome.storage.local.get()));
  expect(local).not.toContain(shared!.sk);

  // Lock in the second: the first locks too, and the key is gone from the session.
  await lockButton(second).click();
  await expect(unlockButton(first)).toBeVisible();
  expect(await sharedUnlock(worker)).toBeUndefined();

  // Unlock in the first: the second follows. Closing the first leaves the second unlocked.
  await unlockVault(first);
  await expect(lockButton(second)).toBeVisible();
  await first.close();
  await second.waitForTimeout(500);
  await expect(lockButton(second)).toBeVisible();

  // The popup says it is unlocked and locks it.
  const popup = await openPopup(context, extensionId);
  await expect(popup.getByText('Unlocked: your vault tabs can open credentials.')).toBeVisible();
  await popup.getByRole('button', { name: 'Lock vault', exact: true }).click();
  await expect(popup.getByText('Locked.', { exact: true })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Lock vault', exact: true })).toHaveCount(0);
  await expect(unlockButton(second)).toBeVisible();
  await expect(second.getByText('Vault locked.')).toBeVisible();
});

test('item 9: the idle lock is a setting (1 minute … when the browser closes) and holds with no vault page open', async ({ context, extensionId, worker }) => {
  const vault = await openVault(context, extensionId, { fakeClock: true });
  await createVault(vault);
  const setting = vault.getByLabel('Lock after', { exact: true });
  await expect(setting).toHaveValue('5');
  await expect(setting.locator('option')).toHaveText(['1 minute without activity', '5 minutes without activity', '15 minutes without activity', '60 minutes without activity', 'Only when the browser closes']);

  await setting.selectOption({ label: '1 minute without activity' });
  await vault.clock.fastForward('00:50');
  await expect(lockButton(vault)).toBeVisible();
  await vault.clock.fastForward('00:15');
  await expect(unlockButton(vault)).toBeVisible();
  await expect(vault.getByText('The vault locked itself after the idle time you chose.').first()).toBeVisible();

  // "When the browser closes": no idle timer at all.
  await unlockVault(vault);
  await vault.getByLabel('Lock after', { exact: true }).selectOption({ label: 'Only when the browser closes' });
  await vault.clock.fastForward('03:00:00');
  await expect(lockButton(vault)).toBeVisible();

  // With no vault page open: the time is checked on use, so a page opened after the idle time
  // finds the vault locked (here the last use is moved 2 minutes back, with a 1-minute setting).
  await vault.getByLabel('Lock after', { exact: true }).selectOption({ label: '1 minute without activity' });
  await vault.close();
  expect(await worker.evaluate(async () => Boolean(await (globalThis as unknown as { chrome: { alarms: { get: (n: string) => Promise<unknown> } } }).chrome.alarms.get('vault-idle-lock')))).toBe(true);
  await worker.evaluate(async () => {
    const session = (globalThis as unknown as { chrome: { storage: { session: { get: (k: string) => Promise<Record<string, { lastActive: number }>>; set: (v: object) => Promise<void> } } } }).chrome.storage.session;
    const current = (await session.get('vaultSession')).vaultSession!;
    await session.set({ vaultSession: { ...current, lastActive: Date.now() - 120_000 }, vaultActivity: Date.now() - 120_000 });
  });
  const popup = await openPopup(context, extensionId);
  await expect(popup.getByText('Locked.', { exact: true })).toBeVisible();
  expect(await sharedUnlock(worker)).toBeUndefined();
  const later = await openVault(context, extensionId);
  await expect(unlockButton(later)).toBeVisible();
});

test('item 10: Show passphrase, and a live strength meter that says what submitting will do (Summer2024!! refused like password1234)', async ({ context, extensionId }) => {
  const vault = await openVault(context, extensionId);
  const next = vault.getByLabel('New passphrase', { exact: true });
  const show = vault.getByRole('button', { name: 'Show passphrase' }).first();
  await expect(next).toHaveAttribute('type', 'password');
  await expect(show).toHaveAttribute('aria-pressed', 'false');
  await show.click();
  await expect(next).toHaveAttribute('type', 'text');
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await show.click();
  await expect(next).toHaveAttribute('type', 'password');

  const meter = vault.locator('.vault-strength').first();
  for (const weak of ['Summer2024!!', 'password1234']) {
    await next.fill(weak);
    await expect(meter).toContainText('Choose a stronger passphrase.');
    await expect(meter).not.toContainText('will be accepted');
  }
  await next.fill('Summer2024!!');
  await vault.getByLabel('Confirm passphrase', { exact: true }).fill('Summer2024!!');
  await vault.getByRole('button', { name: 'Create vault' }).click();
  await expect(vault.getByRole('alert').filter({ hasText: 'Choose a stronger passphrase.' })).toBeVisible();
  await expect(unlockButton(vault)).toHaveCount(0);

  await next.fill(PASSPHRASE);
  await expect(meter).toContainText('Strength: strong. This passphrase will be accepted.');
  await expect(next).toHaveAttribute('aria-describedby', /-extra/);
  for (const scheme of ['light', 'dark'] as const) {
    await vault.emulateMedia({ colorScheme: scheme });
    await expectNoViolations(vault, `first run, meter and Restore backup shown (${scheme})`);
  }
});

test('item 7: a file given to the wrong import says what it is and where it belongs', async ({ context, extensionId }) => {
  const vault = await openVault(context, extensionId);
  await createVault(vault);
  const txt = bigCommerceTxt('Wrong place', randomCredentials());
  const encrypter = new Encrypter();
  encrypter.addRecipient(RECIPIENT);
  const sealed = Buffer.from(await encrypter.encrypt(txt));
  const preset = Buffer.from(JSON.stringify({ format: 'scopekeeper-preset', version: 1, presets: [] }));

  // The preset import, given a BigCommerce .txt and a sealed file.
  const presets = vault.getByRole('region', { name: 'Presets', exact: true });
  await presets.getByLabel('Import preset', { exact: true }).setInputFiles({ name: 'Wrong place.txt', mimeType: 'text/plain', buffer: Buffer.from(txt) });
  const presetAlert = presets.getByRole('alert');
  await expect(presetAlert).toContainText('“Wrong place.txt” is a BigCommerce credentials file, not what this import takes: add it to the vault with “Import files”.');
  await expect(presetAlert).not.toContainText('not valid JSON');
  await presets.getByLabel('Import preset', { exact: true }).setInputFiles({ name: 'Wrong place.txt.age', mimeType: 'application/octet-stream', buffer: sealed });
  await expect(presetAlert).toContainText('“Wrong place.txt.age” is a sealed hand-off file, not what this import takes: open it in the unlocked vault with “Open sealed files”.');

  // The vault's import, given a preset file and a sealed file.
  await vault.getByLabel('Import files', { exact: true }).setInputFiles([
    { name: 'team.json', mimeType: 'application/json', buffer: preset },
    { name: 'Wrong place.txt.age', mimeType: 'application/octet-stream', buffer: sealed },
  ]);
  const importAlert = vault.locator('.vault-import').getByRole('alert');
  await expect(importAlert).toContainText('“team.json” is a Scopekeeper preset file, not what this import takes: add it under Presets with “Import preset”.');
  await expect(importAlert).toContainText('“Wrong place.txt.age” is a sealed hand-off file');

  // "Open sealed files", given the .txt itself.
  await vault.getByLabel('Choose .age files', { exact: true }).setInputFiles({ name: 'Wrong place.txt', mimeType: 'text/plain', buffer: Buffer.from(txt) });
  await expect(vault.locator('.handoff-open').getByRole('alert')).toContainText('“Wrong place.txt” is a BigCommerce credentials file');
  await expect(vaultItem(vault, 'Wrong place')).toHaveCount(0);
});

test('item 3: Restore backup beside Create vault; a backup given to Import files, dropped or chosen, goes to Restore', async ({ context, extensionId }) => {
  test.setTimeout(180_000);
  const vault = await openVault(context, extensionId);
  await createVault(vault);
  await importTxt(vault, 'a.txt', bigCommerceTxt('Restored account', randomCredentials()));
  await expect(vaultItem(vault, 'Restored account')).toBeVisible();
  await vault.getByRole('button', { name: 'Back up vault', exact: true }).click();
  await vault.getByLabel('Backup passphrase', { exact: true }).fill(BACKUP_PASSPHRASE);
  await vault.getByLabel('Confirm backup passphrase', { exact: true }).fill(BACKUP_PASSPHRASE);
  const [download] = await Promise.all([vault.waitForEvent('download'), vault.getByRole('button', { name: 'Download backup', exact: true }).click()]);
  const backupName = download.suggestedFilename();
  const backup = await download.path();
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(backup);

  // Unlocked: the backup dropped on "Import files" opens Restore backup with it chosen.
  const transfer = await vault.evaluateHandle(
    ({ b64, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name));
      return dt;
    },
    { b64: bytes.toString('base64'), name: backupName },
  );
  await vault.locator('.vault-import').dispatchEvent('drop', { dataTransfer: transfer });
  const restoreForm = vault.getByRole('form', { name: 'Restore backup' });
  await expect(restoreForm).toBeVisible();
  // The browser's own file control names it (not "No file chosen" beside a hint of ours).
  await expect.poll(() => restoreForm.locator('input[type="file"]').evaluate((i: HTMLInputElement) => i.files?.[0]?.name)).toBe(backupName);
  await expect(restoreForm.getByText(/^Chosen: /)).toHaveCount(0);
  // Sent on, not refused: no refusal stays under "Import files" to contradict the restore.
  await expect(vault.locator('.vault-import').getByRole('alert')).toHaveCount(0);

  // A fresh profile: the first-run screen offers Restore backup beside Create vault, and the
  // backup chosen in "Import files" opens it with the file chosen.
  const fresh = await launchWithExtension(newProfileDir());
  try {
    await waitForInstallTab(fresh);
    const freshWorker = await extensionWorker(fresh);
    const first = await openVault(fresh, new URL(freshWorker.url()).host);
    const actions = first.getByRole('form', { name: 'Create your vault passphrase' }).locator('.vault-actions');
    await expect(actions.getByRole('button', { name: 'Create vault' })).toBeVisible();
    await expect(actions.getByRole('button', { name: 'Restore backup' })).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await first.emulateMedia({ colorScheme: scheme });
      await expectNoViolations(first, `first run (${scheme})`);
    }

    await first.getByLabel('Import files', { exact: true }).setInputFiles(backup);
    const firstRestore = first.getByRole('form', { name: 'Restore a vault backup' });
    await expect(firstRestore).toBeVisible();
    await expect.poll(() => firstRestore.locator('input[type="file"]').evaluate((i: HTMLInputElement) => i.files?.length)).toBe(1);
    await expect(firstRestore.getByText(/^Chosen: /)).toHaveCount(0);
    for (const scheme of ['light', 'dark'] as const) {
      await first.emulateMedia({ colorScheme: scheme });
      await expectNoViolations(first, `first-run restore (${scheme})`);
    }
    // A wrong backup passphrase changes nothing (no vault passphrase is set).
    await firstRestore.getByLabel('Backup passphrase', { exact: true }).fill('not the backup passphrase');
    await firstRestore.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
    await firstRestore.getByLabel('Confirm passphrase', { exact: true }).fill(PASSPHRASE);
    await firstRestore.getByRole('button', { name: 'Create vault and restore' }).click();
    await expect(firstRestore.getByRole('alert')).toContainText('that backup passphrase does not open this file', { timeout: 30_000 });
    await expect(lockButton(first)).toHaveCount(0);

    await firstRestore.getByLabel('Backup passphrase', { exact: true }).fill(BACKUP_PASSPHRASE);
    await firstRestore.getByRole('button', { name: 'Create vault and restore' }).click();
    await expect(lockButton(first)).toBeVisible({ timeout: 60_000 });
    await expect(vaultItem(first, 'Restored account').getByRole('button', { name: 'Download .txt', exact: true })).toBeVisible();
    await expect(first.getByRole('status').filter({ hasText: 'Restored 1 credential.' }).first()).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await first.emulateMedia({ colorScheme: scheme });
      await expectNoViolations(first, `unlocked, idle-lock setting shown (${scheme})`);
    }
  } finally {
    await fresh.close();
  }
});
