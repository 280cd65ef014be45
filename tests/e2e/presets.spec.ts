/**
 * The preset manager on the options page, end to end: import a preset file and fill the real
 * (fixture) form with it, refuse a malformed file with field paths and no change, duplicate and
 * edit a built-in, create with inline validation, export, delete, and all of it by keyboard.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { findScopeRow } from '../../utils/scopes/match';
import { STORE_SCOPES } from '../../utils/scopes/catalogue';
import { CREATE_PATH, ROOT, activeTabId, chooseByKeyboard, expect, fixtureState, openPanel, test, waitForFixtureForm, type FixtureState } from './harness';

/** The complete example of docs/preset-format.md: what an integrator would publish. */
const EXAMPLE_TEXT = /<!-- example:start -->\s*```json\n([\s\S]*?)```/.exec(readFileSync(path.join(ROOT, 'docs/preset-format.md'), 'utf8'))![1]!;
const EXAMPLE = JSON.parse(EXAMPLE_TEXT) as { presets: { id: string; name: string; scopes: Record<string, { level: string; include?: boolean }> }[] };


async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(manager(page).getByText(/^\d+ presets\.$/)).toBeVisible();
  return page;
}

const manager = (page: Page) => page.getByRole('region', { name: 'Presets', exact: true });
const importInput = (page: Page) => manager(page).getByLabel('Import preset', { exact: true });
const listItems = (page: Page) => manager(page).locator('.preset-list').getByRole('button');
const editor = (page: Page) => page.getByRole('form');

async function importText(page: Page, name: string, text: string) {
  await importInput(page).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function stored(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local.get(null));
}

/** Scope id → level (lower case) in the page's React state. */
function levelsById(state: FixtureState): Record<string, string> {
  return Object.fromEntries(Object.entries(state.scopes).map(([label, level]) => [findScopeRow(label, STORE_SCOPES)?.id ?? label, level.toLowerCase()]));
}

/** Every row of the page (docs/control-panel-facts.md §4.1's 28: the fixture shows no Infrastructure rows unless asked): the
 *  preset's level, or the row's default (also for an optional row that starts unticked). */
function expectedLevels(scopes: Record<string, { level: string; include?: boolean }>): Record<string, string> {
  return Object.fromEntries(STORE_SCOPES.slice(0, 28).map((r) => [r.id, scopes[r.id] && scopes[r.id]!.include !== false ? scopes[r.id]!.level : r.defaultLevel]));
}

test('an imported preset file fills the form, from the in-page panel and from the popup', async ({ context, server, worker, extensionId }) => {
  const options = await openOptions(context, extensionId);
  await importText(options, 'acme.scopekeeper.json', EXAMPLE_TEXT);
  await expect(manager(options).getByRole('status')).toHaveText('Imported from acme.scopekeeper.json: Acme Order Sync, Acme Reporting (read-only).');
  await expect(manager(options).getByRole('heading', { name: 'Your presets (2)' })).toBeVisible();
  await expect(manager(options).getByRole('heading', { level: 3, name: 'Acme Order Sync' })).toBeFocused();
  await expect(manager(options).getByText('Your preset', { exact: true })).toBeVisible();

  const [orderSync, reporting] = EXAMPLE.presets;
  const page = await openPanel(context, server, CREATE_PATH);
  await waitForFixtureForm(page);
  const panel = page.getByRole('region', { name: 'Scopekeeper' });
  await chooseByKeyboard(panel.getByLabel('Preset'), 'Acme Order Sync');
  await panel.getByRole('button', { name: 'Fill form' }).click();
  await expect(panel.getByRole('status')).toContainText('28 of 28 scopes match');
  await expect.poll(async () => levelsById(await fixtureState(page))).toEqual(expectedLevels(orderSync!.scopes));
  expect((await fixtureState(page)).name).toBe('Acme Order Sync');

  // The second preset of the same file, from the popup: rows only the first set go back to None.
  await page.bringToFront();
  const tabId = await activeTabId(worker); // before the popup's own tab becomes the active one
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByLabel('Preset').selectOption({ label: 'Acme Reporting (read-only)' });
  await popup.getByRole('button', { name: 'Fill form' }).click();
  await expect(popup.getByRole('status')).toContainText('Form filled');
  await expect.poll(async () => levelsById(await fixtureState(page))).toEqual(expectedLevels(reporting!.scopes));
});

