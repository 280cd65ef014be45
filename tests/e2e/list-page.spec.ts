/**
 * The store-level API account list (both path forms): Scopekeeper's bar counts the accounts
 * toward the cap of 50, marks the accounts whose credential is in the vault (the vault stays
 * locked: no passphrase is ever set here), and says in the delete confirmation whether the vault
 * holds the credential; the vault page, not the list, offers to archive records whose account is
 * no longer listed (the page learns nothing of a record it does not list).
 */
import type { Page } from '@playwright/test';
import { CREATE_PATH, expect, openPanel, test, type ControlPanelServer } from './harness';
import type { BrowserContext } from '@playwright/test';
import { expectCaptured, expectNoSecretsIn, openVault, pageReadableText, randomCredentials, saveAndEscape, secretsOf, vaultItem } from './vault-helpers';

const LIST_PATH = '/manage/settings/api-accounts';
const LEGACY_LIST_PATH = '/manage/settings/auth/api-accounts';

function bar(page: Page) {
  return page.locator('scopekeeper-list');
}

function row(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: false }) }).filter({ hasText: name });
}

/** Captures an account through the fixture's create form: a real record in the vault. */
async function capture(context: BrowserContext, server: ControlPanelServer, name: string) {
  const credentials = randomCredentials();
  const page = await openPanel(context, server, CREATE_PATH, { credentials });
  await saveAndEscape(page, name);
  await expectCaptured(page);
  await page.close();
  return credentials;
}

