/**
 * `npm run demo`: Chromium, headed, with the built extension and the fake control panel served on
 * https://store-abc123.mybigcommerce.com, so anyone can walk the whole flow (preset, fill, save,
 * capture, vault, export) without a BigCommerce account. The panel is served from
 * tests/fixtures/control-panel/dist inside the browser (Playwright routing): no server, no
 * network for that host; links to other sites (preset sources) go out as usual.
 *
 *   npm run demo                           BigDesign 5 form (the current control panel)
 *   npm run demo -- --variant legacy       BigDesign 0.x comboboxes; or --variant native
 *   npm run demo -- --smoke                headless: open everything, check it, exit (no display needed)
 *
 * A fresh temporary profile every time, so it starts like a first install.
 */
import { CREATE_PATH, STORE_ORIGIN, VARIANTS, type Variant } from '../tests/e2e/harness.ts';
import { waitForInstallTab } from '../tests/e2e/harness.ts';
import { launchExtensionBrowser } from './extension-browser.ts';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const smoke = process.argv.includes('--smoke');
const variant = (option('variant') ?? 'bigdesign') as Variant;
if (!VARIANTS.includes(variant)) {
  console.error(`Unknown --variant ${variant}; use one of ${VARIANTS.join(', ')}.`);
  process.exit(2);
}
if (!smoke && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display to open a browser window on. Run it under a virtual display (xvfb-run -a npm run demo) or check it with --smoke.');
  process.exit(2);
}

const { context, server, extensionId } = await launchExtensionBrowser({
  headless: smoke,
  viewport: smoke ? { width: 1280, height: 800 } : null,
  allowOtherSites: true,
  args: smoke ? [] : ['--window-size=1400,1000'],
});
server.config = { variant };
const createUrl = `${STORE_ORIGIN}${CREATE_PATH}`;
const optionsUrl = `chrome-extension://${extensionId}/options.html`;
// The install opens the options page (vault setup); let it arrive before using a tab of our own.
await waitForInstallTab(context);
const page = await context.newPage();
await page.goto(createUrl);
await page.bringToFront();

console.log(`
Scopekeeper demo — Chromium with .output/chrome-mv3 and the fake control panel (${variant} form)

  Create API account:  ${createUrl}
  Vault and presets:   ${optionsUrl}   (opens by itself on this first install)

  1. Vault tab: choose a passphrase (the vault works without one; captures are sealed either way).
  2. Control panel tab: pick a preset in the Scopekeeper panel above the form, press "Fill form".
     The popup does the same: puzzle icon in the toolbar → Scopekeeper (pin it to keep it there).
  3. Press Save: the page shows its one-time credentials pop-up; Scopekeeper captures and seals it.
  4. Vault tab: unlock, then download the record as .txt, JSON or .env, or copy the access token.
     The dashboard (${STORE_ORIGIN}/manage/dashboard) shows the extension staying out of the way.

Close the browser window (or press Ctrl+C here) to end. Nothing is kept: the profile is temporary.
`);

if (smoke) {
  // Everything the walk-through starts from is there.
  await page.getByRole('region', { name: 'Scopekeeper' }).getByLabel('Preset').waitFor({ timeout: 15_000 });
  const options = await context.newPage();
  await options.goto(optionsUrl);
  await options.getByRole('heading', { name: 'Credentials', exact: true, level: 2 }).waitFor({ timeout: 15_000 });
  await context.close();
  console.log('Smoke check passed: panel on the create page, vault on the options page.');
} else {
  process.on('SIGINT', () => void context.close());
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}
