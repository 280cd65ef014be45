/**
 * Capture latency: credentials pop-up inserted → sealed record persisted, over 50 captures with
 * the service worker running, and a few with it stopped first (it must start to take the
 * capture). One Save on the fixture's BigDesign create form per capture; the fixture makes new
 * random credentials every time. A built-in preset is chosen first, as a merchant would have.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { CREATE_PATH, STORE_ORIGIN, extensionWorker, waitForFixtureForm, type ControlPanelServer } from '../tests/e2e/harness';
import { choosePreset, startSession, stopServiceWorker } from './browser';
import { measureClockOffset } from './clock';
import { report, type Figure } from './figures';
import { installCaptureProbe, type CaptureProbe } from './page-probes';
import { ms, summary } from './stats';
import { coldPersistPoller, installWorkerProbe, type WorkerProbe } from './worker-probes';

const WARM_CAPTURES = 50;
/** Enough captures with the worker asleep for a p95 that is not just the maximum (nearest rank:
 *  the 19th of 20); BENCH_COLD_CAPTURES sets another count (fewer: the p95 is the maximum). */
const COLD_CAPTURES = Number(process.env.BENCH_COLD_CAPTURES) || 20;
/** Issue "Release 1.0", item 4: a capture with the worker asleep stored within 100 ms, p95. */
const COLD_TARGET_MS = 100;
/** Captures with the worker asleep at Save and a save round trip before the pop-up. */
const ROUND_TRIP_CAPTURES = 10;
/** A modest round trip for a control-panel save (a request to BigCommerce's servers). */
const SAVE_ROUND_TRIP_MS = 300;
/** A merchant captures with a preset chosen: the record names it and keeps its optional rows. */
const CHOSEN_PRESET = 'litextension-to-bigcommerce';
/** The background accepts at most 10 captures per tab per minute (utils/background/handle-capture.ts). */
const CAPTURES_PER_TAB = 10;

interface PageTimes {
  inserted: number;
  observed: number;
  notice: number;
  offset: number;
  noticeText: string;
}

/** `saveMs`: the control panel's save round trip (the fixture shows the pop-up that long after Save). */
async function openCreateForm(page: Page, server: ControlPanelServer, saveMs = 0): Promise<void> {
  server.config = { variant: 'bigdesign', saveMs };
  await page.goto(`${STORE_ORIGIN}${CREATE_PATH}`);
  await waitForFixtureForm(page);
  // The panel means the content script has routed this page, so its pop-up watcher is on.
  await expect(page.getByRole('region', { name: 'Scopekeeper' })).toBeVisible();
}

async function typeName(page: Page, name: string): Promise<void> {
  // A click first: a window's first click focuses it, and the panel asks the background again
  // on focus. A merchant's window has focus when they click Save; here the Save must not be
  // what focuses it, or the panel's request would wake the worker and load the rest of it.
  await page.getByRole('heading').first().click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  // The panel decides again on every change of the form (a round trip to the background): let
  // it settle, so that what follows measures the capture alone.
  await page.waitForTimeout(300);
}

/** `name`: typed first, unless already typed (null). */
async function save(page: Page, name: string | null): Promise<PageTimes> {
  if (name !== null) await typeName(page, name);
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
    await choosePreset(context, new URL(worker.url()).host, CHOSEN_PRESET);
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

    const persisted = summary(warm.map((w) => w.persisted));
    const notice = summary(warm.map((w) => w.notice));
    const received = summary(warm.map((w) => w.received));
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
    ];
    await report(testInfo, figures, { warm });
  } finally {
    await close();
  }
});

