/**
 * Snapshots of the fixture control panel's rendered HTML, for the DOM adapter's unit tests
 * (tests/unit/fixtures/markup/). Renders the fixture app (tests/fixtures/control-panel) in
 * Debian's Chromium, without the extension, and saves `document.body.outerHTML` of the create
 * page for each variant: menus closed, the Orders menu open (combobox variants), and the
 * credentials pop-up after Save (fixed credentials, so tests know the values).
 *
 *   npm run fixture:build && node --experimental-strip-types scripts/capture-fixture-markup.ts
 *
 * Re-run it when the fixture's markup changes; the unit tests read only the saved files.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { ACCOUNT_CREATE_PATH, ControlPanelServer, CREATE_PATH, chromiumPath, ROOT, STORE_ORIGIN, VARIANTS, waitForFixtureForm } from '../tests/e2e/harness.ts';
import { CREDENTIALS } from '../tests/unit/fixtures/markup/credentials.ts';

const OUT = path.join(ROOT, 'tests/unit/fixtures/markup');

/** The body as rendered, minus the app's own script tags (the tests never run them). */
const bodyHtml = (page: Page) =>
  page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const s of body.querySelectorAll('script')) s.remove();
    return body.outerHTML;
  });

const save = (name: string, html: string) => {
  writeFileSync(path.join(OUT, name), `${html}\n`);
  console.log(`  ${name} (${html.length} chars)`);
};

const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
try {
  for (const variant of VARIANTS) {
    const context = await browser.newContext();
    const server = new ControlPanelServer();
    server.config = { variant, credentials: CREDENTIALS };
    await server.install(context);
    const page = await context.newPage();
    await page.goto(`${STORE_ORIGIN}${CREATE_PATH}`);
    await waitForFixtureForm(page);
    save(`${variant}-create.html`, await bodyHtml(page));

    if (variant !== 'native') {
      // Options exist only while a menu is open: one open menu shows their markup.
      const orders = variant === 'bigdesign' ? page.getByRole('combobox', { name: 'Orders' }) : page.getByRole('textbox', { name: 'Orders' });
      await orders.click();
      await page.getByRole('option', { name: 'modify' }).waitFor();
      save(`${variant}-create-menu-open.html`, await bodyHtml(page));
      await page.keyboard.press('Escape');
    }

    await page.getByRole('textbox', { name: 'Name' }).fill('Snapshot account');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('dialog').getByText('Client Secret').first().waitFor();
    save(`${variant}-credentials-popup.html`, await bodyHtml(page));
    await context.close();
  }
  // The account-level form's candidate markups (docs/control-panel-facts.md §12 (item 9)), rendered as they start.
  for (const [accountControls, variant] of [['checkboxes', 'bigdesign'], ['checkbox-rows', 'native'], ['dropdowns', 'native']] as const) {
    const context = await browser.newContext();
    const server = new ControlPanelServer();
    server.config = { variant, accountControls, credentials: CREDENTIALS };
    await server.install(context);
    const page = await context.newPage();
    await page.goto(`${STORE_ORIGIN}${ACCOUNT_CREATE_PATH}`);
    await waitForFixtureForm(page);
    save(`account-${accountControls}.html`, await bodyHtml(page));
    await context.close();
  }
} finally {
  await browser.close();
}
