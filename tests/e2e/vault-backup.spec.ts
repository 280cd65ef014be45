/**
 * Issue 12 in real Chromium: a backup made in one profile restores every record, headers
 * included, into a fresh profile and opens with the `age` tool; "Encrypt for integrator" gives a
 * file `age -d -i` opens to the expected .txt, byte for byte; weak passphrases are refused.
 */
import type { Page, Worker } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILTIN_PRESETS } from '../../utils/presets/builtin';
import { ageDecryptWithIdentity, ageDecryptWithPassphrase } from './age-cli';
import { CREATE_PATH, ROOT, expect, extensionWorker, launchWithExtension, newProfileDir, openPanel, test, waitForInstallTab } from './harness';
import {
  PASSPHRASE,
  bigCommerceTxt,
  createVault,
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
  vaultItem,
} from './vault-helpers';

const BACKUP_PASSPHRASE = 'tangerine quorum fjord lantern';
const IDENTITY = path.join(ROOT, 'tests/fixtures/handoff/integrator-key.txt');
/** The public key of tests/fixtures/handoff/integrator-key.txt. */
const RECIPIENT = 'age1jxq2z0nhvdys6pnrm0kmzf9zj26jtkwd74lexux3rsymq3yevuxseacshw';

type Header = Record<string, unknown> & { recordId: string; keyId: string };

/** Every stored record header, from the vault's IndexedDB (read in the service worker). */
async function storedHeaders(worker: Worker): Promise<Header[]> {
  return worker.evaluate(async () => {
    const open = indexedDB.open('scopekeeper-vault');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
    });
    const all = db.transaction('records').objectStore('records').getAll();
    const rows = await new Promise<Array<{ header: Header }>>((resolve, reject) => {
      all.onsuccess = () => resolve(all.result as Array<{ header: Header }>);
      all.onerror = () => reject(all.error ?? new Error('IndexedDB request failed'));
    });
    db.close();
    return rows.map((r) => r.header).sort((a, b) => (a.recordId < b.recordId ? -1 : 1));
  });
}

async function choosePreset(worker: Worker, id: string, custom: unknown[] = []): Promise<void> {
  await worker.evaluate(
    async ({ id, custom }) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set: (v: object) => Promise<void> } } } }).chrome;
      await api.storage.local.set({ selectedPresetId: id, ...(custom.length ? { customPresets: custom } : {}) });
    },
    { id, custom },
  );
}

async function downloadFrom(page: Page, click: () => Promise<void>): Promise<{ name: string; file: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), file: await download.path() };
}

async function backUp(vault: Page, passphrase: string): Promise<{ name: string; file: string }> {
  await vault.getByRole('button', { name: 'Back up vault', exact: true }).click();
  await vault.getByLabel('Backup passphrase', { exact: true }).fill(passphrase);
  await vault.getByLabel('Confirm backup passphrase', { exact: true }).fill(passphrase);
  return downloadFrom(vault, () => vault.getByRole('button', { name: 'Download backup', exact: true }).click());
}

async function restore(vault: Page, file: string, passphrase: string): Promise<void> {
  if ((await vault.getByLabel('Backup file', { exact: true }).count()) === 0) {
    await vault.getByRole('button', { name: 'Restore backup', exact: true }).click();
  }
  await vault.getByLabel('Backup file', { exact: true }).setInputFiles(file);
  await vault.getByLabel('Backup passphrase', { exact: true }).fill(passphrase);
  await vault.getByRole('button', { name: 'Restore', exact: true }).click();
}