test('a malformed file is refused whole: every problem with its field path, nothing changed', async ({ context, worker, extensionId }) => {
  const options = await openOptions(context, extensionId);
  await importText(options, 'acme.scopekeeper.json', EXAMPLE_TEXT);
  await expect(manager(options).getByRole('heading', { name: 'Your presets (2)' })).toBeVisible();
  const namesBefore = await listItems(options).allTextContents();
  const storedBefore = await stored(worker);

  const [first] = EXAMPLE.presets;
  const bad = {
    format: 'scopekeeper-preset',
    version: 1,
    presets: [
      // Same id as an imported preset: had the file been accepted, it would have replaced it.
      { ...first, scopes: { 'customers-login': { level: 'modify', required: true } }, sources: [{ url: 'http://docs.example.com/acme', title: 'Acme' }] },
      { ...first, id: 'modern-retail-integration', colour: 'red' },
    ],
  };
  await importText(options, 'bad.scopekeeper.json', JSON.stringify(bad));
  const alert = manager(options).getByRole('alert');
  await expect(alert).toContainText('“bad.scopekeeper.json” was not imported, and nothing was changed.');
  await expect(alert.getByRole('listitem')).toHaveText([
    // The field in people's words, then where it is in the file (issue 20, item 7).
    'Preset 1, Source 1 URL (presets[0].sources[0].url): must be an https URL.',
    'Preset 1, Customers login (presets[0].scopes.customers-login.level): is not a level that Customers login offers (it offers: None, login).',
    'Preset 2, colour (presets[1].colour): is not a field of the preset file format.',
    'Preset 2, Id (presets[1].id): is the id of a built-in preset; choose another id.',
  ]);
  expect(await listItems(options).allTextContents()).toEqual(namesBefore);
  expect(await stored(worker)).toEqual(storedBefore);

  // Not JSON at all: one problem for the file as a whole.
  await importText(options, 'notes.txt.json', 'Customers: modify');
  await expect(alert.getByRole('listitem')).toHaveText(['The whole file: is not valid JSON.']);
  expect(await stored(worker)).toEqual(storedBefore);

  // The shown preset is still the imported one, unchanged.
  await listItems(options).filter({ hasText: 'Acme Order Sync' }).click();
  await expect(manager(options).getByRole('row', { name: 'Customers login login Optional' })).toBeVisible();
});

