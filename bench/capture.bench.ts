/**
 * Capture latency: credentials pop-up inserted → sealed record persisted, over 50 captures with
 * the service worker running, and some with it stopped first (it must start to take the
 * capture; with no extension page open, its process must start too). One Save on the fixture's BigDesign create form per capture; the fixture makes new
 * random credentials every time. A built-in preset is chosen first, as a merchant would have.
 */
import { expect, test, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { CREATE_PATH, STORE_ORIGIN, extensionWorker, waitForFixtureForm, type ControlPanelServer } from '../tests/e2e/harness';
import { choosePreset, startSession, stopServiceWorker } from './browser';
import { measureClockOffset } from './clock';
import { report, type Figure } from './figures';
import { installCaptureProbe, type CaptureProbe } from './page-probes';
import { ms, summary } from './stats';
import { installWorkerProbe, type WorkerProbe } from './worker-probes';
import { CAPTURE_STORED_MARK, WORKER_READY_MARK } from '../utils/background/timing-marks';

const WARM_CAPTURES = 50;
/** Enough captures with the worker asleep for a p95 that is not just the maximum (nearest rank:
 *  the 19th of 20); BENCH_COLD_CAPTURES sets another count (fewer: the p95 is the maximum). */
const COLD_CAPTURES = Number(process.env.BENCH_COLD_CAPTURES) || 20;
/** Issue "Release 1.0", item 4: a capture with the worker asleep stored within 100 ms, p95. */
const COLD_TARGET_MS = 100;
/** Captures with the worker stopped while an extension page keeps the extension's process. */
const KEPT_PROCESS_CAPTURES = 10;
/** Captures with the worker asleep and the pointer on Save a moment before the click. */
const HOVER_CAPTURES = 10;
/** A modest rest of the pointer on a button before pressing it. */
const HOVER_LEAD_MS = 200;
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

/** The extension's running service worker: after a stop, the one that started since. */
async function runningWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  for (let i = 0; i < 100; i++) {
    for (const worker of context.serviceWorkers().reverse()) {
      if (new URL(worker.url()).host !== extensionId) continue;
      if (await worker.evaluate(() => true).catch(() => false)) return worker;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('No running service worker');
}

/** The worker's timeline (utils/background/timing-marks.ts): its start, its listeners ready, the
 *  last record stored, as Date.now()-based times via the worker's clock offset. */
async function workerTimes(worker: Worker): Promise<{ started: number; ready: number | null; stored: number | null }> {
  const marks = await worker.evaluate(
    ([readyName, storedName]) => {
      const at = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? null;
      return { origin: performance.timeOrigin, ready: at(readyName), stored: at(storedName) };
    },
    [WORKER_READY_MARK, CAPTURE_STORED_MARK] as const,
  );
  const offset = await worker.evaluate(measureClockOffset);
  const absolute = (t: number | null) => (t === null ? null : marks.origin + t - offset);
  return { started: marks.origin - offset, ready: absolute(marks.ready), stored: absolute(marks.stored) };
}

test('capture latency, worker asleep', async ({}, testInfo) => {
  const { context, server, close } = await startSession({ extension: true });
  try {
    const extensionId = new URL((await extensionWorker(context)).url()).host;
    await choosePreset(context, extensionId, CHOSEN_PRESET);
    await context.addInitScript(installCaptureProbe);
    /**
     * One capture on a fresh create form. Persistence is read afterwards from the worker's own
     * timeline, so nothing of the extension runs meanwhile: with `keepPage` an extension page
     * stays open (as the vault page may be), which keeps the extension's process alive while the
     * worker is stopped; without it, stopping the worker ends the process too, and the capture
     * waits for Chrome to start both.
     */
    const captureOnce = async (
      name: string,
      { stopFirst, keepPage = false, saveMs = 0, hoverMs = 0 }: { stopFirst: boolean; keepPage?: boolean; saveMs?: number; hoverMs?: number },
    ) => {
      const form = await context.newPage();
      await openCreateForm(form, server, saveMs);
      // Typed before the worker is stopped: the pop-up, not the panel's decision on the new
      // name, is what must find the worker asleep.
      await typeName(form, name);
      if (stopFirst) await stopServiceWorker(context, extensionId);
      const extensionPage = keepPage ? await context.newPage() : null;
      await extensionPage?.goto(`chrome-extension://${extensionId}/manifest.json`);
      if (hoverMs) {
        // The pointer reaches Save a moment before the click, as a person's does.
        await form.getByRole('button', { name: 'Save' }).hover();
        await form.waitForTimeout(hoverMs);
      }
      const times = await save(form, null);
      expect(times.noticeText).toContain('Credentials captured and encrypted');
      const worker = await workerTimes(await runningWorker(context, extensionId));
      await extensionPage?.close();
      await form.close();
      // Page times as Date.now()-based times, like the worker's.
      const inserted = times.inserted - times.offset;
      return {
        persisted: worker.stored === null ? null : worker.stored - inserted,
        started: worker.started - inserted,
        ready: worker.ready === null ? null : worker.ready - inserted,
        notice: times.notice - times.inserted,
      };
    };
    type Run = Awaited<ReturnType<typeof captureOnce>>;
    // Each capture with the worker asleep is followed by one with it awake, measured the same way,
    // so the machine's load at that moment weighs on both: the difference is the cost of waking.
    const cold: Run[] = [];
    const awake: Run[] = [];
    for (let i = 0; i < COLD_CAPTURES; i++) {
      cold.push(await captureOnce(`Benchmark cold capture ${i + 1}`, { stopFirst: true }));
      awake.push(await captureOnce(`Benchmark awake capture ${i + 1}`, { stopFirst: false }));
    }
    // The worker stopped, but the extension's process kept by an open extension page.
    const processKept: Run[] = [];
    for (let i = 0; i < KEPT_PROCESS_CAPTURES; i++) processKept.push(await captureOnce(`Benchmark kept-process capture ${i + 1}`, { stopFirst: true, keepPage: true }));
    // The control panel's Save is a round trip to BigCommerce before the pop-up: the Save click
    // tells the background (capture:expect), which starts and reads the vault's key meanwhile.
    const withRoundTrip: Run[] = [];
    for (let i = 0; i < ROUND_TRIP_CAPTURES; i++) withRoundTrip.push(await captureOnce(`Benchmark round-trip capture ${i + 1}`, { stopFirst: true, saveMs: SAVE_ROUND_TRIP_MS }));

    // The pointer on Save a moment before the click: that, too, tells the background.
    const hovered: Run[] = [];
    for (let i = 0; i < HOVER_CAPTURES; i++) hovered.push(await captureOnce(`Benchmark hovered capture ${i + 1}`, { stopFirst: true, hoverMs: HOVER_LEAD_MS }));

    const seen = (values: ReadonlyArray<number | null>) => values.filter((v): v is number => v !== null);
    const persistedOf = (runs: Run[]) => summary(seen(runs.map((c) => c.persisted)));
    const stats = persistedOf(cold);
    const kept = persistedOf(processKept);
    const awakeStats = persistedOf(awake);
    const roundTrip = persistedOf(withRoundTrip);
    const hover = persistedOf(hovered);
    const notice = summary(cold.map((c) => c.notice));
    const started = summary(cold.map((c) => c.started));
    const ready = summary(seen(cold.map((c) => c.ready)));
    const keptStarted = summary(processKept.map((c) => c.started));
    const verdict = (s: ReturnType<typeof summary>, runs: Run[]) => {
      const allSeen = s.n === runs.length;
      const holds = allSeen && s.p95 <= COLD_TARGET_MS;
      return {
        value: allSeen ? `${ms(s.median)} / ${ms(s.p95)}` : `${ms(s.median)} / ${ms(s.p95)} (${runs.length - s.n} not seen)`,
        met: holds,
        said: `measured ${ms(s.p95)} ms p95 (target ≤ ${COLD_TARGET_MS} ms) ${holds ? 'holds' : 'misses'}`,
      };
    };
    const coldVerdict = verdict(stats, cold);
    const keptVerdict = verdict(kept, processKept);
    const group = 'Capture, worker asleep';
    const figures: Figure[] = [
      {
        group,
        name: `no extension page open: inserted → persisted, median / p95 (n=${stats.n})`,
        value: coldVerdict.value,
        unit: 'ms',
        target: `≤ ${COLD_TARGET_MS} ms p95`,
        met: coldVerdict.met,
        note: `${coldVerdict.said}. The merchant's usual case: the worker stopped (via chrome://serviceworker-internals, after the name is typed and the window has focus), and with no extension page open that ends the extension's process too. At the median the worker's start (its time origin) comes ${ms(started.median)} ms after the pop-up is inserted, its script has run and its listeners are registered ${ms(ready.median)} ms after it, and the record is durable ${ms(stats.median)} ms after it: the first part is Chrome starting the process and the worker, before any line of ours runs. The fixture shows the pop-up about 0.1 s after Save, and Playwright's click moves the pointer and clicks at once, so the words the content script sends when the pointer reaches Save and at the click (capture:expect) gain little here. Persistence read from the worker's own timeline afterwards (utils/background/timing-marks.ts), clocks reconciled; Playwright's attachment to each new worker is included. Max ${ms(stats.max)} ms.`,
      },
      {
        group,
        name: `an extension page open (its process kept): inserted → persisted, median / p95 (n=${kept.n})`,
        value: keptVerdict.value,
        unit: 'ms',
        target: `≤ ${COLD_TARGET_MS} ms p95`,
        met: keptVerdict.met,
        note: `${keptVerdict.said}. The worker stopped as above while an extension page stays open (as the vault page may be), so only the worker starts; it starts ${ms(keptStarted.median)} ms from the pop-up at the median (negative: before it, woken by the Save). Earlier runs of this bench measured only this case (their poll from an extension page kept the process). Max ${ms(kept.max)} ms.`,
      },
      {
        group,
        name: `the worker awake, median / p95 (n=${awakeStats.n}, interleaved)`,
        value: `${ms(awakeStats.median)} / ${ms(awakeStats.p95)}`,
        unit: 'ms',
        note: `Asleep ÷ awake at the median: ${(stats.median / awakeStats.median).toFixed(2)}×; asleep − awake: ${ms(stats.median - awakeStats.median)} ms (median), ${ms(stats.p95 - awakeStats.p95)} ms (p95): what waking the worker and its process costs, under the same load.`,
      },
      { group, name: `no extension page open: inserted → notice shown, median / p95 (n=${notice.n})`, value: `${ms(notice.median)} / ${ms(notice.p95)}`, unit: 'ms' },
      {
        group,
        name: `asleep at Save, pop-up ${SAVE_ROUND_TRIP_MS} ms later: inserted → persisted, median / p95 (n=${roundTrip.n})`,
        value: `${ms(roundTrip.median)} / ${ms(roundTrip.p95)}`,
        unit: 'ms',
        note: `No extension page open, the worker stopped before Save, and the fixture showing the pop-up ${SAVE_ROUND_TRIP_MS} ms after it, as the control panel does once BigCommerce answers: the Save click starts the process and the worker (capture:expect, utils/background/receive-capture.ts) while the panel saves, so the pop-up finds the worker up.`,
      },
    ];
    figures.push({
      group,
      name: `asleep, the pointer on Save ${HOVER_LEAD_MS} ms before the click: inserted → persisted, median / p95 (n=${hover.n})`,
      value: `${ms(hover.median)} / ${ms(hover.p95)}`,
      unit: 'ms',
      note: `No extension page open and the pop-up at once, as in the first line, but the pointer rests on Save ${HOVER_LEAD_MS} ms before clicking, as a person's does for a moment: the content script tells the background when the pointer or focus reaches the form's Save (utils/content/capture-watcher.ts), so the start begins that much earlier. In the first line Playwright's click moves the pointer and clicks at once, so that lead is about 0.`,
    });
    await report(testInfo, figures, { cold, awake, processKept, withRoundTrip, hovered });
  } finally {
    await close();
  }
});
