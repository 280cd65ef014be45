/**
 * Capture latency: credentials pop-up inserted → sealed record persisted, over 50 captures with
 * the service worker running, and a few with it stopped first (it must start to take the
 * capture). One Save on the fixture's BigDesign create form per capture; the fixture makes new
 * random credentials every time.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { CREATE_PATH, STORE_ORIGIN, extensionWorker, waitForFixtureForm, type ControlPanelServer } from '../tests/e2e/harness';
import { startSession, stopServiceWorker } from './browser';
import { measureClockOffset } from './clock';
import { report, type Figure } from './figures';
import { installCaptureProbe, type CaptureProbe } from './page-probes';
import { ms, summary } from './stats';
import { coldPersistPoller, installWorkerProbe, type WorkerProbe } from './worker-probes';

const WARM_CAPTURES = 50;
const COLD_CAPTURES = 5;
/** The background accepts at most 10 captures per tab per minute (utils/background/handle-capture.ts). */
const CAPTURES_PER_TAB = 10;

interface PageTimes {
  inserted: number;
  observed: number;
  notice: number;
  offset: number;
  noticeText: string;
}

async function openCreateForm(page: Page, server: ControlPanelServer): Promise<void> {
  server.config = { variant: 'bigdesign' };
  await page.goto(`${STORE_ORIGIN}${CREATE_PATH}`);
  await waitForFixtureForm(page);
  // The panel means the content script has routed this page, so its pop-up watcher is on.
  await expect(page.getByRole('region', { name: 'Scopekeeper' })).toBeVisible();
}

async function save(page: Page, name: string): Promise<PageTimes> {
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForFunction(() => (window as unknown as { __benchCapture: CaptureProbe }).__benchCapture.notices.length > 0, null, {
    timeout: 15_000,
  });
  const probe = await page.evaluate(() => (window as unknown as { __benchCapture: CaptureProbe }).__benchCapture);
  const noticeText = await page.evaluate(() => document.querySelector('scopekeeper-notice')?.shadowRoot?.textContent ?? '');
  return { inserted: probe.inserted[0]!, observed: probe.observed[0]!, notice: probe.notices[0]!, offset: await page.evaluate(measureClockOffset), noticeText };
}

async function workerProbe(context: BrowserContext): Promise<WorkerProbe> {
  return (await extensionWorker(context)).evaluate(() => (globalThis as unknown as { __benchWorker: WorkerProbe }).__benchWorker);
}

test('capture latency', async ({}, testInfo) => {
  const { context, server, close } = await startSession({ extension: true });
  try {
    await context.addInitScript(installCaptureProbe);
    const worker = await extensionWorker(context);
    const extensionId = new URL(worker.url()).host;
    await worker.evaluate(installWorkerProbe);
    const workerOffset = await worker.evaluate(measureClockOffset);

    // Warm: the worker is running (Playwright's attachment keeps it from idling out).
    const warm: Array<{ persisted: number; received: number; notice: number; observed: number; clockCorrection: number }> = [];
    let page: Page | null = null;
    for (let i = 0; i < WARM_CAPTURES; i++) {
      if (i % CAPTURES_PER_TAB === 0) {
        await page?.close();
        page = await context.newPage();
      }
      await openCreateForm(page!, server);
      const times = await save(page!, `Benchmark capture ${i + 1}`);
      expect(times.noticeText).toContain('Credentials captured and encrypted');
      await expect.poll(async () => (await workerProbe(context)).persisted.length).toBe(i + 1);
      const probe = await workerProbe(context);
      // Both clocks expressed as Date.now()-based time: subtract each context's offset.
      const correction = times.offset - workerOffset;
      const toPage = (workerTime: number) => workerTime + correction;
      warm.push({
        persisted: toPage(probe.persisted[i]!.t) - times.inserted,
        received: toPage(probe.received[i]!) - times.inserted,
        notice: times.notice - times.inserted,
        observed: times.observed - times.inserted,
        clockCorrection: correction,
      });
    }
    await page?.close();

    // Cold: stop the worker with the form open, then Save; the capture message starts it.
    const cold: Array<{ persisted: number | null; notice: number; pollMs: number }> = [];
    for (let i = 0; i < COLD_CAPTURES; i++) {
      const form = await context.newPage();
      await openCreateForm(form, server);
      await stopServiceWorker(context, extensionId);
      const watcher = await context.newPage();
      // Same origin as the vault's database (an extension document), another process than the worker.
      await watcher.goto(`chrome-extension://${extensionId}/manifest.json`);
      const watcherOffset = await watcher.evaluate(measureClockOffset);
      const polled = watcher.evaluate(coldPersistPoller, 20_000);
      await watcher.waitForFunction(() => (globalThis as unknown as { __benchPollReady?: boolean }).__benchPollReady === true);
      const times = await save(form, `Benchmark cold capture ${i + 1}`);
      expect(times.noticeText).toContain('Credentials captured and encrypted');
      const poll = await polled;
      cold.push({
        persisted: poll.t === null ? null : poll.t + (times.offset - watcherOffset) - times.inserted,
        notice: times.notice - times.inserted,
        pollMs: poll.pollMs,
      });
      await watcher.close();
      await form.close();
    }

    const persisted = summary(warm.map((w) => w.persisted));
    const notice = summary(warm.map((w) => w.notice));
    const received = summary(warm.map((w) => w.received));
    const coldPersisted = cold.map((c) => c.persisted).filter((v): v is number => v !== null);
    const pollMs = Math.max(...cold.map((c) => c.pollMs));
    const maxCorrection = Math.max(...warm.map((w) => Math.abs(w.clockCorrection)));
    const group = 'Capture';
    const figures: Figure[] = [
      {
        group,
        name: `inserted → persisted, median (warm, n=${persisted.n})`,
        value: ms(persisted.median),
        unit: 'ms',
      },
      {
        group,
        name: `inserted → persisted, p95 (warm, n=${persisted.n})`,
        value: ms(persisted.p95),
        unit: 'ms',
        target: '≤ 50 ms',
        met: persisted.p95 <= 50,
        note: `"Persisted" = the records transaction's complete event in the worker (durability strict), timed by an event hook, not a poll; page and worker clocks reconciled via Date.now() (correction up to ${ms(maxCorrection)} ms). Max ${ms(persisted.max)} ms.`,
      },
      { group, name: 'inserted → capture message reaches worker, median (warm)', value: ms(received.median), unit: 'ms' },
      {
        group,
        name: 'inserted → "captured" notice shown, median / p95 (warm)',
        value: `${ms(notice.median)} / ${ms(notice.p95)}`,
        unit: 'ms',
      },
      {
        group,
        name: `inserted → persisted, worker stopped first (n=${coldPersisted.length})`,
        value: coldPersisted.length ? `median ${ms(summary(coldPersisted).median)}, max ${ms(summary(coldPersisted).max)}` : 'not measured',
        unit: 'ms',
        note: `Worker stopped via chrome://serviceworker-internals before Save; persistence seen by polling the record count from an extension page (one poll per ~${ms(pollMs)} ms).`,
      },
      {
        group,
        name: `inserted → notice shown, worker stopped first (n=${cold.length})`,
        value: `median ${ms(summary(cold.map((c) => c.notice)).median)}, max ${ms(summary(cold.map((c) => c.notice)).max)}`,
        unit: 'ms',
      },
    ];
    await report(testInfo, figures, { warm, cold });
  } finally {
    await close();
  }
});