test('a backup made in one profile restores every record, headers included, into a fresh profile; age opens it', async ({ context, server, extensionId, worker }) => {
  test.setTimeout(180_000);
  // One capture made with a preset chosen (so the header has a presetId), two imports.
  await choosePreset(worker, 'litextension-to-bigcommerce');
  const panel = await openPanel(context, server, CREATE_PATH);
  await saveAndEscape(panel, 'Migration account');
  await expectCaptured(panel);
  const [save] = await fixtureSaves(panel);
  const vault = await openVault(context, extensionId);
  await createVault(vault);
  const others = [randomCredentials(), randomCredentials()];
  await importTxt(vault, 'a.txt', bigCommerceTxt('Warehouse A', others[0]!));
  await importTxt(vault, 'b.txt', bigCommerceTxt('Warehouse B', others[1]!, 'xyz789'));
  await expect(vaultItem(vault, 'Warehouse B')).toBeVisible();
  await expect(vault.getByText('No backup made yet')).toBeVisible();

  // A weak backup passphrase is refused before anything is written.
  await vault.getByRole('button', { name: 'Back up vault', exact: true }).click();
  await vault.getByLabel('Backup passphrase', { exact: true }).fill('passwordpass');
  await vault.getByLabel('Confirm backup passphrase', { exact: true }).fill('passwordpass');
  await vault.getByRole('button', { name: 'Download backup', exact: true }).click();
  // The alert (the strength meter above it says the same).
  await expect(vault.getByRole('alert').filter({ hasText: 'Choose a stronger passphrase. This is too similar to a commonly used password.' })).toBeVisible();
  await vault.getByRole('button', { name: 'Cancel', exact: true }).click();

  const backup = await backUp(vault, BACKUP_PASSPHRASE);
  expect(backup.name).toMatch(/^scopekeeper-vault-backup-\d{4}-\d{2}-\d{2}\.age$/);
  await expect(vault.getByText(/Last backup: .*Credentials not in it: 0\./)).toBeVisible();
  const headers = await storedHeaders(worker);
  expect(headers).toHaveLength(3);
  expect(headers.map((h) => h.presetId).sort()).toEqual(['litextension-to-bigcommerce', null, null]);
  const allSecrets = [...secretsOf(save!.credentials), ...others.flatMap(secretsOf)];
  const raw = await readFile(backup.file);
  expectNoSecretsIn(raw.toString('latin1'), allSecrets, 'the backup file');

  // The standard age tool opens it with the backup passphrase: versioned JSON, every record.
  const inner = JSON.parse((await ageDecryptWithPassphrase(backup.file, BACKUP_PASSPHRASE)).toString('utf8')) as {
    format: string;
    version: number;
    records: Array<{ header: Header; credential: { clientId: string } }>;
  };
  expect(inner).toMatchObject({ format: 'scopekeeper-vault-backup', version: 2, handoffKeys: [] });
  expect(inner.records.map((r) => r.credential.clientId).sort()).toEqual([save!.credentials.clientId, others[0]!.clientId, others[1]!.clientId].sort());

  // A fresh profile: set a passphrase, then restore.
  const fresh = await launchWithExtension(newProfileDir());
  try {
    await server.install(fresh);
    await waitForInstallTab(fresh);
    const freshWorker = await extensionWorker(fresh);
    const freshVault = await openVault(fresh, new URL(freshWorker.url()).host);
    await createVault(freshVault, PASSPHRASE);

    // Wrong passphrase, then a damaged file: each says why and nothing is stored.
    await restore(freshVault, backup.file, 'the wrong backup passphrase');
    await expect(freshVault.getByRole('alert').filter({ hasText: 'that backup passphrase does not open this file' })).toBeVisible({ timeout: 30_000 });
    const damaged = Buffer.from(raw);
    damaged[damaged.length - 10]! ^= 1;
    const damagedFile = `${backup.file}-damaged.age`;
    await import('node:fs/promises').then((fs) => fs.writeFile(damagedFile, damaged));
    await restore(freshVault, damagedFile, BACKUP_PASSPHRASE);
    await expect(freshVault.getByRole('alert').filter({ hasText: 'the file is damaged or incomplete' })).toBeVisible({ timeout: 30_000 });
    expect(await storedRecordCount(freshWorker)).toBe(0);

    await restore(freshVault, backup.file, BACKUP_PASSPHRASE);
    await expect(freshVault.getByText('Restored 3 credentials. 0 were already in the vault and were skipped.')).toBeVisible({ timeout: 30_000 });
    const restored = await storedHeaders(freshWorker);
    const strip = ({ keyId: _k, ...h }: Header) => h;
    expect(restored.map(strip)).toEqual(headers.map(strip));
    await expect(vaultItem(freshVault, 'Migration account')).toContainText('LitExtension: migrate to BigCommerce');
    // The file restored from is a backup of all three: the vault does not say none was made.
    await expect(freshVault.getByText(/Last backup: .*Credentials not in it: 0\./)).toBeVisible();
    await expect(freshVault.getByText('No backup made yet')).toHaveCount(0);

    // Again: every record is a duplicate, nothing changes.
    await restore(freshVault, backup.file, BACKUP_PASSPHRASE);
    await expect(freshVault.getByText('Restored 0 credentials. 3 were already in the vault and were skipped.')).toBeVisible({ timeout: 30_000 });
    expect(await storedHeaders(freshWorker)).toEqual(restored);
    expectNoSecretsIn(await pageReadableText(freshVault, 'never'), allSecrets, 'the options page DOM');
  } finally {
    await fresh.close();
  }
});

