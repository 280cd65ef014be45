/**
 * Does the Firefox build work in Firefox? Loads .output/firefox-mv2 as a temporary add-on into
 * Debian's Firefox ESR (headless, WebDriver BiDi), serves the fixture control panel on its real
 * host by answering intercepted requests, and walks the flow: the content script's panel fills
 * the form, Save is captured and sealed by the background page, the options page creates the
 * vault (Argon2id) and opens the record, the popup page renders its presets.
 *
 *   npm run build:firefox && npm run fixture:build && node scripts/firefox-smoke.ts
 *
 * FIREFOX_PATH overrides the binary (default /usr/lib/firefox-esr/firefox-esr; Firefox ≥ 138
 * for webExtension.install, ≥ 130 for X25519).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ACCOUNTS_CREATE_PATH, ACCOUNTS_ORIGIN, CREATE_PATH, FIXTURE_DIST, ROOT, STORE_ORIGIN } from '../tests/e2e/harness.ts';
import { Bidi } from './firefox-bidi.ts';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
const BUILD = path.join(ROOT, '.output/firefox-mv2');
const ADDON_ID = 'scopekeeper@scopekeeper.dev';
/** Pinned so the extension's pages have a known moz-extension:// address. */
const UUID = '5c0be1a7-3a3b-4c8e-9f00-0b7d1c5e5c0b';
const PASSPHRASE = 'correct horse battery staple';
const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

for (const [what, file] of [['Firefox', FIREFOX], ['the Firefox build (npm run build:firefox)', path.join(BUILD, 'manifest.json')], ['the fixture (npm run fixture:build)', path.join(FIXTURE_DIST, 'index.html')]] as const) {
  if (!existsSync(file)) {
    console.error(`Missing ${what}: ${file}`);
    process.exit(2);
  }
}

const step = (text: string) => console.log(`  ✓ ${text}`);

