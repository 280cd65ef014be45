/**
 * The integrator's side of the hand-off, in two browser profiles: the integrator makes a hand-off
 * key and a request link; the merchant opens it through the deep-link address, adds the preset,
 * fills, saves and seals "for <key name>"; the integrator opens the .age file into the vault and
 * exports the same .txt; `age -d -i` opens it with the downloaded key file; files made by
 * `age -r` open too; hostile files are refused with nothing changed.
 */
import type { BrowserContext, Download, Page, Worker } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { AGE, ageDecryptWithIdentity, writeTemp } from './age-cli';
import path from 'node:path';
import { BUILTIN_PRESETS } from '../../utils/presets/builtin';
import { CREATE_PATH, ROOT, STORE_ORIGIN, expect, extensionWorker, launchWithExtension, newProfileDir, openPanel, test, waitForFixtureForm, waitForInstallTab } from './harness';
import {
  bigCommerceTxt,
  captureNotice,
  createVault,
  expectCaptured,
  expectNoSecretsIn,
  expectNoViolations,
  fixtureSaves,
  openVault,
  pageReadableText,
  randomCredentials,
  saveAndEscape,
  secretsOf,
  stopServiceWorker,
  storedRecordCount,
  vaultItem,
  vaultRecords,
} from './vault-helpers';

// One retry for this file only, reported as flaky by the list reporter: in full runs at a load of
// 10–13 on 2 vCPUs, two of its tests (:264 and :331) each once went past their 120 s with no
// failing step, and each passes alone in 15–20 s and in the other full runs. The cause is not
// found yet; a test that fails twice still fails the suite.
test.describe.configure({ retries: 1 });

const KEY_NAME = 'Acme Integrations';
const panelOf = (page: Page) => page.getByRole('region', { name: 'Scopekeeper' });

async function routeDeepLink(context: BrowserContext): Promise<void> {
  await context.route('https://login.bigcommerce.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><script>location.replace(${JSON.stringify(STORE_ORIGIN + CREATE_PATH)})</script>` }),
  );
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; file: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), file: await d.path() };
}

/** A second profile with the extension: the integrator's browser. */
async function integratorProfile(): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await launchWithExtension(newProfileDir());
  await waitForInstallTab(context);
  const worker = await extensionWorker(context);
  return { context, extensionId: new URL(worker.url()).host };
}

async function openSealed(page: Page, files: Array<{ name: string; buffer: Buffer }>): Promise<void> {
  await page.getByLabel('Choose .age files', { exact: true }).setInputFiles(files.map((f) => ({ ...f, mimeType: 'application/octet-stream' })));
}

