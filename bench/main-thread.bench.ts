/**
 * The content script's main-thread cost on a control-panel page that is not the API account page
 * (the dashboard, where it only classifies the URL), on the create page (panel and 28 markers,
 * preset chosen), and during a fill of all 28 rows.
 *
 * Two methods, because neither alone is enough on a page that does a lot of its own work:
 *  - attribution: each load traced with the CPU profiler (bench/trace.ts); the extension's share
 *    is the sampled time with its code on the stack. Precise, but blind to work the page does
 *    later in reaction (layout, observers, React renders);
 *  - A/B: the same loads untraced, with and without the extension, comparing the renderer's
 *    main-thread CPU time (DevTools Performance metrics in thread ticks, so time the thread
 *    spent descheduled on this busy 2-core machine does not count) and long tasks seen by a
 *    PerformanceObserver. Catches reactions too, but carries run-to-run noise.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { CREATE_PATH, STORE_ORIGIN, extensionWorker, waitForFixtureForm } from '../tests/e2e/harness';
import { installAllRowsPreset } from './all-rows-preset';
import { startSession } from './browser';
import { report, type Figure } from './figures';
import { median, ms } from './stats';
import { analyseTrace, causedByExtension, recordTrace, type TraceAnalysis } from './trace';

const RUNS = 8;
/** Work after the visible result (deferred refreshes, preset load) must land inside the window. */
const SETTLE_MS = 1000;

type Load = 'dashboard' | 'create';
const LABELS: Record<Load | 'fill', string> = {
  dashboard: 'dashboard (not the API account page)',
  create: 'create page (panel + 28 markers)',
  fill: 'fill of 28 rows (bigdesign)',
};

interface Untraced {
  /** Main-thread CPU time in tasks / in script, ms (thread ticks). */
  taskMs: number;
  scriptMs: number;
  longTasks: number[];
}

async function load(page: Page, scenario: Load, extension: boolean): Promise<void> {
  if (scenario === 'dashboard') {
    await page.goto(`${STORE_ORIGIN}/manage/dashboard`);
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  } else {
    await page.goto(`${STORE_ORIGIN}${CREATE_PATH}`);
    await waitForFixtureForm(page);
    if (extension) {
      // The preset diffed against the untouched form ("28 rows to change.").
      await expect(page.getByRole('region', { name: 'Scopekeeper' }).getByRole('status')).toContainText(/rows? to change|of 28 scopes match/);
      await expect(page.locator('scopekeeper-marker')).toHaveCount(28);
    }
  }
  await page.waitForTimeout(SETTLE_MS);
}

/** Main-world long-task log, installed before the page's scripts. */
function logLongTasks(): void {
  const log: number[] = [];
  (window as unknown as { __benchLongTasks: number[] }).__benchLongTasks = log;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => log.push(e.duration))).observe({ type: 'longtask', buffered: true });
}

async function untraced(context: BrowserContext, scenario: Load, extension: boolean): Promise<Untraced> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await load(page, scenario, extension);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    const longTasks = await page.evaluate(() => (window as unknown as { __benchLongTasks: number[] }).__benchLongTasks);
    await cdp.detach();
    return { taskMs: metric('TaskDuration'), scriptMs: metric('ScriptDuration'), longTasks };
  } finally {
    await page.close();
  }
}

async function traced(context: BrowserContext, origin: string, run: (page: Page) => Promise<void>, before?: (page: Page) => Promise<void>): Promise<TraceAnalysis> {
  const page = await context.newPage();
  try {
    await before?.(page);
    const cdp = await context.newCDPSession(page);
    const { events } = await recordTrace(cdp, () => run(page));
    await cdp.detach();
    return analyseTrace(events, STORE_ORIGIN, origin);
  } finally {
    await page.close();
  }
}

async function fillOnOpenForm(page: Page): Promise<void> {
  const panel = page.getByRole('region', { name: 'Scopekeeper' });
  // A name first, so that nothing but the rows is left for the fill (the status then reads
  // "28 of 28 scopes match"; without a name it says the name is left).
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Benchmark token');
  await panel.getByRole('button', { name: 'Fill form' }).click();
  await expect(panel.getByRole('status')).toContainText('28 of 28 scopes match', { timeout: 20_000 });
  await page.waitForTimeout(SETTLE_MS);
}

