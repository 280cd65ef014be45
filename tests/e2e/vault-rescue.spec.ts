/**
 * The rescue vault, end to end: while the main vault's header cannot be read (here: one a future
 * version wrote), a capture from the real-BigDesign fixture is sealed into the rescue vault and
 * the page says so. The options page lists it in a "Rescue vault" section; with the main vault
 * unreadable too, its .txt downloads as BigCommerce wrote it; once the header is back and the
 * vault unlocked, "Move into vault" puts it in the vault, where its .txt matches the fixture's,
 * and the section is gone.
 */
import type { Page, Worker } from '@playwright/test';
import { CREATE_PATH, STORE_HASH, expect, openPanel, test } from './harness';
import {
  captureNotice,
  createVault,
  downloadText,
  expectCaptured,
  expectNoSecretsIn,
  expectNoViolations,
  fixtureSaves,
  openVault,
  pageReadableText,
  saveAndEscape,
  secretsOf,
  storedRecordCount,
  vaultItem,
} from './vault-helpers';

/** Reads (no argument) or writes the main vault's meta row, from the service worker. */
async function mainMeta(worker: Worker, write?: unknown): Promise<unknown> {
  return worker.evaluate(async (value) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
      });
    // Only once the extension made it (at install): opening it here first would create it empty.
    if (!(await indexedDB.databases()).some((d) => d.name === 'scopekeeper-vault')) return undefined;
    const db = await request(indexedDB.open('scopekeeper-vault'));
    try {
      const store = db.transaction('meta', value === undefined ? 'readonly' : 'readwrite').objectStore('meta');
      if (value !== undefined) await request(store.put(value, 'vault'));
      return await request<unknown>(store.get('vault'));
    } finally {
      db.close();
    }
  }, write);
}

function rescueSection(page: Page) {
  return page.getByRole('region', { name: 'Rescue vault' });
}

test('a capture sealed into the rescue vault is listed, downloadable while the vault is unreadable, and moved into the vault once it is back', async ({
  context,
  server,
  extensionId,
  worker,
}) => {
  await expect.poll(() => mainMeta(worker)).toBeTruthy();
  const original = (await mainMeta(worker)) as { header: Record<string, unknown> };
  // A header from a future version: this version must not read it, and must not replace it.
  await mainMeta(worker, { ...original, header: { ...original.header, v: 7 } });

  const panel = await openPanel(context, server, CREATE_PATH, { variant: 'bigdesign' });
  await saveAndEscape(panel, 'Rescued storefront sync');
  await expectCaptured(panel);
  await expect(captureNotice(panel)).toContainText('sealed into a separate rescue vault');
  const [save] = await fixtureSaves(panel);
  expect(await storedRecordCount(worker)).toBe(0);

  // The vault cannot be read either: the rescue section says so and offers the .txt.
  const vault = await openVault(context, extensionId);
  await expect(vault.getByText('The vault could not be read.')).toBeVisible();
  const rescue = rescueSection(vault);
  await expect(rescue).toContainText('Credentials in the rescue vault: 1');
  const listed = rescue.getByRole('list', { name: 'Credentials in the rescue vault' }).getByRole('listitem');
  await expect(listed).toHaveCount(1);
  await expect(listed.getByRole('heading', { name: 'Rescued storefront sync', exact: true })).toBeVisible();
  await expect(listed).toContainText(STORE_HASH);
  await expect(rescue).toContainText('Your vault cannot be read either');
  await expect(rescue.getByRole('button', { name: 'Move into vault' })).toHaveCount(0);
  expect((await downloadText(vault, listed, 'Download .txt')).text).toBe(save!.txt);
  await expectNoViolations(vault, 'vault unreadable, rescue vault listed (light)');

  // The header is back (the newer version's data no longer in the way): set a passphrase, move.
  await mainMeta(worker, original);
  await vault.reload();
  await expect(rescue).toContainText('Set your vault passphrase above');
  await expect(rescue.getByRole('button', { name: 'Download .txt' })).toHaveCount(0);
  await createVault(vault);
  await vault.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(vault, 'vault unlocked, Move into vault offered (dark)');
  await rescue.getByRole('button', { name: 'Move into vault' }).click();
  await expect(vault.getByRole('status').filter({ hasText: '1 moved into your vault.' })).toBeVisible();
  await expect(rescue).toHaveCount(0);

  const item = vaultItem(vault, 'Rescued storefront sync');
  await expect(item).toContainText(STORE_HASH);
  expect((await downloadText(vault, item, 'Download .txt')).text).toBe(save!.txt);
  expect(await storedRecordCount(worker)).toBe(1);

  // Gone from the rescue vault for good: a fresh page shows no section.
  await vault.reload();
  await expect(vault.getByRole('heading', { name: 'Credentials', exact: true, level: 2 })).toBeVisible();
  await expect(vaultItem(vault, 'Rescued storefront sync')).toHaveCount(1);
  await expect(rescueSection(vault)).toHaveCount(0);
  expectNoSecretsIn(await pageReadableText(vault, 'never'), secretsOf(save!.credentials), 'the options page DOM');
});