test('request journey: key, request link, merchant seals for the key, integrator opens the file; age -d -i and age -r agree; hostile files change nothing', async ({
  context,
  server,
  extensionId,
  worker,
}) => {
  test.setTimeout(240_000);
  const integrator = await integratorProfile();
  try {
    // --- Integrator: a key and a request link -------------------------------------------------
    let started = Date.now();
    let clicks = 0;
    const iv = await openVault(integrator.context, integrator.extensionId);
    await createVault(iv);
    const timeVault = Date.now() - started;
    started = Date.now();
    await iv.getByLabel('Key name', { exact: true }).first().fill(KEY_NAME);
    await iv.getByRole('button', { name: 'Create key', exact: true }).click();
    clicks++;
    const keyItem = iv.locator('.handoff-key').filter({ hasText: KEY_NAME });
    await expect(keyItem).toBeVisible({ timeout: 15_000 });
    const recipient = (await keyItem.getAttribute('data-recipient'))!;
    expect(recipient).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
    await expect(keyItem.locator('code')).toHaveText(recipient);
    await expect(keyItem).toContainText('The key file opens everything sealed to this key');
    const keyFile = await download(iv, () => keyItem.getByRole('button', { name: 'Download key file' }).click());
    expect(keyFile.name).toBe('acme-integrations.age-key.txt');
    const keyText = await readFile(keyFile.file, 'utf8');
    expect(keyText).toContain(`# public key: ${recipient}\nAGE-SECRET-KEY-1`);

    const request = iv.locator('.handoff-request');
    await request.getByLabel('Preset', { exact: true }).selectOption({ label: 'LitExtension: migrate to BigCommerce' });
    clicks++;
    await request.getByLabel('Message for the merchant (optional)').fill('Thanks for moving to BigCommerce with us.');
    const linkField = request.getByLabel('Request link', { exact: true });
    await expect(linkField).toHaveValue(/^https:\/\/login\.bigcommerce\.com\/deep-links\/settings\/api-accounts\/create#scopekeeper-preset=1\./);
    const link = await linkField.inputValue();
    const message = await request.getByLabel('Message to paste', { exact: true }).inputValue();
    expect(message).toContain(link);
    expect(message).toContain('Thanks for moving to BigCommerce with us.');
    expect(message).toMatch(/\n1\. .*\n2\. .*\n3\. .*Encrypt for Acme Integrations/);
    clicks++; // Copy request link (or copy message)
    const integratorRequestMs = Date.now() - started;
    const integratorRequestClicks = clicks;
    await expectNoViolations(iv, 'hand-off keys, request link shown');

    // --- Merchant: open the link through the deep-link address, add, fill, save, seal ----------
    started = Date.now();
    clicks = 0;
    await routeDeepLink(context);
    const page = await context.newPage();
    await page.goto(link);
    await expect(page).toHaveURL(new RegExp(`^${STORE_ORIGIN}${CREATE_PATH}`));
    await waitForFixtureForm(page);
    const panel = panelOf(page);
    // The page only says a link is waiting; the merchant reviews it in Scopekeeper's own page,
    // which names who the credentials will be sealed for before anything is added.
    const offer = panel.locator('.offer');
    await expect(offer).toContainText('A preset link you opened is waiting.');
    const [review] = await Promise.all([
      context.waitForEvent('page', (p) => p.url().includes('/link-review.html#')),
      offer.getByRole('button', { name: 'Review preset link' }).click(),
    ]);
    clicks++;
    await review.waitForLoadState();
    const sealedFor = review.locator('[data-field="handoff"]');
    await expect(sealedFor).toContainText(KEY_NAME);
    await expect(sealedFor).toContainText(recipient.slice(0, 16));
    const offerText = await review.locator('main').innerText();
    await review.getByRole('button', { name: 'Add preset' }).click();
    clicks++;
    await expect(panel.getByLabel('Preset')).toHaveValue('litextension-to-bigcommerce-for-acme-integrations');
    await panel.getByRole('button', { name: 'Fill form' }).click();
    clicks++;
    await saveAndEscape(page, 'Acme store migration');
    clicks += 2; // name typed, Save
    await expectCaptured(page);
    await expect(captureNotice(page)).toContainText(`"Encrypt for ${KEY_NAME}" downloads a file only those keys open`);
    const [save] = await fixtureSaves(page);
    const c = save!.credentials;
    const vaultStarted = Date.now();
    const mv = await openVault(context, extensionId);
    await createVault(mv);
    // The merchant's first passphrase (Argon2id), a one-time step, is reported apart.
    const merchantVaultMs = Date.now() - vaultStarted;
    const merchantItem = vaultItem(mv, 'Acme store migration');
    const sealed = await download(mv, () => merchantItem.getByRole('button', { name: `Encrypt for ${KEY_NAME}`, exact: true }).click());
    clicks++;
    const merchantMs = Date.now() - started;
    const merchantClicks = clicks;
    // Only what LitExtension needs: no name, no secret; the integrator's record is named after the file.
    if (existsSync(AGE)) expect(ageDecryptWithIdentity(sealed.file, keyFile.file).toString('utf8')).toBe(`ACCESS TOKEN: ${c.accessToken}\nAPI PATH: ${save!.apiPath}\nCLIENT ID: ${c.clientId}\n`);
    // "Everything" seals BigCommerce's whole .txt, which the integrator exports back byte for byte.
    await merchantItem.getByLabel('Fields').selectOption('all');
    const sealedAll = await download(mv, () => merchantItem.getByRole('button', { name: `Encrypt for ${KEY_NAME}`, exact: true }).click());
    expect(sealed.name).toBe('acme-store-migration.txt.age');
    const merchantTxt = await download(mv, () => merchantItem.getByRole('button', { name: 'Download .txt', exact: true }).click());
    const expectedTxt = await readFile(merchantTxt.file, 'utf8');
    expect(expectedTxt).toContain(c.accessToken);

    // `age -d -i` with the downloaded key file opens it to the same .txt.
    if (existsSync(AGE)) expect(ageDecryptWithIdentity(sealedAll.file, keyFile.file).toString('utf8')).toBe(expectedTxt);

    // --- Integrator: open the sealed file, export the same .txt --------------------------------
    started = Date.now();
    await openSealed(iv, [{ name: sealed.name, buffer: await readFile(sealedAll.file) }]);
    await expect(iv.getByText(`Opened ${sealed.name}: added Acme store migration, received sealed for ${KEY_NAME}.`)).toBeVisible({ timeout: 30_000 });
    const received = vaultItem(iv, 'Acme store migration');
    await expect(received).toContainText('Received sealed');
    await expect(received).toContainText(`Received, sealed for ${KEY_NAME}.`);
    const integratorTxt = await download(iv, () => received.getByRole('button', { name: 'Download .txt', exact: true }).click());
    expect(await readFile(integratorTxt.file, 'utf8')).toBe(expectedTxt);
    const integratorOpenMs = Date.now() - started;

    // The same file again: a duplicate, named, nothing added.
    const integratorWorker = await extensionWorker(integrator.context);
    expect(await storedRecordCount(integratorWorker)).toBe(1);
    await openSealed(iv, [{ name: 'again.txt.age', buffer: await readFile(sealed.file) }]);
    // (the needed-only file of the same credential: same client id and token, so a duplicate)
    await expect(iv.getByRole('alert').filter({ hasText: 'again.txt.age was not opened' })).toContainText('is already in the vault');
    expect(await storedRecordCount(integratorWorker)).toBe(1);

    // --- Hostile files: wrong key, truncated, 10 MB, not age: each named, nothing changed ------
    const other = await identityToRecipient(await generateX25519Identity());
    const e = new Encrypter();
    e.addRecipient(other);
    const wrongKey = Buffer.from(await e.encrypt(bigCommerceTxt('Other', randomCredentials())));
    const full = await readFile(sealedAll.file);
    const truncated = full.subarray(0, full.length - 20);
    const huge = Buffer.alloc(10 * 1024 * 1024, 0x61);
    huge.write('age-encryption.org/v1\n');
    await openSealed(iv, [
      { name: 'wrong-key.txt.age', buffer: wrongKey },
      { name: 'truncated.txt.age', buffer: truncated },
      { name: 'huge.txt.age', buffer: huge },
      // Neither age nor any other kind Scopekeeper knows (a credentials .txt says what it is: vault-lock.spec.ts).
      { name: 'not-age.txt.age', buffer: Buffer.from('Shopping list: eggs, milk\n') },
    ]);
    const alert = iv.getByRole('alert').filter({ hasText: 'wrong-key.txt.age' });
    await expect(alert).toContainText('wrong-key.txt.age was not opened: it was sealed for none of this vault');
    await expect(alert).toContainText('truncated.txt.age was not opened: it is damaged or cut short.');
    await expect(alert).toContainText('huge.txt.age was not opened: it is too large');
    await expect(alert).toContainText('not-age.txt.age was not opened: it is not an age file.');
    await expect(iv.getByText('0 of 4 files opened.')).toBeVisible();
    expect(await storedRecordCount(integratorWorker)).toBe(1);

    // --- A file made by `age -r <recipient>` on the command line opens the same way ------------
    if (existsSync(AGE)) {
      const cli = randomCredentials();
      const plain = writeTemp('cli.txt', bigCommerceTxt('Made with age', cli, 'def456'));
      const out = `${plain}.age`;
      execFileSync(AGE, ['-r', recipient, '-o', out, plain]);
      await openSealed(iv, [{ name: 'cli.txt.age', buffer: await readFile(out) }]);
      await expect(iv.getByText(`Opened cli.txt.age: added Made with age, received sealed for ${KEY_NAME}.`)).toBeVisible({ timeout: 30_000 });
      expect(await storedRecordCount(integratorWorker)).toBe(2);
      await expect(vaultRecords(iv)).toHaveCount(2);
    }

    console.log(
      JSON.stringify({
        integratorVaultSetupMs: timeVault,
        integratorRequestMs,
        integratorRequestClicks,
        merchantMs,
        merchantVaultMs,
        merchantClicks,
        integratorOpenMs,
        linkChars: link.length,
        offerText,
      }),
    );
    void worker;
    void server;
  } finally {
    await integrator.context.close();
  }
});

/** The key of tests/fixtures/handoff/integrator-key.txt, and that file. */
const FIXTURE_RECIPIENT = 'age1jxq2z0nhvdys6pnrm0kmzf9zj26jtkwd74lexux3rsymq3yevuxseacshw';
const FIXTURE_IDENTITY = path.join(ROOT, 'tests/fixtures/handoff/integrator-key.txt');

async function choosePreset(worker: Worker, preset: { id: string }): Promise<void> {
  await worker.evaluate(async (p) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set: (v: object) => Promise<void> } } } }).chrome;
    await api.storage.local.set({ selectedPresetId: p.id, customPresets: [p] });
  }, preset);
}