test('content script main-thread cost', async ({}, testInfo) => {
  const tracedRuns: Record<Load | 'fill', TraceAnalysis[]> = { dashboard: [], create: [], fill: [] };
  const ab: Record<'with' | 'without', Record<Load, Untraced[]>> = { with: { dashboard: [], create: [] }, without: { dashboard: [], create: [] } };

  for (const extension of [true, false]) {
    const session = await startSession({ extension });
    try {
      await session.context.addInitScript(logLongTasks);
      let origin = '';
      if (extension) {
        const worker = await extensionWorker(session.context);
        origin = `chrome-extension://${new URL(worker.url()).host}/`;
        await installAllRowsPreset(worker);
      }
      for (let i = 0; i < RUNS; i++) {
        for (const scenario of ['dashboard', 'create'] as const) {
          ab[extension ? 'with' : 'without'][scenario].push(await untraced(session.context, scenario, extension));
          if (extension) tracedRuns[scenario].push(await traced(session.context, origin, (page) => load(page, scenario, true)));
        }
        if (extension) tracedRuns.fill.push(await traced(session.context, origin, fillOnOpenForm, (page) => load(page, 'create', true)));
      }
    } finally {
      await session.close();
    }
  }

  const group = 'Main thread';
  const figures: Figure[] = [];
  const med = (values: number[]) => ms(median(values));
  for (const scenario of ['dashboard', 'create'] as const) {
    const runs = tracedRuns[scenario];
    const on = ab.with[scenario];
    const off = ab.without[scenario];
    const attributedLong = runs.flatMap((r) => r.longTasks).filter(causedByExtension);
    const longOn = on.flatMap((r) => r.longTasks);
    const longOff = off.flatMap((r) => r.longTasks);
    figures.push(
      {
        group,
        name: `${LABELS[scenario]}: extension's own scripting, median of ${runs.length}`,
        value: med(runs.map((r) => r.extensionMs)),
        unit: 'ms',
        note: `Sampled from traces. Of which evaluating the content script (compile + top level, CPU): ${med(runs.map((r) => r.extensionEvaluateMs))} ms.`,
      },
      {
        group,
        name: `${LABELS[scenario]}: main-thread CPU with / without extension, median of ${on.length}`,
        value: `${med(on.map((r) => r.taskMs))} / ${med(off.map((r) => r.taskMs))}`,
        unit: 'ms',
        note: `Untraced A/B, whole page, thread CPU time. Script with / without: ${med(on.map((r) => r.scriptMs))} / ${med(off.map((r) => r.scriptMs))} ms. The difference includes the page reacting to what the extension adds; its spread between runs is tens of ms.`,
      },
      {
        group,
        name: `${LABELS[scenario]}: long tasks (≥ 50 ms) with / without extension; caused by it`,
        value: `${longOn.length} / ${longOff.length}; ${attributedLong.length}`,
        unit: '',
        target: 'none caused',
        met: attributedLong.length === 0,
        note:
          `${RUNS} untraced loads each (PerformanceObserver); longest with ${ms(Math.max(0, ...longOn))} ms, without ${ms(Math.max(0, ...longOff))} ms. ` +
          `Most extension time inside any long task (traced): ${ms(Math.max(0, ...runs.flatMap((r) => r.longTasks.map((t) => t.extensionMs))))} ms. ` +
          `"Caused" = at least half the task is the extension's, or the task would be under 50 ms without its share.` +
          (longOn.length > longOff.length
            ? ` More long tasks with the extension loaded${Math.max(0, ...longOn) > Math.max(0, ...longOff) ? ', and longer ones' : ''}, yet no extension code in any of them: page work (the fixture bundle and React render), lengthened either by the page reacting to the panel and markers or by the extension's other processes competing for this machine's 2 cores. Not resolved further.`
            : ''),
      },
    );
  }
  // The fill: the task holding the extension's fill is the fill itself (the page did nothing before the click).
  const fillTasks = tracedRuns.fill.map((r) => r.longTasks.reduce((best, t) => (t.extensionMs > (best?.extensionMs ?? -1) ? t : best), r.longTasks[0]));
  const fillExtension = tracedRuns.fill.map((r) => r.extensionMs);
  const inOneTask = tracedRuns.fill.every((r, i) => (fillTasks[i]?.extensionMs ?? 0) >= 0.9 * r.extensionMs);
  figures.push(
    {
      group,
      name: `${LABELS.fill}: extension's own scripting, median of ${fillExtension.length}`,
      value: med(fillExtension),
      unit: 'ms',
      note: `Sampled: the content script on the stack, including page handlers its clicks run synchronously; React renders it schedules for later are not counted. Page scripting in the same window: ${med(tracedRuns.fill.map((r) => r.scriptMs))} ms.`,
    },
    {
      group,
      name: `${LABELS.fill}: longest task, traced, median`,
      value: med(fillTasks.map((t) => t?.durationMs ?? 0)),
      unit: 'ms',
      // No target: a fill's later slices may take up to 200 ms while no input waits (utils/dom/
      // fill-slices.ts); fill.bench.ts measures what a long task would cost, a key's wait.
      note: inOneTask
        ? 'The whole fill runs in one task (≥ 90% of its samples in one task in every run): each step awaits only microtasks and mutation callbacks, so the page cannot paint or take input until it ends. Caused by the extension by definition. Tracing slows it; fill.bench.ts reports the untraced duration.'
        : 'The fill is spread over several tasks; this is the longest. By design up to about 200 ms while no input waits (utils/dom/fill-slices.ts); fill.bench.ts times a key pressed mid-fill.',
    },
  );
  await report(testInfo, figures, { traced: tracedRuns, untraced: ab });
});
