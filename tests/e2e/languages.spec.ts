/**
 * Every control-panel language (issue 10): a page in French or Spanish is read with its table,
 * one in a language without a table (Korean) by structure only, with every row marked "matched
 * by position" and a status that says to check each row; English rows with French options fill
 * at once. The Save button is never pressed.
 */
import { CREATE_PATH, chooseByKeyboard, expect, fixtureSaveCount, openPanel, test } from './harness';
import { expectedState, expectScopes, fixtureStateIn, waitForForm } from './reading';

const panelOf = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Scopekeeper' });

for (const [language, variant] of [['fr', 'bigdesign'], ['es', 'native']] as const) {
  test(`Modern Retail fills the ${language} page (${variant}) by its labels`, async ({ context, server }) => {
    const page = await openPanel(context, server, CREATE_PATH, { language, variant });
    await waitForForm(page);
    const panel = panelOf(page);
    await chooseByKeyboard(panel.getByLabel('Preset'), 'Modern Retail Integration');
    await expect(panel.getByRole('status').first()).toContainText('of 28 scopes match');
    await expect(page.locator('scopekeeper-marker[data-signal="label"]')).toHaveCount(28);
    await panel.getByRole('button', { name: 'Fill form' }).click();
    await expect(panel.getByRole('status').first()).toContainText('28 of 28 scopes match. Form filled');
    await expectScopes(page, expectedState('modern-retail-integration', language));
    expect((await fixtureStateIn(page)).name).toBe('Modern Retail Integration');
    expect(await fixtureSaveCount(page)).toBe(0);
  });
}

test('English rows with French options fill at once, every row set', async ({ context, server }) => {
  const page = await openPanel(context, server, CREATE_PATH, { optionLanguage: 'fr' });
  await waitForForm(page);
  const panel = panelOf(page);
  await chooseByKeyboard(panel.getByLabel('Preset'), 'Modern Retail Integration');
  await panel.getByRole('button', { name: 'Fill form' }).click();
  await expect(panel.getByRole('status').first()).toContainText('28 of 28 scopes match. Form filled');
  await expectScopes(page, expectedState('modern-retail-integration', 'en', 'fr'));
});

test('a language without a table is read by structure: every row "matched by position", and the status says to check', async ({ context, server }) => {
  const page = await openPanel(context, server, CREATE_PATH, { language: 'ko' });
  await waitForForm(page);
  const panel = panelOf(page);
  // The menus are read first (each opened and closed, which moves focus): choose once that is done.
  await expect(panel.getByRole('status').first()).toContainText('Choose a preset');
  await chooseByKeyboard(panel.getByLabel('Preset'), 'Modern Retail Integration');
  // The menus are read once (options are rendered only while open), then the list fits one reading.
  await expect(page.locator('scopekeeper-marker[data-signal="position"]')).toHaveCount(28);
  await expect(page.locator('scopekeeper-marker[data-scope="products"]')).toContainText('Products · matched by position');
  await panel.getByRole('button', { name: 'Fill form' }).click();
  await expectScopes(page, expectedState('modern-retail-integration', 'ko'));
  const status = panel.getByRole('status').first();
  await expect(status).toContainText('matched by position: check each row before saving');
  await expect(status).not.toContainText('scopes match');
  await expect(panel).not.toContainText('Form filled');
  for (const marker of await page.locator('scopekeeper-marker').all()) {
    await expect(marker).toHaveAttribute('data-signal', 'position');
    await expect(marker).toContainText('· matched by position');
  }
  expect(await fixtureSaveCount(page)).toBe(0);
});

test('rows whose labels are not understood but whose controls name them (an identity attribute) are read by that attribute, in any order, and the fill is verified', async ({ context, server }) => {
  // Korean labels (no table), English options, shuffled rows: neither labels nor structure can
  // read this list; each <select> carries data-scope-id.
  const page = await openPanel(context, server, CREATE_PATH, { variant: 'native', language: 'ko', optionLanguage: 'en', shuffleRows: 3, rowAttributes: true });
  await waitForForm(page);
  const panel = panelOf(page);
  await chooseByKeyboard(panel.getByLabel('Preset'), 'Modern Retail Integration');
  await expect(page.locator('scopekeeper-marker[data-signal="attribute"]')).toHaveCount(28);
  await expect(page.locator('scopekeeper-marker[data-signal="position"]')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Fill form' }).click();
  await expectScopes(page, expectedState('modern-retail-integration', 'ko', 'en'));
  await expect(panel.getByRole('status').first()).toContainText('28 of 28 scopes match');
  await expect(panel).toContainText('Form filled');
  expect(await fixtureSaveCount(page)).toBe(0);
});