/** The next extension page a click opens, and the first download it makes. */
function nextPageAndDownload(context: BrowserContext): { page: Promise<Page>; download: Promise<Download> } {
  let resolveDownload: (d: Download) => void = () => undefined;
  const download = new Promise<Download>((resolve) => (resolveDownload = resolve));
  const page = new Promise<Page>((resolve) =>
    context.once('page', (p) => {
      p.once('download', resolveDownload);
      resolve(p);
    }),
  );
  return { page, download };
}

test('capture notice: "Encrypt for <both keys>" downloads one .txt.age each key opens, beside the vault at the record; "Open in vault" shows the record; the record seals one file for both', async ({
  context,
  server,
  worker,
}) => {
  test.setTimeout(120_000);
  const agency = await generateX25519Identity();
  const agencyFile = writeTemp('agency-key.txt', `${agency}\n`);
  const base = BUILTIN_PRESETS.find((p) => p.id === 'litextension-to-bigcommerce')!;
  const preset = {
    ...base,
    id: 'acme-two-keys',
    name: 'Acme with the agency',
    handoff: { recipient: FIXTURE_RECIPIENT, name: 'Acme', more: [{ recipient: await identityToRecipient(agency), name: 'Agency' }] },
  };
  await choosePreset(worker, preset);
  const page = await openPanel(context, server, CREATE_PATH);
  await saveAndEscape(page, 'Acme notice');
  await expectCaptured(page);
  const [save] = await fixtureSaves(page);
  const c = save!.credentials;
  const needed = `ACCESS TOKEN: ${c.accessToken}\nAPI PATH: ${save!.apiPath}\nCLIENT ID: ${c.clientId}\n`;
  const notice = captureNotice(page);
  await expect(notice).toContainText('"Encrypt for Acme, Agency" downloads a file only those keys open');

  // A page script's click is not trusted: nothing opens.
  let opened = 0;
  const count = () => opened++;
  context.on('page', count);
  await page.evaluate(() => {
    for (const b of document.querySelector('scopekeeper-notice')!.shadowRoot!.querySelectorAll('button.a')) (b as HTMLElement).click();
  });
  await page.waitForTimeout(1000);
  context.off('page', count);
  expect(opened).toBe(0);
  await expect(notice).toBeVisible();

  // One click: a file sealed at capture, downloaded by the vault page it opens at the record.
  const next = nextPageAndDownload(context);
  await notice.getByRole('button', { name: 'Encrypt for Acme, Agency', exact: true }).click();
  const vault = await next.page;
  const download = await next.download;
  expect(download.suggestedFilename()).toBe('acme-notice.txt.age');
  const file = await download.path();
  expect(ageDecryptWithIdentity(file, FIXTURE_IDENTITY).toString('utf8')).toBe(needed);
  expect(ageDecryptWithIdentity(file, agencyFile).toString('utf8')).toBe(needed);
  expectNoSecretsIn((await readFile(file)).toString('latin1'), secretsOf(c), 'the sealed file');
  await expect(vault.getByText('Downloaded acme-notice.txt.age, sealed for Acme, Agency when it was captured')).toBeVisible();
  await expect(vault.locator('.vault-record[aria-current="true"]')).toContainText('Acme notice');
  expectNoSecretsIn(await pageReadableText(vault, 'never'), secretsOf(c), 'the vault page');

  // "Open in vault": the vault at that record (no passphrase asked for that).
  const [shown] = await Promise.all([context.waitForEvent('page'), notice.getByRole('button', { name: 'Open in vault', exact: true }).click()]);
  await expect(shown.locator('.vault-record[aria-current="true"]')).toContainText('Acme notice');
  await expect(shown.locator('.vault-record[aria-current="true"]')).toBeInViewport();

  // The record itself: one button naming both keys, one file each of them opens.
  await createVault(shown);
  const item = vaultItem(shown, 'Acme notice');
  const [fromRecord] = await Promise.all([shown.waitForEvent('download'), item.getByRole('button', { name: 'Encrypt for Acme, Agency', exact: true }).click()]);
  expect(fromRecord.suggestedFilename()).toBe('acme-notice.txt.age');
  const recordFile = await fromRecord.path();
  expect(ageDecryptWithIdentity(recordFile, FIXTURE_IDENTITY).toString('utf8')).toBe(needed);
  expect(ageDecryptWithIdentity(recordFile, agencyFile).toString('utf8')).toBe(needed);
  await expect(item.getByRole('button', { name: /^Encrypt for / })).toHaveCount(1);
});