test('duplicate a built-in and edit the copy; the built-in stays as it was', async ({ context, worker, extensionId }) => {
  const options = await openOptions(context, extensionId);
  await listItems(options).filter({ hasText: /^Modern Retail Integration$/ }).click();
  const m = manager(options);
  await expect(m.getByText('Built-in, read-only')).toBeVisible();
  await expect(m.getByRole('link', { name: /Modern Retail/ })).toHaveAttribute('href', /^https:\/\/support\.modernretail\.com\//);
  // Read-only: no Edit or Delete on a built-in.
  await expect(m.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
  await expect(m.getByRole('button', { name: 'Delete', exact: true })).toHaveCount(0);

  await m.getByRole('button', { name: 'Duplicate', exact: true }).click();
  const form = editor(options);
  await expect(form.getByRole('heading', { name: 'Edit “Modern Retail Integration (copy)”' })).toBeFocused();
  await expect(form.getByLabel('Id', { exact: true })).toHaveValue('modern-retail-integration-copy');
  await expect(form.getByLabel('Id', { exact: true })).not.toBeEditable();

  // Only the row's own levels are offered.
  await expect(form.getByRole('combobox', { name: 'Customers login', exact: true }).locator('option')).toHaveText(['Not in preset', 'None', 'login']);
  await form.getByLabel('Name', { exact: true }).fill('Modern Retail (ours)');
  await form.getByRole('combobox', { name: 'Customers', exact: true }).selectOption('read-only');
  await form.getByRole('combobox', { name: 'Themes', exact: true }).selectOption('modify');
  await expect(form.getByRole('checkbox', { name: 'Themes: required' })).toBeEnabled();
  await form.getByRole('combobox', { name: 'Carts', exact: true }).selectOption('');
  await expect(form.getByRole('checkbox', { name: 'Carts: required' })).toBeDisabled();
  await form.getByRole('button', { name: 'Save preset' }).click();

  await expect(m.getByRole('status')).toHaveText('Saved “Modern Retail (ours)”.');
  await expect(m.getByRole('heading', { level: 3, name: 'Modern Retail (ours)' })).toBeFocused();
  await expect(m.getByRole('row', { name: 'Customers read-only Required' })).toBeVisible();
  await expect(m.getByRole('row', { name: 'Themes modify Optional' })).toBeVisible();
  await expect(m.getByRole('row', { name: /^Carts / })).toHaveCount(0);

  const saved = ((await stored(worker)).customPresets as { id: string; name: string; scopes: Record<string, unknown> }[])[0];
  expect(saved).toMatchObject({ id: 'modern-retail-integration-copy', name: 'Modern Retail (ours)', accountName: 'Modern Retail Integration' });
  expect(saved?.scopes).toMatchObject({ customers: { level: 'read-only', required: true }, themes: { level: 'modify', required: false } });
  expect(saved?.scopes).not.toHaveProperty('carts');

  // Survives a reload; the built-in is untouched.
  await options.reload();
  await listItems(options).filter({ hasText: 'Modern Retail (ours)' }).click();
  await expect(manager(options).getByRole('row', { name: 'Customers read-only Required' })).toBeVisible();
  await listItems(options).filter({ hasText: /^Modern Retail Integration$/ }).click();
  await expect(manager(options).getByRole('row', { name: 'Customers modify Required' })).toBeVisible();
  await expect(manager(options).getByRole('row', { name: /^Carts modify/ })).toBeVisible();
});

test('a new preset is validated inline, each problem named as the editor labels its field with what to do, then saved, exported and deleted', async ({ context, worker, extensionId }) => {
  const options = await openOptions(context, extensionId);
  const m = manager(options);
  await expect(m.getByText('None yet. Duplicate a built-in preset')).toBeVisible();
  await m.getByRole('button', { name: 'New preset' }).click();
  const form = editor(options);
  await expect(form.getByRole('heading', { name: 'New preset' })).toBeFocused();

  await form.getByLabel('Id', { exact: true }).fill('stencil-cli');
  await form.getByLabel('Account name', { exact: true }).fill('abc');
  await form.getByLabel('Source 1 URL').fill('http://docs.example.com/x');
  // A preset of Nones only would make a useless account: said until a row grants something.
  const nothing = form.getByText('This preset grants no scope');
  await expect(nothing).toBeVisible();
  await form.getByRole('combobox', { name: 'Orders', exact: true }).selectOption('none');
  await expect(nothing).toBeVisible();
  await form.getByRole('combobox', { name: 'Orders', exact: true }).selectOption('modify');
  await expect(nothing).toBeHidden();
  await form.getByRole('button', { name: 'Save preset' }).click();

  const summary = form.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('5 problems to fix before saving:');
  // Each names its field as the editor labels it (not `sources[0].url`) and says what to do
  // (issue 20, item 7).
  await expect(summary.getByRole('listitem')).toHaveText([
    'Name: Fill this in.',
    'Source 1 URL: Enter an address that starts with https://, for example https://docs.example.com/setup.',
    'Source 1 title: Fill this in.',
    'Account name: Enter at least 4 characters.',
    'Id: This id belongs to a built-in preset; choose another.',
  ]);
  await expect(summary).not.toContainText('sources[0]');
  // Each problem also sits under its field, which is marked invalid and described by it.
  const account = form.getByLabel('Account name', { exact: true });
  await expect(account).toHaveAttribute('aria-invalid', 'true');
  await expect(account).toHaveAccessibleDescription(/Account name: Enter at least 4 characters\./);
  // The summary's links move focus to the field.
  await summary.getByRole('link', { name: 'Source 1 URL:' }).click();
  await expect(form.getByLabel('Source 1 URL')).toBeFocused();
  // An id that is not kebab-case: what is allowed, with an example.
  await form.getByLabel('Id', { exact: true }).fill('Acme Lite');
  await form.getByRole('button', { name: 'Save preset' }).click();
  await expect(summary.getByRole('listitem').filter({ hasText: /^Id:/ })).toHaveText(
    'Id: Use only lower-case letters a–z, digits 0–9 and single hyphens between them, for example acme-order-sync.',
  );
  expect((await stored(worker)).customPresets).toBeUndefined();

  await form.getByLabel('Name', { exact: true }).fill('Acme Lite');
  await form.getByLabel('Id', { exact: true }).fill('acme-lite');
  await form.getByLabel('Account name', { exact: true }).fill('Acme Lite');
  await form.getByLabel('Source 1 URL').fill('https://docs.example.com/acme-lite');
  await form.getByLabel('Source 1 title').fill('Acme Lite setup');
  await form.getByRole('checkbox', { name: 'Orders: required' }).check();
  await form.getByRole('button', { name: 'Save preset' }).click();
  await expect(m.getByRole('status')).toHaveText('Saved “Acme Lite”.');
  await expect(m.getByRole('heading', { name: 'Your presets (1)' })).toBeVisible();

  // Export: <id>.scopekeeper.json in the documented format, and it imports back as it was.
  const download = options.waitForEvent('download');
  await m.getByRole('button', { name: 'Export preset' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('acme-lite.scopekeeper.json');
  const text = readFileSync(await file.path(), 'utf8');
  const exported = JSON.parse(text) as { format: string; version: number; presets: unknown[] };
  expect(exported).toEqual({ format: 'scopekeeper-preset', version: 1, presets: (await stored(worker)).customPresets });
  await expect(m.getByRole('status')).toHaveText('Exported to acme-lite.scopekeeper.json.');

  // Delete asks first; "Keep it" keeps it.
  await m.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(m.getByText('Delete “Acme Lite”? This cannot be undone')).toBeVisible();
  await expect(m.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await m.getByRole('button', { name: 'Keep it' }).click();
  await expect(m.getByRole('button', { name: 'Delete', exact: true })).toBeFocused();
  await m.getByRole('button', { name: 'Delete', exact: true }).click();
  await m.getByRole('button', { name: 'Delete preset' }).click();
  await expect(m.getByRole('status')).toHaveText('Deleted “Acme Lite”.');
  await expect(m.getByRole('heading', { name: 'Your presets (0)' })).toBeVisible();
  expect((await stored(worker)).customPresets).toEqual([]);

  // The exported file brings it back.
  await importText(options, file.suggestedFilename(), text);
  await expect(m.getByRole('heading', { name: 'Your presets (1)' })).toBeVisible();
  expect((await stored(worker)).customPresets).toEqual(exported.presets);
});

test('keyboard alone: import through the file chooser, duplicate, change a level, save', async ({ context, worker, extensionId }) => {
  const options = await openOptions(context, extensionId);
  // Listening this early lets Playwright finish switching on file-chooser interception before
  // the key press (enabled asynchronously; a listener added just before Enter can miss it).
  const chooser = options.waitForEvent('filechooser', { timeout: 30_000 });
  const m = manager(options);
  // From the top of the page, Tab reaches "Import preset" and Enter opens the file chooser.
  await m.getByRole('heading', { name: 'Presets', exact: true }).evaluate((h) => {
    h.setAttribute('tabindex', '-1');
    (h as HTMLElement).focus();
  });
  let steps = 0;
  while (!(await importInput(options).evaluate((el) => el === document.activeElement)) && steps++ < 40) await options.keyboard.press('Tab');
  await expect(importInput(options)).toBeFocused();
  // The visually hidden input shows its focus on its button-like label.
  expect(await m.locator('label.file-button').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await options.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'acme.scopekeeper.json', mimeType: 'application/json', buffer: Buffer.from(EXAMPLE_TEXT) });
  await expect(m.getByRole('heading', { level: 3, name: 'Acme Order Sync' })).toBeFocused();

  // Focus is on the details heading: the actions follow it.
  await options.keyboard.press('Tab'); // Edit
  await options.keyboard.press('Tab'); // Duplicate
  await expect(m.getByRole('button', { name: 'Duplicate', exact: true })).toBeFocused();
  await options.keyboard.press('Enter');
  const form = editor(options);
  await expect(form.getByRole('heading', { name: 'Edit “Acme Order Sync (copy)”' })).toBeFocused();
  const orders = form.getByRole('combobox', { name: 'Orders', exact: true });
  steps = 0;
  while (!(await orders.evaluate((el) => el === document.activeElement)) && steps++ < 60) await options.keyboard.press('Tab');
  await expect(orders).toBeFocused();
  await options.keyboard.press('ArrowUp'); // modify → read-only
  await expect(orders).toHaveValue('read-only');
  const save = form.getByRole('button', { name: 'Save preset' });
  steps = 0;
  while (!(await save.evaluate((el) => el === document.activeElement)) && steps++ < 80) await options.keyboard.press('Tab');
  await options.keyboard.press('Enter');
  await expect(m.getByRole('status')).toHaveText('Saved “Acme Order Sync (copy)”.');
  const copy = ((await stored(worker)).customPresets as { id: string; scopes: Record<string, { level: string }> }[]).find((p) => p.id === 'acme-order-sync-copy');
  expect(copy?.scopes.orders?.level).toBe('read-only');
});

test('an account-level preset: chosen as the form when creating, its resources and levels, marked in the list, exported without a token type', async ({ context, worker, extensionId }) => {
  const options = await openOptions(context, extensionId);
  const m = manager(options);

  // The built-in one is marked in the list and in its details.
  await listItems(options).filter({ hasText: 'Unified billing: app partner' }).click();
  await expect(listItems(options).filter({ hasText: 'Unified billing: app partner' })).toContainText('Account-level');
  await expect(m.getByText('For', { exact: true })).toBeVisible();
  await expect(m.getByText('Account-level API account', { exact: false }).first()).toBeVisible();
  const builtinTable = m.getByRole('table');
  await expect(builtinTable).toContainText('Account-level resources: 2, 2 required');
  await expect(builtinTable.getByRole('row', { name: /^Account Checkouts modify Required$/ })).toBeVisible();
  await expect(m.getByText('Token type', { exact: true })).toHaveCount(0);

  await m.getByRole('button', { name: 'New preset' }).click();
  // In the manager: the options page may also show the vault's setup form.
  const form = m.getByRole('form');
  // Store-level first, as before: its rows and the token type.
  await expect(form.getByRole('radio', { name: 'Store-level API account' })).toBeChecked();
  await expect(form.getByRole('combobox', { name: 'Orders', exact: true })).toBeVisible();
  await form.getByRole('radio', { name: 'Account-level API account' }).check();
  await expect(form.getByRole('combobox', { name: 'Token type' })).toHaveCount(0);
  await expect(form.getByRole('combobox', { name: 'Orders', exact: true })).toHaveCount(0);
  await expect(form.getByRole('group', { name: 'Account-level resources' })).toBeVisible();
  const users = form.getByRole('combobox', { name: 'Account Users', exact: true });
  await expect(users.locator('option')).toHaveText(['Not in preset', 'None', 'read-only', 'write', 'delete']);
  await users.selectOption('write');
  await form.getByRole('checkbox', { name: 'Account Users: required' }).check();
  await form.getByRole('combobox', { name: 'Charges', exact: true }).selectOption('modify');
  await form.getByLabel('Name', { exact: true }).fill('Acme Accounts');
  await form.getByLabel('Source 1 URL').fill('https://docs.example.com/acme-accounts');
  await form.getByLabel('Source 1 title').fill('Acme accounts setup');
  await form.getByRole('button', { name: 'Save preset' }).click();
  await expect(m.getByRole('status')).toHaveText('Saved “Acme Accounts”.');

  const table = m.getByRole('table');
  await expect(table).toContainText('Account-level resources: 2, 1 required');
  await expect(table.getByRole('row', { name: /^Account Users write Required$/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Charges modify Optional$/ })).toBeVisible();
  await expect(listItems(options).filter({ hasText: 'Acme Accounts' })).toContainText('Account-level');
  const saved = (await stored(worker)).customPresets as Record<string, unknown>[];
  expect(saved).toEqual([
    expect.objectContaining({
      id: 'acme-accounts',
      kind: 'account-level',
      scopes: { 'account-users': { level: 'write', required: true }, charges: { level: 'modify', required: false } },
    }),
  ]);

  // Export: kind written, no token type (the account-level form has none).
  const download = options.waitForEvent('download');
  await m.getByRole('button', { name: 'Export preset' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { presets: Record<string, unknown>[] };
  expect(exported.presets[0]).toMatchObject({ id: 'acme-accounts', kind: 'account-level' });
  expect(exported.presets[0]).not.toHaveProperty('tokenType');

  // A duplicate stays account-level; the form is not offered for change.
  await m.getByRole('button', { name: 'Duplicate' }).click();
  await expect(form.getByRole('radio')).toHaveCount(0);
  await expect(form).toContainText('Form: Account-level API account (fixed once saved)');
  await expect(form.getByRole('combobox', { name: 'Account Users', exact: true })).toHaveValue('write');
  await form.getByRole('button', { name: 'Save preset' }).click();
  await expect(m.getByRole('heading', { name: 'Your presets (2)' })).toBeVisible();
  expect(((await stored(worker)).customPresets as { kind?: string }[]).map((p) => p.kind)).toEqual(['account-level', 'account-level']);
});

/** A fresh integrator key, as `age-keygen` would make it. */
async function integratorKey(): Promise<string> {
  const { generateX25519Identity, identityToRecipient } = await import('age-encryption');
  return identityToRecipient(await generateX25519Identity());
}

/** "New preset" with its name and one source filled in (`slug` names the source). */
async function newPresetForm(page: Page, name: string, slug: string) {
  await manager(page).getByRole('button', { name: 'New preset' }).click();
  const form = manager(page).getByRole('form');
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Source 1 URL').fill(`https://docs.example.com/${slug}`);
  await form.getByLabel('Source 1 title').fill(`${name} setup`);
  return form;
}

async function exportShown(page: Page, id: string): Promise<Record<string, unknown>> {
  const download = page.waitForEvent('download');
  await manager(page).getByRole('button', { name: 'Export preset' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${id}.scopekeeper.json`);
  const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as { presets: Record<string, unknown>[] };
  expect(exported.presets).toHaveLength(1);
  return exported.presets[0]!;
}

test('the editor sets every field a file can carry: a row that starts unticked, Stencil-CLI access, credentials, the hand-off key, keep the .txt', async ({ context, worker, extensionId }) => {
  const recipient = await integratorKey();
  const options = await openOptions(context, extensionId);
  const m = manager(options);
  const form = await newPresetForm(options, 'Acme Full', 'acme-full');
  await form.getByRole('combobox', { name: 'Orders', exact: true }).selectOption('modify');
  await form.getByRole('checkbox', { name: 'Orders: required' }).check();
  await form.getByRole('combobox', { name: 'Order transactions', exact: true }).selectOption('read-only');
  // "Starts ticked" is offered for optional rows only.
  await expect(form.getByRole('checkbox', { name: 'Orders: starts ticked' })).toHaveCount(0);
  const startsTicked = form.getByRole('checkbox', { name: 'Order transactions: starts ticked' });
  await expect(startsTicked).toBeChecked();
  await startsTicked.uncheck();
  // No Stencil-CLI access level for a V2/V3 token.
  await expect(form.getByRole('combobox', { name: 'Stencil-CLI access level' })).toHaveCount(0);

  const details = form.getByRole('group', { name: 'Integration details' });
  const credentials = details.getByRole('group', { name: 'Credentials the integration needs' });
  for (const name of ['Access Token', 'Client name', 'API path', 'Client ID', 'Client Secret']) await expect(credentials.getByRole('checkbox', { name, exact: true })).toBeChecked();
  for (const name of ['Client name', 'Client ID', 'Client Secret']) await credentials.getByRole('checkbox', { name, exact: true }).uncheck();
  await details.getByRole('textbox', { name: 'Integrator’s age public key' }).fill(recipient);
  await details.getByRole('checkbox', { name: /needs the \.txt file/ }).check();
  // A note that must be read (issue 20, item 1): its own field, one per line.
  await form.getByLabel('Notes that must be read').fill('Turn off order emails before the first sync.');
  await form.getByRole('button', { name: 'Save preset' }).click();
  await expect(m.getByRole('status')).toHaveText('Saved “Acme Full”.');
  await expect(m.getByRole('note', { name: 'Read before you fill' })).toContainText('Turn off order emails before the first sync.');

  // The details say it in plain words.
  await expect(m.getByRole('row', { name: 'Order transactions read-only Optional · Starts unticked' })).toBeVisible();
  await expect(m.getByRole('definition').filter({ hasText: 'Access Token, API path' })).toBeVisible();
  await expect(m.getByText(`Sealed to the age key ${recipient}`)).toBeVisible();
  await expect(m.getByText('Keep the .txt file BigCommerce downloads')).toBeVisible();

  const full = await exportShown(options, 'acme-full');
  expect(full).toEqual({
    id: 'acme-full',
    name: 'Acme Full',
    description: '',
    sources: [{ url: 'https://docs.example.com/acme-full', title: 'Acme Full setup' }],
    tokenType: 'v2v3',
    scopes: { orders: { level: 'modify', required: true }, 'order-transactions': { level: 'read-only', required: false, include: false } },
    importantNotes: ['Turn off order emails before the first sync.'],
    credentialFields: ['accessToken', 'apiPath'],
    handoff: { recipient },
    keepTxt: true,
  });

  // A Stencil-CLI copy: its access level appears with the token type; the other fields carry over.
  await m.getByRole('button', { name: 'Duplicate', exact: true }).click();
  await expect(form.getByRole('checkbox', { name: 'Client ID', exact: true })).not.toBeChecked();
  await expect(form.getByRole('textbox', { name: 'Integrator’s age public key' })).toHaveValue(recipient);
  await form.getByRole('combobox', { name: 'Token type' }).selectOption('stencil-cli');
  const access = form.getByRole('combobox', { name: 'Stencil-CLI access level' });
  await expect(access).toHaveValue('local-development');
  await access.selectOption({ label: 'publish theme' });
  await form.getByRole('button', { name: 'Save preset' }).click();
  await expect(m.getByRole('status')).toHaveText('Saved “Acme Full (copy)”.');
  await expect(m.getByRole('definition').filter({ hasText: /^publish theme$/ })).toBeVisible();

  const stencil = await exportShown(options, 'acme-full-copy');
  expect(stencil).toEqual({
    ...full,
    id: 'acme-full-copy',
    name: 'Acme Full (copy)',
    tokenType: 'stencil-cli',
    // The Stencil-CLI form has no scope rows.
    scopes: {},
    stencilAccess: 'publish-theme',
  });
  expect(((await stored(worker)).customPresets as { id: string }[]).map((p) => p.id)).toEqual(['acme-full', 'acme-full-copy']);
});

test('a malformed age key shows the schema’s message beside the key field, and nothing is saved', async ({ context, worker, extensionId }) => {
  const options = await openOptions(context, extensionId);
  const form = await newPresetForm(options, 'Acme Key', 'acme-key');
  // A key cut short while copying.
  const recipient = await integratorKey();
  const key = form.getByRole('textbox', { name: 'Integrator’s age public key' });
  await key.fill(recipient.slice(0, -3));
  await form.getByRole('button', { name: 'Save preset' }).click();

  // The field as the editor labels it, then what is wrong (issue 20, item 7).
  const message = 'Integrator’s age public key: must be an age X25519 public key ("age1" followed by 58 lower-case characters)';
  const summary = form.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('listitem')).toHaveText([message]);
  await expect(key).toHaveAttribute('aria-invalid', 'true');
  await expect(key).toHaveAccessibleDescription(new RegExp(`${message.replace(/[()".]/g, '\\$&')}$`));
  // Beside the field: the list right under it.
  await expect(form.locator('#pe-handoff-recipient + .field-issues')).toHaveText(message);
  await summary.getByRole('link', { name: 'Integrator’s age public key' }).click();
  await expect(key).toBeFocused();
  expect((await stored(worker)).customPresets).toBeUndefined();
});
