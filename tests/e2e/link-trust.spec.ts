/**
 * Trust boundaries of preset links, end to end: a link is decided in the extension's review page,
 * never in the control panel (which the page's own scripts can reach); it belongs to the tab that
 * opened it and the store that tab reaches; it never replaces a preset the merchant has; and a
 * page script cannot plant one. Each test here failed on the in-page offer it replaces.
 */
import { deflateRawSync } from 'node:zlib';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { CREATE_PATH, STORE_ORIGIN, expect, test, waitForFixtureForm } from './harness';

const DEEP_LINK = 'https://login.bigcommerce.com/deep-links/settings/api-accounts/create';
const OTHER_STORE = 'https://store-zzz999.mybigcommerce.com';
/** The integrator's key (tests/fixtures/handoff/integrator-key.txt) and another one, a stranger's. */
const INTEGRATOR_KEY = 'age1jxq2z0nhvdys6pnrm0kmzf9zj26jtkwd74lexux3rsymq3yevuxseacshw';
const STRANGER_KEY = 'age1lggyhqrw2nlhcxprm67z43rta597azn8gknawjehu9d9dl0jq3yqqvfafg';

const linkFor = (preset: unknown) =>
  `${DEEP_LINK}#scopekeeper-preset=1.${deflateRawSync(Buffer.from(JSON.stringify({ format: 'scopekeeper-preset', version: 1, presets: [preset] }))).toString('base64url')}`;

const ACME = {
  id: 'acme-handoff',
  name: 'Acme Hand-off',
  description: 'Order sync; credentials sealed for Acme.',
  sources: [{ url: 'https://docs.example.com/acme/link', title: 'Acme: API account' }],
  tokenType: 'v2v3',
  scopes: { orders: { level: 'modify', required: true }, products: { level: 'read-only', required: true } },
  notes: ['Paste the access token into Acme › Settings.'],
  credentialFields: ['accessToken', 'apiPath'],
  handoff: { recipient: INTEGRATOR_KEY, name: 'Acme Ltd' },
};

const panelOf = (page: Page) => page.getByRole('region', { name: 'Scopekeeper' });

/** BigCommerce's deep link, mimicked: its page's script sends the merchant to a store's create page. */
async function routeDeepLink(context: BrowserContext, origin = STORE_ORIGIN): Promise<void> {
  await context.route('https://login.bigcommerce.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><script>location.replace(${JSON.stringify(origin + CREATE_PATH)})</script>` }),
  );
}

async function customPresets(worker: Worker): Promise<{ id: string; name: string; handoff?: { recipient: string; name?: string } }[]> {
  const stored = await worker.evaluate(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local.get('customPresets'));
  return (stored.customPresets as never) ?? [];
}

async function pendingOffers(worker: Worker): Promise<unknown[]> {
  const stored = await worker.evaluate(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.session.get('presetLinkOffers'));
  return (stored.presetLinkOffers as unknown[]) ?? [];
}

async function importFile(context: BrowserContext, extensionId: string, presets: unknown[]): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const m = options.getByRole('region', { name: 'Presets', exact: true });
  await m.getByLabel('Import preset', { exact: true }).setInputFiles({
    name: 'acme.scopekeeper.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'scopekeeper-preset', version: 1, presets })),
  });
  await expect(m.getByRole('status')).toContainText('Imported', { timeout: 20_000 });
  await options.close();
}

/** Presses "Review preset link" in the panel (a real click) and returns the review page it opens. */
async function openReview(context: BrowserContext, page: Page): Promise<Page> {
  const offer = panelOf(page).locator('.offer');
  await expect(offer).toContainText('A preset link you opened is waiting.');
  const [review] = await Promise.all([context.waitForEvent('page', (p) => p.url().includes('/link-review.html#')), offer.getByRole('button', { name: 'Review preset link' }).click()]);
  await review.waitForLoadState();
  return review;
}

test('drive-by: a site that redirects to the deep link reaches only that tab and the store it lands on; other tabs and stores see nothing', async ({
  context,
  server,
  worker,
}) => {
  await routeDeepLink(context);
  await context.route('https://evil.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><script>location.replace(${JSON.stringify(linkFor(ACME))})</script>` }),
  );
  const victim = await context.newPage();
  await victim.goto('https://evil.example/');
  await expect(victim).toHaveURL(new RegExp(`^${STORE_ORIGIN}${CREATE_PATH}`));
  await waitForFixtureForm(victim);
  await expect(panelOf(victim).locator('.offer')).toContainText('A preset link you opened is waiting.');
  // The panel shows nothing of the preset: the decision is made in the review page.
  await expect(panelOf(victim).locator('.offer')).not.toContainText('Acme');

  // Another tab, same store: nothing (before, any create page of any store showed it for 30 minutes).
  const other = await context.newPage();
  await other.goto(`${STORE_ORIGIN}${CREATE_PATH}`);
  await waitForFixtureForm(other);
  await expect(panelOf(other).getByLabel('Preset')).toBeVisible();
  await expect(panelOf(other).locator('.offer')).toHaveCount(0);
  // The same tab, another store: nothing either (the link is bound to the first store it reached).
  await victim.goto(`${OTHER_STORE}${CREATE_PATH}`);
  await waitForFixtureForm(victim);
  await expect(panelOf(victim).getByLabel('Preset')).toBeVisible();
  await expect(panelOf(victim).locator('.offer')).toHaveCount(0);
  expect(await pendingOffers(worker)).toHaveLength(1);
  void server;
});