/** The browsing context showing an extension page (waits for it to appear). */
async function extensionTab(bidi: Bidi, urlPrefix: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const tree = (await bidi.send('browsingContext.getTree')) as { contexts: Array<{ context: string; url: string }> };
    const found = tree.contexts.find((c) => c.url.startsWith(urlPrefix));
    if (found) return found.context;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No tab with ${urlPrefix}`);
}
const html = readFileSync(path.join(FIXTURE_DIST, 'index.html'), 'utf8').replace('<head>', `<head><script>window.__FIXTURE_CONFIG__=${JSON.stringify({ variant: 'bigdesign' })}</script>`);

const bidi = await Bidi.launch(FIREFOX, {
  'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
  // Quiet: no update checks, telemetry or first-run pages.
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'browser.startup.homepage_override.mstone': 'ignore',
});
let failed = false;
try {
  console.log(`Firefox smoke test (${FIREFOX}, Firefox ${bidi.version})`);
  await bidi.send('webExtension.install', { extensionData: { type: 'path', path: BUILD } });
  step('Firefox build installed as a temporary add-on');

  // The control panel's hosts are answered from the fixture build; nothing else is intercepted.
  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  await bidi.send('network.addIntercept', {
    phases: ['beforeRequestSent'],
    urlPatterns: [STORE_ORIGIN, ACCOUNTS_ORIGIN].map((origin) => ({ type: 'pattern', protocol: 'https', hostname: new URL(origin).hostname })),
  });
  bidi.on('network.beforeRequestSent', (params) => {
    const { request, isBlocked } = params as { request: { request: string; url: string }; isBlocked: boolean };
    if (!isBlocked) return;
    const url = new URL(request.url);
    let body: Buffer;
    let type = 'text/html; charset=utf-8';
    if (url.pathname.startsWith('/__fixture__/')) {
      const file = path.join(FIXTURE_DIST, path.normalize(url.pathname.slice('/__fixture__/'.length)));
      body = existsSync(file) && file.startsWith(FIXTURE_DIST) ? readFileSync(file) : Buffer.from('');
      type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    } else body = Buffer.from(html);
    void bidi.send('network.provideResponse', {
      request: request.request,
      statusCode: 200,
      reasonPhrase: 'OK',
      headers: [{ name: 'content-type', value: { type: 'string', value: type } }],
      body: { type: 'base64', value: body.toString('base64') },
    });
  });

  // On install the background opens the options page (runtime.openOptionsPage), possibly in the
  // first tab: let it land, then use a tab of our own. BiDi may not navigate to moz-extension://
  // pages, so that is also how the test gets to the options page.
  const options = await extensionTab(bidi, `moz-extension://${UUID}/options.html`);
  const tab = ((await bidi.send('browsingContext.create', { type: 'tab' })) as { context: string }).context;
  await bidi.send('browsingContext.navigate', { context: tab, url: `${STORE_ORIGIN}${CREATE_PATH}`, wait: 'complete' });
  const panel = `document.querySelector('scopekeeper-panel')?.shadowRoot`;
  await bidi.waitFor(tab, `(${panel}?.querySelector('select')?.options.length ?? 0) > 1`, 'the in-page panel with presets');
  step('content script: panel on the create page, presets from the background');

  // Chosen by keyboard, as a person would: the panel ignores a page script's synthetic change.
  const steps = await bidi.evaluate<number>(
    tab,
    `(() => { const s = ${panel}.querySelector('select'); s.focus(); return [...s.options].findIndex((o) => o.value === 'modern-retail-integration') - s.selectedIndex; })()`,
  );
  await bidi.press(tab, Array.from({ length: Math.abs(steps) }, () => (steps > 0 ? '\uE015' : '\uE013')));
  await bidi.waitFor(tab, `${panel}.querySelector('[role=status]').textContent.includes('rows to change')`, 'the diff');
  // Timed in the page from just before the (real) click on Fill to the status saying it matches.
  await bidi.evaluate(
    tab,
    `(() => {
      const status = ${panel}.querySelector('[role=status]');
      window.__fillStart = performance.now();
      new MutationObserver((_, o) => { if (status.textContent.includes('28 of 28 scopes match')) { o.disconnect(); window.__fillMs = performance.now() - window.__fillStart; } })
        .observe(${panel}, { childList: true, subtree: true, characterData: true });
    })()`,
  );
  await bidi.click(tab, `${panel}.querySelector('button')`);
  const fillMs = await bidi.waitFor<number>(tab, `window.__fillMs`, '"28 of 28 scopes match" after Fill');
  const state = await bidi.waitFor<{ name: string; scopes: Record<string, string> }>(
    tab,
    `(() => { const s = window.__FIXTURE__.state(); return s.scopes['Customers'] === 'modify' && s.scopes['Products'] === 'modify' ? s : null; })()`,
    'the page state after the fill',
  );
  step(`fill: "28 of 28 scopes match" in ${Math.round(fillMs)} ms; page state has the preset (name "${state.name}")`);

  // A real click: a Save the page's own script clicked would be flagged no-trusted-save.
  await bidi.click(tab, `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Save')`);
  await bidi.waitFor(tab, `document.querySelector('scopekeeper-notice')?.shadowRoot?.textContent.includes('Credentials captured and encrypted')`, 'the capture notice');
  step('capture: pop-up read, sealed and stored by the background page');

  await bidi.send('browsingContext.reload', { context: options, wait: 'complete' });
  await bidi.waitFor(options, `document.body.textContent.includes('Captured credentials (1)')`, 'the vault list with one record');
  const setField = (label: string, value: string) =>
    `(() => { const l = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === ${JSON.stringify(label)}); const i = l.control; i.value = ${JSON.stringify(value)}; i.dispatchEvent(new Event('input', { bubbles: true })); })()`;
  await bidi.evaluate(options, setField('New passphrase', PASSPHRASE));
  await bidi.evaluate(options, setField('Confirm passphrase', PASSPHRASE));
  const started = Date.now();
  await bidi.evaluate(options, `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Create vault').click()`);
  await bidi.waitFor(options, `[...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Lock')`, 'the unlocked vault', 60_000);
  const createMs = Date.now() - started;
  await bidi.waitFor(options, `[...document.querySelectorAll('h3, h4')].some((h) => h.textContent.trim() === 'Modern Retail Integration') && [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Download JSON')`, 'the record, opened');
  const problems = await bidi.evaluate<boolean>(options, `/altered|could not be opened|unreadable/i.test(document.body.textContent)`);
  if (problems) throw new Error('The options page reports an altered or unreadable record');
  step(`options page: vault passphrase set (Argon2id) in ${createMs} ms, captured record listed and opened`);

  // The account-level form on the account control panel: its module is a content script the
  // background registered at run time (none in the manifest), the panel offers the account-level
  // preset, and Fill ticks its boxes.
  const account = ((await bidi.send('browsingContext.create', { type: 'tab' })) as { context: string }).context;
  await bidi.send('browsingContext.navigate', { context: account, url: `${ACCOUNTS_ORIGIN}${ACCOUNTS_CREATE_PATH}`, wait: 'complete' });
  await bidi.waitFor(account, `[...(${panel}?.querySelector('select')?.options ?? [])].some((o) => o.value === 'unified-billing-app')`, 'the account-level panel with its preset');
  const accountSteps = await bidi.evaluate<number>(
    account,
    `(() => { const s = ${panel}.querySelector('select'); s.focus(); return [...s.options].findIndex((o) => o.value === 'unified-billing-app') - s.selectedIndex; })()`,
  );
  await bidi.press(account, Array.from({ length: Math.abs(accountSteps) }, () => (accountSteps > 0 ? '\uE015' : '\uE013')));
  await bidi.waitFor(account, `${panel}.querySelector('[role=status]').textContent.includes('resources to change')`, 'the account-level diff');
  await bidi.click(account, `${panel}.querySelector('button')`);
  // The resources set; the name is what is left unless the preset suggests one.
  await bidi.waitFor(account, `/Resources set|7 of 7 resources match/.test(${panel}.querySelector('[role=status]').textContent)`, '"Resources set" after Fill');
  await bidi.waitFor(account, `(() => { const s = window.__FIXTURE__.state().scopes; return s['Checkouts'] === 'read, modify' && s['Subscriptions'] === 'read, cancel'; })()`, 'the ticks in the page state');
  step('account-level: registered module on accounts.bigcommerce.com, preset filled the checkboxes');

  // The popup page, in a tab the extension opens itself. It cannot be asked to read the control
  // panel tab here: Firefox sets sender.tab for an extension page shown in a tab, and the content
  // script answers only senders without a tab (a real toolbar popup has none). So: it renders and
  // lists the presets from storage.
  await bidi.evaluate(options, `browser.tabs.create({ url: 'popup.html' }).then(() => true)`);
  const popup = await extensionTab(bidi, `moz-extension://${UUID}/popup.html`);
  const presets = await bidi.waitFor<number>(popup, `(() => { const n = document.querySelectorAll('select option').length; return n > 30 ? n : 0; })()`, 'the popup with its presets');
  step(`popup page renders (${presets} entries in its preset list; reading the tab not checked, see the comment)`);
  console.log('Firefox smoke test passed.');
} catch (error) {
  failed = true;
  console.error(`  ✗ ${(error as Error).message}`);
} finally {
  await bidi.close();
}
process.exit(failed ? 1 : 0);