test('the worker asleep when the pop-up appears: the capture wakes it with its own script, and "Encrypt for …" is still sealed at capture from the rest it then imports', async ({
  context,
  server,
  worker,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const base = BUILTIN_PRESETS.find((p) => p.id === 'litextension-to-bigcommerce')!;
  const preset = { ...base, id: 'acme-asleep', name: 'Acme asleep', handoff: { recipient: FIXTURE_RECIPIENT, name: 'Acme' } };
  await choosePreset(worker, preset);
  const page = await openPanel(context, server, CREATE_PATH);
  await waitForFixtureForm(page);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Asleep notice');
  await expect(panelOf(page)).toBeVisible();
  await page.waitForTimeout(500);
  // Stopped once the panel has decided on the name: the pop-up is what wakes it
  // (docs/background-split.md: the rest of the background is imported from the install cache).
  await stopServiceWorker(context, await openVault(context, extensionId));
  await saveAndEscape(page, 'Asleep notice');
  await expectCaptured(page);
  const [save] = await fixtureSaves(page);
  const c = save!.credentials;
  const notice = captureNotice(page);
  const next = nextPageAndDownload(context);
  await notice.getByRole('button', { name: 'Encrypt for Acme', exact: true }).click();
  await next.page;
  const file = await (await next.download).path();
  expect(ageDecryptWithIdentity(file, FIXTURE_IDENTITY).toString('utf8')).toBe(
    `ACCESS TOKEN: ${c.accessToken}\nAPI PATH: ${save!.apiPath}\nCLIENT ID: ${c.clientId}\n`,
  );
});