test('capture latency, worker asleep', async ({}, testInfo) => {
  const { context, server, close } = await startSession({ extension: true });
  try {
    const worker = await extensionWorker(context);
    const extensionId = new URL(worker.url()).host;
    await choosePreset(context, extensionId, CHOSEN_PRESET);
    await context.addInitScript(installCaptureProbe);
    /** One capture on a fresh create form, persistence seen by polling from an extension page. */
    const captureOnce = async (name: string, stopFirst: boolean, saveMs = 0) => {
      const form = await context.newPage();
      await openCreateForm(form, server, saveMs);
      // Typed before the worker is stopped: the pop-up, not the panel's decision on the new
      // name, is what must find the worker asleep.
      await typeName(form, name);
      if (stopFirst) await stopServiceWorker(context, extensionId);
      const watcher = await context.newPage();
      // Same origin as the vault's database (an extension document), another process than the worker.
      await watcher.goto(`chrome-extension://${extensionId}/manifest.json`);
      const watcherOffset = await watcher.evaluate(measureClockOffset);
      const polled = watcher.evaluate(coldPersistPoller, 20_000);
      await watcher.waitForFunction(() => (globalThis as unknown as { __benchPollReady?: boolean }).__benchPollReady === true);
      const times = await save(form, null);
      expect(times.noticeText).toContain('Credentials captured and encrypted');
      const poll = await polled;
      await watcher.close();
      await form.close();
      return {
        persisted: poll.t === null ? null : poll.t + (times.offset - watcherOffset) - times.inserted,
        notice: times.notice - times.inserted,
        pollMs: poll.pollMs,
      };
    };
    // Each capture with the worker asleep is followed by one with it awake, measured the same way,
    // so the machine's load at that moment weighs on both: the difference is the cost of waking.
    const cold: Array<Awaited<ReturnType<typeof captureOnce>>> = [];
    const awake: Array<Awaited<ReturnType<typeof captureOnce>>> = [];
    for (let i = 0; i < COLD_CAPTURES; i++) {
      cold.push(await captureOnce(`Benchmark cold capture ${i + 1}`, true));
      awake.push(await captureOnce(`Benchmark awake capture ${i + 1}`, false));
    }

    // The control panel's Save is a round trip to BigCommerce before the pop-up: the Save click
    // tells the background (capture:expect), which starts and reads the vault's key meanwhile.
    const withRoundTrip: Array<Awaited<ReturnType<typeof captureOnce>>> = [];
    for (let i = 0; i < ROUND_TRIP_CAPTURES; i++) withRoundTrip.push(await captureOnce(`Benchmark round-trip capture ${i + 1}`, true, SAVE_ROUND_TRIP_MS));

    const persistedOf = (runs: typeof cold) => runs.map((c) => c.persisted).filter((v): v is number => v !== null);
    const stats = summary(persistedOf(cold));
    const awakeStats = summary(persistedOf(awake));
    const notice = summary(cold.map((c) => c.notice));
    const roundTrip = summary(persistedOf(withRoundTrip));
    const pollMs = Math.max(...cold.map((c) => c.pollMs), ...awake.map((c) => c.pollMs));
    const allSeen = stats.n === cold.length;
    const holds = allSeen && stats.p95 <= COLD_TARGET_MS;
    const group = 'Capture, worker asleep';
    const figures: Figure[] = [
      {
        group,
        name: `inserted → persisted, median (n=${stats.n})`,
        value: ms(stats.median),
        unit: 'ms',
      },
      {
        group,
        name: `inserted → persisted, p95 (n=${stats.n})`,
        value: allSeen ? ms(stats.p95) : `${ms(stats.p95)} (${cold.length - stats.n} not seen)`,
        unit: 'ms',
        target: `≤ ${COLD_TARGET_MS} ms`,
        met: holds,
        note: `measured ${ms(stats.p95)} ms (target ≤ ${COLD_TARGET_MS} ms) ${holds ? 'holds' : 'misses'}. Worker stopped via chrome://serviceworker-internals after the name is typed (the panel decides on it) and the window has focus (a window's first click makes the panel ask the background), before each Save; the fixture shows the pop-up at once, so the Save's word to the background (capture:expect) and the capture itself, a moment apart, are what wake it; a built-in preset is chosen, so the record names it (read from its snapshot, utils/presets/chosen-snapshot.ts); persistence seen by polling the record count from an extension page (one poll per ~${ms(pollMs)} ms, which bounds the resolution). Max ${ms(stats.max)} ms.`,
      },
      {
        group,
        name: `the same with the worker awake, median / p95 (n=${awakeStats.n}, interleaved)`,
        value: `${ms(awakeStats.median)} / ${ms(awakeStats.p95)}`,
        unit: 'ms',
        note: `Asleep ÷ awake at the median: ${(stats.median / awakeStats.median).toFixed(2)}×; asleep − awake: ${ms(stats.median - awakeStats.median)} ms (median), ${ms(stats.p95 - awakeStats.p95)} ms (p95): what waking the worker costs, under the same load.`,
      },
      { group, name: `inserted → notice shown, asleep, median / p95 (n=${notice.n})`, value: `${ms(notice.median)} / ${ms(notice.p95)}`, unit: 'ms' },
      {
        group,
        name: `asleep at Save, pop-up ${SAVE_ROUND_TRIP_MS} ms later: inserted → persisted, median / p95 (n=${roundTrip.n})`,
        value: `${ms(roundTrip.median)} / ${ms(roundTrip.p95)}`,
        unit: 'ms',
        note: `The worker stopped before Save, and the fixture showing the pop-up ${SAVE_ROUND_TRIP_MS} ms after it, as the control panel does once BigCommerce answers: the Save click starts the worker (capture:expect, utils/background/receive-capture.ts), so the pop-up finds it awake. Not the target's case (the pop-up itself waking the worker, above), which stays the measure of item 4.`,
      },
    ];
    await report(testInfo, figures, { cold, awake, withRoundTrip });
  } finally {
    await close();
  }
});