test('Encrypt for integrator: `age -d -i` opens it to the .txt with only the fields the preset needs, byte for byte', async ({ context, server, extensionId, worker }) => {
  const base = BUILTIN_PRESETS.find((p) => p.id === 'litextension-to-bigcommerce')!;
  const preset = { ...base, id: 'acme-migration', name: 'Acme migration', handoff: { recipient: RECIPIENT } };
  await choosePreset(worker, preset.id, [preset]);
  const panel = await openPanel(context, server, CREATE_PATH);
  await saveAndEscape(panel, 'Acme handoff');
  await expectCaptured(panel);
  const [save] = await fixtureSaves(panel);
  const c = save!.credentials;

  const vault = await openVault(context, extensionId);
  await createVault(vault);
  const item = vaultItem(vault, 'Acme handoff');
  await expect(item.getByRole('link', { name: 'Acme migration' })).toBeVisible();
  // By default: a sealed hand-off holds only what the integration needs, a download the whole file.
  await expect(item.getByLabel('Fields')).toHaveValue('default');
  const handoff = await downloadFrom(vault, () => item.getByRole('button', { name: /^Encrypt for age1/ }).click());
  expect(handoff.name).toBe('acme-handoff.txt.age');
  const expected = `ACCESS TOKEN: ${c.accessToken}\nAPI PATH: ${save!.apiPath}\nCLIENT ID: ${c.clientId}\n`;
  expect(ageDecryptWithIdentity(handoff.file, IDENTITY).toString('utf8')).toBe(expected);
  expectNoSecretsIn((await readFile(handoff.file)).toString('latin1'), secretsOf(c), 'the hand-off file');

  // "Download .txt" gives BigCommerce's whole file (its Client Secret included) unless
  // "Only what … needs" is chosen explicitly.
  const whole = await downloadFrom(vault, () => item.getByRole('button', { name: 'Download .txt', exact: true }).click());
  expect(await readFile(whole.file, 'utf8')).toBe(save!.txt);
  expect(await readFile(whole.file, 'utf8')).toContain(c.clientSecret);
  await item.getByLabel('Fields').selectOption('needed');
  const needed = await downloadFrom(vault, () => item.getByRole('button', { name: 'Download .txt', exact: true }).click());
  expect(await readFile(needed.file, 'utf8')).toBe(expected);
  // "Everything" seals BigCommerce's whole file too.
  await item.getByLabel('Fields').selectOption('all');
  const everything = await downloadFrom(vault, () => item.getByRole('button', { name: /^Encrypt for age1/ }).click());
  expect(ageDecryptWithIdentity(everything.file, IDENTITY).toString('utf8')).toBe(save!.txt);
});

test('copy per field, label and note, search; weak vault passphrases refused with a reason and a suggestion', async ({ context, extensionId }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const vault = await openVault(context, extensionId, { fakeClock: true });
  await vault.getByLabel('New passphrase', { exact: true }).fill('aaaaaaaaaaaa');
  await vault.getByLabel('Confirm passphrase', { exact: true }).fill('aaaaaaaaaaaa');
  // The meter's verdict first, as a user sees it: it appears once the estimator has loaded and
  // moves the button down, so a click sent while it appears (a loaded machine) can miss the button.
  await expect(vault.getByText(/^Strength: very weak\./)).toBeVisible();
  await vault.getByRole('button', { name: 'Create vault' }).click();
  // The alert (the strength meter above it says the same).
  await expect(vault.getByRole('alert').filter({ hasText: 'Choose a stronger passphrase. Repeated characters or patterns are easy to guess. Avoid repeated words and characters.' })).toBeVisible();
  await expect(vault.getByRole('button', { name: 'Create vault' })).toBeVisible();
  await createVault(vault);

  const a = randomCredentials();
  const b = randomCredentials();
  await importTxt(vault, 'a.txt', bigCommerceTxt('Alpha sync', a));
  await importTxt(vault, 'b.txt', bigCommerceTxt('Beta sync', b, 'xyz789'));
  const alpha = vaultItem(vault, 'Alpha sync');
  await expect(alpha).toBeVisible();
  const readClipboard = () => vault.evaluate(() => navigator.clipboard.readText());
  for (const [button, value] of [
    ['Copy Client ID', a.clientId],
    ['Copy Client Secret', a.clientSecret],
    ['Copy API path', 'https://api.bigcommerce.com/stores/abc123/v3/'],
    ['Copy access token', a.accessToken],
  ] as const) {
    await alpha.getByRole('button', { name: button, exact: true }).click();
    await expect.poll(readClipboard).toBe(value);
  }
  // Something else copied meanwhile is left alone when the 30 seconds are up.
  await vault.evaluate(() => navigator.clipboard.writeText('my own note'));
  await vault.clock.fastForward('00:31');
  await expect(vault.getByText('The clipboard was not cleared: it holds something you copied since.')).toBeVisible();
  expect(await readClipboard()).toBe('my own note');

  await alpha.getByRole('button', { name: 'Edit label and note', exact: true }).click();
  await alpha.getByLabel('Label', { exact: true }).fill('production');
  await alpha.getByLabel('Note', { exact: true }).fill('Rotate before June');
  await alpha.getByLabel('Store name for abc123', { exact: true }).fill('Acme Outfitters');
  await alpha.getByRole('button', { name: 'Save label and note', exact: true }).click();
  await expect(alpha).toContainText('Acme Outfitters');
  await expect(alpha).toContainText('Rotate before June');
  await vault.getByLabel('Search credentials', { exact: true }).fill('acme');
  await expect(vault.getByText('Showing 1 of 2.')).toBeVisible();
  await expect(vaultItem(vault, 'Beta sync')).toHaveCount(0);
  await vault.getByLabel('Search credentials', { exact: true }).fill('xyz789');
  await expect(vaultItem(vault, 'Beta sync')).toBeVisible();
  await expect(alpha).toHaveCount(0);
});