for (const path of [LIST_PATH, LEGACY_LIST_PATH]) {
  test(`list page: count, vault marks, archive of a gone record, delete confirmation (${path})`, async ({ context, server, extensionId }) => {
    const kept = await capture(context, server, 'Warehouse sync');
    const gone = await capture(context, server, 'Old feed');

    const page = await openPanel(context, server, path, {
      listAccounts: [{ name: 'Warehouse sync', webhooks: true }, { name: 'Manual import' }],
    });
    await expect(bar(page)).toContainText('2 of 50 API accounts used');
    await expect(bar(page)).toContainText('1 of them has its credentials in the vault.');
    await expect(row(page, 'Warehouse sync').locator('scopekeeper-mark')).toContainText('Credential in vault');
    // On the first list Scopekeeper reads, an account not in the vault was made before it could
    // capture anything: a neutral mark, not the warning (issue 20, item 10).
    await expect(row(page, 'Manual import').locator('scopekeeper-mark')).toContainText('Made before Scopekeeper was installed');
    await expect(row(page, 'Manual import').locator('scopekeeper-mark')).not.toContainText('Not in vault');

    // The bar has no button, and names no record the table does not list ("Old feed").
    await expect(bar(page).getByRole('button')).toHaveCount(0);
    expect(await pageReadableText(page, 'scopekeeper-none')).not.toContain('Old feed');
    // The record whose account is gone is offered for archiving in the vault page, not here.
    const vault = await openVault(context, extensionId);
    const goneItem = vaultItem(vault, 'Old feed');
    await expect(goneItem).toContainText('Not on this store’s API account list');
    await expect(vaultItem(vault, 'Warehouse sync')).not.toContainText('Not on this store’s API account list');
    await goneItem.getByRole('button', { name: 'Archive', exact: true }).click();
    await expect(goneItem).toContainText('Archived');
    await page.bringToFront();

    // Before deleting: the confirmation says the vault holds this account's credential; the
    // account has webhooks, so its name must be typed first (the page's own rule).
    await page.getByRole('button', { name: 'Delete Warehouse sync' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('scopekeeper-mark')).toContainText("the vault holds this account's credential");
    await expect(dialog.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled();
    await dialog.getByRole('textbox').fill('Warehouse sync');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(bar(page)).toContainText('1 of 50 API accounts used');
    // Its record is now one whose account is gone: said in the vault page, not on the list.
    await expect(vaultItem(vault, 'Warehouse sync')).toContainText('Not on this store’s API account list');

    // The delete confirmation keeps the warning for it.
    await page.getByRole('button', { name: 'Delete Manual import' }).click();
    await expect(page.getByRole('dialog').locator('scopekeeper-mark')).toContainText('NOT in the vault');
    await page.keyboard.press('Escape');

    // Names only: no secret of either record ever reached the page.
    expectNoSecretsIn(await pageReadableText(page, 'scopekeeper-none'), [...secretsOf(kept), ...secretsOf(gone)], 'the list page');

    // The vault (still locked) shows the archived record as archived, and can undo it.
    await vault.bringToFront();
    const archived = vaultItem(vault, 'Old feed');
    await expect(archived).toContainText('Archived');
    await archived.getByRole('button', { name: 'Unarchive' }).click();
    await expect(archived).not.toContainText('Archived');
  });
}

test('the list bar appears after in-app navigation to the list (pushState), and learns only listed names', async ({ context, server }) => {
  await capture(context, server, 'Unlisted secret project');
  await capture(context, server, 'Listed sync');
  const page = await openPanel(context, server, CREATE_PATH, { listAccounts: [{ name: 'Listed sync' }, { name: 'Manual import' }] });
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(LIST_PATH);
  await expect(bar(page).getByRole('status')).toContainText('2 of 50 API accounts used');
  await expect(row(page, 'Listed sync').locator('scopekeeper-mark')).toContainText('Credential in vault');
  await expect(row(page, 'Manual import').locator('scopekeeper-mark')).toContainText('Made before Scopekeeper was installed');
  // Nothing in the page (bar, marks, their shadow roots) names the record the table does not list.
  expect(await pageReadableText(page, 'scopekeeper-none')).not.toContain('Unlisted secret project');
});

for (const [count, text] of [
  [0, '0 of 50 API accounts used'],
  [1, '1 of 50 API accounts used'],
  [50, '50 of 50 API accounts used: the store is at the cap'],
] as const) {
  test(`list page with ${count} accounts counts ${count} of 50`, async ({ context, server }) => {
    const page = await openPanel(context, server, LIST_PATH, { listAccounts: count });
    await expect(bar(page).getByRole('status')).toContainText(text);
    await expect(page.locator('scopekeeper-mark')).toHaveCount(count);
    // An empty vault, the list's first read: every account was made before Scopekeeper.
    if (count > 0) await expect(page.locator('scopekeeper-mark').first()).toContainText('Made before Scopekeeper was installed');
  });
}

// Issue 10's frames (docs/control-panel-facts.md §14): the list rendered in a same-origin frame of the shell
// gets the audit in that frame (injected there by the background), and the shell, which holds no
// account table, shows no bar.
test('the list in a same-origin frame gets the bar and the marks in that frame only', async ({ context, server }) => {
  const page = await openPanel(context, server, LIST_PATH, { framed: true, listAccounts: 3 });
  await expect.poll(() => page.frames().length).toBeGreaterThan(1);
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  await expect(frame.locator('scopekeeper-list').getByRole('status')).toContainText('3 of 50 API accounts used');
  await expect(frame.locator('scopekeeper-mark')).toHaveCount(3);
  await expect(page.mainFrame().locator('scopekeeper-list, scopekeeper-mark')).toHaveCount(0);
});

// Issue 20, item 10: accounts made before Scopekeeper are marked neutrally; one made since that the
// vault does not hold keeps the warning (the list shows no dates: "before" is what the first
// list read showed, utils/list-baseline.ts).
test('an account made since the first list read and not in the vault keeps the warning; earlier ones stay neutral', async ({ context, server, worker }) => {
  const first = await openPanel(context, server, LIST_PATH, { listAccounts: [{ name: 'Legacy feed' }] });
  await expect(row(first, 'Legacy feed').locator('scopekeeper-mark')).toContainText('Made before Scopekeeper was installed');
  await first.close();
  // The first read is over (it lasts 30 seconds, for a table that renders its rows in steps).
  await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
    const { listBaseline } = await chrome.storage.local.get<{ listBaseline: Record<string, { at: number; names: string[] }> }>('listBaseline');
    for (const store of Object.values(listBaseline)) store.at -= 60_000;
    await chrome.storage.local.set({ listBaseline });
  });
  const page = await openPanel(context, server, LIST_PATH, { listAccounts: [{ name: 'Legacy feed' }, { name: 'Made since' }] });
  await expect(row(page, 'Made since').locator('scopekeeper-mark')).toContainText('Not in vault: deleting loses its client ID for good');
  await expect(row(page, 'Legacy feed').locator('scopekeeper-mark')).toContainText('Made before Scopekeeper was installed');
  await page.getByRole('button', { name: 'Delete Legacy feed' }).click();
  await expect(page.getByRole('dialog').locator('scopekeeper-mark')).toContainText('NOT in the vault');
});
