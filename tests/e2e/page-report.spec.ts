/**
 * "Copy page report" (issue 10): offered where the page is not fully understood; puts a JSON
 * outline on the clipboard that holds the page's labels and options but never a typed value.
 */
import { CREATE_PATH, STORE_ORIGIN, activeTabId, expect, openPanel, test } from './harness';
import { waitForForm } from './reading';

test('the panel copies a JSON page report without any typed value', async ({ context, server }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: STORE_ORIGIN });
  const page = await openPanel(context, server, CREATE_PATH, { language: 'ko', variant: 'native' });
  await waitForForm(page);
  const typed = 'Typed account name 4711';
  await page.getByRole('textbox', { name: '이름' }).fill(typed);
  const panel = page.getByRole('region', { name: 'Scopekeeper' });
  const copy = panel.getByRole('button', { name: 'Copy page report' });
  await copy.click();
  await expect(panel).toContainText('Page report copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const report = JSON.parse(text) as { format: string; path: string; htmlLang: string; rows: { label: string; options: string[]; signal: string }[] };
  expect(report.format).toBe('scopekeeper-page-report');
  expect(report.path).toBe(CREATE_PATH);
  expect(report.htmlLang).toBe('ko');
  expect(report.rows).toHaveLength(28);
  expect(report.rows[0]).toMatchObject({ label: '콘텐츠', options: ['없음', '읽기 전용', '수정'], signal: 'position' });
  expect(text).not.toContain(typed);
  expect(text).not.toContain('api.bigcommerce.com');
});

test('the popup copies the same report for the page it is opened on', async ({ context, server, worker, extensionId }) => {
  const page = await openPanel(context, server, CREATE_PATH, { language: 'ko', variant: 'native' });
  await waitForForm(page);
  await page.getByRole('textbox', { name: '이름' }).fill('Typed account name 4711');
  await page.bringToFront();
  const tabId = await activeTabId(worker);
  const popup = await context.newPage();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByRole('button', { name: 'Copy page report' }).click();
  await expect(popup.getByText('Page report copied')).toBeVisible();
  const text = await popup.evaluate(() => navigator.clipboard.readText());
  const report = JSON.parse(text) as { format: string; path: string; rows: { label: string }[] };
  expect(report.format).toBe('scopekeeper-page-report');
  expect(report.path).toBe(CREATE_PATH);
  expect(report.rows.map((r) => r.label)).toContain('콘텐츠');
  expect(text).not.toContain('4711');
});
