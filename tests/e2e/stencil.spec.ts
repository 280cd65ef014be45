/**
 * The Stencil-CLI form (issue 10, docs/control-panel-facts.md §11): choosing that token type hides the scope
 * rows and shows a two-way access level. A Stencil preset sets the token type and the level, in
 * each control the form may use; switching back to a V2/V3 preset restores that form and fills it.
 */
import { CREATE_PATH, chooseByKeyboard, expect, fixtureSaveCount, openPanel, test } from './harness';
import { expectedState, expectScopes, fixtureStateIn, waitForForm } from './reading';

for (const [stencilControl, variant] of [['buttons', 'bigdesign'], ['radios', 'legacy'], ['select', 'native']] as const) {
  test(`a Stencil preset sets the access level (${stencilControl}), and back to V2/V3 fills the rows`, async ({ context, server }) => {
    const page = await openPanel(context, server, CREATE_PATH, { stencilControl, variant });
    await waitForForm(page);
    const panel = page.getByRole('region', { name: 'Scopekeeper' });
    await chooseByKeyboard(panel.getByLabel('Preset'), 'Stencil CLI (publish theme)');
    await expect(panel.getByRole('status')).toContainText('Token type should be Stencil-CLI token');
    await panel.getByRole('button', { name: 'Fill form' }).click();
    await expect.poll(async () => (await fixtureStateIn(page)).access).toBe('publish theme');
    expect((await fixtureStateIn(page)).tokenType).toBe('Stencil-CLI token');
    // The preset suggests no name: the name is what is left, and nothing says "Form filled" (issue 20, item 4).
    await expect(panel.getByRole('status')).toHaveText('Stencil-CLI token, access level: publish theme. One thing left: Name needs at least 4 characters.');

    await chooseByKeyboard(panel.getByLabel('Preset'), 'Modern Retail Integration');
    await expect(panel.getByRole('status')).toContainText('Token type should be V2/V3 API token');
    await panel.getByRole('button', { name: 'Fill form' }).click();
    await expect(panel.getByRole('status')).toContainText('28 of 28 scopes match. Form filled');
    expect((await fixtureStateIn(page)).tokenType).toBe('V2/V3 API token');
    await expectScopes(page, expectedState('modern-retail-integration', 'en'));
    expect(await fixtureSaveCount(page)).toBe(0);
  });
}
