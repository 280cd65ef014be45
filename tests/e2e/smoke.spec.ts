/**
 * The content script runs where the manifest and the URL check say, and nowhere else.
 */
import { CREATE_PATH, LEGACY_CREATE_PATH, VARIANTS, expect, openPanel, test, waitForFixtureForm } from './harness';
import type { Page } from '@playwright/test';

const panelOf = (page: Page) => page.getByRole('region', { name: 'Scopekeeper' });

/** In-app navigation, as the control panel's router does it (no reload, so no new content script). */
async function navigateInApp(page: Page, pathname: string) {
  await page.evaluate((p) => {
    history.pushState({}, '', p);
    dispatchEvent(new PopStateEvent('popstate'));
  }, pathname);
}

for (const variant of VARIANTS) {
  for (const path of [CREATE_PATH, LEGACY_CREATE_PATH]) {
    test(`panel and a marker per row on ${path} (${variant})`, async ({ context, server }) => {
      const page = await openPanel(context, server, path, { variant });
      await waitForFixtureForm(page);
      await expect(panelOf(page)).toBeVisible();
      await expect(panelOf(page).getByLabel('Preset')).toBeVisible();
      await expect(panelOf(page).getByRole('button', { name: 'Fill form' })).toBeVisible();
      await expect(page.locator('scopekeeper-marker')).toHaveCount(28);
      expect(server.blocked).toEqual([]);
    });
  }
}

test('idle on other control-panel pages, then active after in-app navigation to the form', async ({ context, server }) => {
  const page = await openPanel(context, server, '/manage/dashboard');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await page.waitForTimeout(300);
  await expect(page.locator('scopekeeper-panel, scopekeeper-marker')).toHaveCount(0);

  // Through the list page, by clicking the app's own links, like a merchant.
  await page.getByRole('link', { name: 'Store-level API accounts' }).first().click();
  await expect(page).toHaveURL(/\/manage\/settings\/api-accounts$/);
  await expect(page.locator('scopekeeper-panel')).toHaveCount(0);
  await page.getByRole('link', { name: /Create API account/i }).or(page.getByRole('button', { name: /Create API account/i })).first().click();
  await expect(page).toHaveURL(/\/create$/);
  await expect(panelOf(page)).toBeVisible();
  await expect(page.locator('scopekeeper-marker')).toHaveCount(28);

  // Leaving the form removes everything Scopekeeper added.
  await navigateInApp(page, '/manage/dashboard');
  await expect(page.locator('scopekeeper-panel, scopekeeper-marker')).toHaveCount(0);
});

test('a form that renders late is still found', async ({ context, server }) => {
  const page = await openPanel(context, server, CREATE_PATH, { slowMs: 1500 });
  await expect(panelOf(page)).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('scopekeeper-marker')).toHaveCount(28);
});

test('the content script is not injected outside /manage/ (storefront pages share the host)', async ({ context, server }) => {
  const page = await openPanel(context, server, '/products/some-product');
  await page.waitForLoadState('load');
  // The same single-page app, moved onto the create form without a reload: no script was injected.
  await navigateInApp(page, CREATE_PATH);
  await waitForFixtureForm(page);
  await page.waitForTimeout(500);
  await expect(page.locator('scopekeeper-panel, scopekeeper-marker')).toHaveCount(0);
});