test('re-aim: a link with the id of an imported preset and another key is added as a marked copy; the original keeps its key; the review shows the key name, its age1 start, notes, fields, the .txt', async ({
  context,
  server,
  worker,
  extensionId,
}) => {
  await importFile(context, extensionId, [ACME]);
  await routeDeepLink(context);
  const page = await context.newPage();
  await page.goto(linkFor({ ...ACME, handoff: { recipient: STRANGER_KEY, name: 'Acme Ltd' }, keepTxt: true }));
  await waitForFixtureForm(page);
  const review = await openReview(context, page);

  await expect(review.getByRole('heading', { level: 1 })).toHaveText('Review a preset link');
  await expect(review.getByText('You already have a preset with this id: “Acme Hand-off”.')).toBeVisible();
  await expect(review.getByText(/A link never replaces a preset: Add preset adds a separate copy, “Acme Hand-off \(from a link, .+\)” \(id acme-handoff-link\), and chooses it\. “Acme Hand-off” stays as it is\./)).toBeVisible();
  const handoff = review.locator('[data-field="handoff"]');
  await expect(handoff).toContainText('Acme Ltd, key');
  await expect(handoff.locator('code')).toHaveText(`${STRANGER_KEY.slice(0, 16)}…`);
  await expect(review.getByText('Paste the access token into Acme › Settings.')).toBeVisible();
  await expect(review.getByText('Access token, API path')).toBeVisible();
  await expect(review.getByText('Keep it (the integration asks for it)')).toBeVisible();
  await expect(review.getByRole('listitem').filter({ hasText: 'Orders: modify (required)' })).toContainText('highest level');
  await expect(review.getByRole('link', { name: 'Acme: API account' })).toHaveAttribute('href', 'https://docs.example.com/acme/link');
  expect(await customPresets(worker)).toHaveLength(1);

  await review.getByRole('button', { name: 'Add preset' }).click();
  await expect(review.getByRole('status')).toHaveText('Added and chosen. On the create page, check the preset and press Fill form.');
  const stored = await customPresets(worker);
  expect(stored.find((p) => p.id === 'acme-handoff')!.handoff).toEqual({ recipient: INTEGRATOR_KEY, name: 'Acme Ltd' });
  const copy = stored.find((p) => p.id === 'acme-handoff-link')!;
  expect(copy.handoff!.recipient).toBe(STRANGER_KEY);
  expect(copy.name).toMatch(/^Acme Hand-off \(from a link, .+\)$/);
  // Back on the create page, the panel has the copy chosen and no notice.
  await page.bringToFront();
  await expect(panelOf(page).locator('.offer')).toHaveCount(0);
  await expect(panelOf(page).getByLabel('Preset')).toHaveValue('acme-handoff-link');
  void server;
});

test('a page script cannot plant a link (hash + pushState), and cannot add a real one: its clicks and relabelling reach nothing that adds', async ({
  context,
  server,
  worker,
}) => {
  const page = await context.newPage();
  await page.goto(`${STORE_ORIGIN}/manage/settings/api-accounts`);
  // The panel's own script (or anything injected into it) moves to the create page with a link in the URL.
  const planted = new URL(linkFor({ ...ACME, id: 'planted', name: 'Planted' })).hash;
  await page.evaluate(
    ([path, hash]) => {
      history.pushState(null, '', `${path}${hash}`);
      dispatchEvent(new PopStateEvent('popstate'));
    },
    [CREATE_PATH, planted] as const,
  );
  await waitForFixtureForm(page);
  await expect(panelOf(page).getByLabel('Preset')).toBeVisible();
  await expect(panelOf(page).locator('.offer')).toHaveCount(0);
  expect(await pendingOffers(worker)).toEqual([]);

  // A real link waits in this tab; the page rewrites the notice and clicks everything it can.
  await routeDeepLink(context);
  await page.goto(linkFor(ACME));
  await waitForFixtureForm(page);
  await expect(panelOf(page).locator('.offer')).toContainText('A preset link you opened is waiting.');
  const pages = context.pages().length;
  await page.evaluate(() => {
    const root = document.querySelector('scopekeeper-panel')!.shadowRoot!;
    for (const b of root.querySelectorAll('.offer button')) {
      b.textContent = 'Add preset';
      (b as HTMLButtonElement).click();
    }
  });
  await page.waitForTimeout(500);
  expect(context.pages()).toHaveLength(pages);
  expect(await customPresets(worker)).toEqual([]);
  void server;
});
