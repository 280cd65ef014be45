/**
 * Frames (issue 10): the form rendered in a same-origin frame of the control-panel shell gets
 * the panel in that frame, fills from it, and the popup's status and Fill reach it.
 */
import { CREATE_PATH, chooseByKeyboard, activeTabId, expect, fixtureSaveCount, openPanel, test } from './harness';
import { expectedState, expectScopes } from './reading';

async function formFrame(page: import('@playwright/test').Page) {
  await expect.poll(() => page.frames().length).toBeGreaterThan(1);
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  await frame.waitForFunction(() => (window as unknown as { __FIXTURE__?: { ready?: boolean } }).__FIXTURE__?.ready === true);
  return frame;
}

test('the panel shows in the frame that holds the form and fills it', async ({ context, server }) => {
  const page = await openPanel(context, server, CREATE_PATH, { framed: true });
  const frame = await formFrame(page);
  const panel = frame.getByRole('region', { name: 'Scopekeeper' });
  await chooseByKeyboard(panel.getByLabel('Preset'), 'Modern Retail Integration');
  await panel.getByRole('button', { name: 'Fill form' }).click();
  await expect(panel.getByRole('status')).toContainText('28 of 28 scopes match. Form filled');
  await expectScopes(frame, expectedState('modern-retail-integration', 'en'));
  // The shell itself has no panel.
  await expect(page.mainFrame().locator('scopekeeper-panel')).toHaveCount(0);
  expect(await fixtureSaveCount(frame as unknown as import('@playwright/test').Page)).toBe(0);
});

test('the popup sees the framed form and fills it', async ({ context, server, worker, extensionId }) => {
  const page = await openPanel(context, server, CREATE_PATH, { framed: true, variant: 'native' });
  const frame = await formFrame(page);
  await expect(frame.locator('scopekeeper-panel')).toHaveCount(1);
  await page.bringToFront();
  const tabId = await activeTabId(worker);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByLabel('Preset').selectOption({ label: 'Modern Retail Integration' });
  const fill = popup.getByRole('button', { name: 'Fill form' });
  await expect(fill).toBeEnabled();
  await fill.click();
  await expect(popup.getByRole('status')).toContainText('Form filled');
  await expectScopes(frame, expectedState('modern-retail-integration', 'en'));
});
