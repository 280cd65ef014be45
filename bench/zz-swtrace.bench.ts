import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { CREATE_PATH, STORE_ORIGIN, extensionWorker, waitForFixtureForm } from '../tests/e2e/harness';
import { startSession, stopServiceWorker } from './browser';

test('sw trace', async () => {
  const { context, server, close } = await startSession({ extension: true });
  try {
    const worker = await extensionWorker(context);
    const extensionId = new URL(worker.url()).host;
    const bcdp = await (context.browser() as any).newBrowserCDPSession();
    for (let i = 0; i < Number(process.env.N ?? 4); i++) {
      const asleep = i % 2 === 0;
      const page = await context.newPage();
      server.config = { variant: 'bigdesign' };
      await page.goto(`${STORE_ORIGIN}${CREATE_PATH}`);
      await waitForFixtureForm(page);
      await expect(page.getByRole('region', { name: 'Scopekeeper' })).toBeVisible();
      await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Trace capture ' + i);
      await page.waitForTimeout(300);
      if (asleep) await stopServiceWorker(context, extensionId);
      const events: object[] = [];
      bcdp.on('Tracing.dataCollected', (p: { value: object[] }) => events.push(...p.value));
      const done = new Promise<void>((r) => bcdp.once('Tracing.tracingComplete', () => r()));
      await bcdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline','v8','v8.execute','ServiceWorker','IndexedDB','toplevel','__metadata','blink','extensions','disabled-by-default-devtools.timeline'] } });
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.locator('scopekeeper-notice')).toBeAttached({ timeout: 15000 });
      await page.waitForTimeout(300);
      await bcdp.send('Tracing.end');
      await done;
      bcdp.removeAllListeners('Tracing.dataCollected');
      fs.writeFileSync(`/tmp/prof/t-${asleep ? 'asleep' : 'awake'}-${i}.json`, JSON.stringify(events));
      await page.close();
    }
  } finally {
    await close();
  }
});
