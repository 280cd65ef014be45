/**
 * Fill time: one click on the panel's "Fill form" until the panel reads "28 of 28 scopes match",
 * with a preset that changes every one of the 28 rows, on each fixture variant (median of 20,
 * each on a freshly loaded form). Two references, on the same fixture variant in the same run:
 * - the floor: the same open-and-choose clicks dispatched by the page itself with no waiting
 *   (page-probes.ts floorFill), in a second browser without the extension so none of its work
 *   is counted; floor and fill runs alternate, so a change in the machine's load hits both;
 * - person-like: Playwright setting the same 28 rows the way a person does (open each dropdown,
 *   click the option; pick from the native select), on the extension's page.
 * And the merchant's side of a fill: a key pressed 100 ms into it (a fill's first frame has been
 * painted by then), timed from the browser receiving it to the page's first listener running.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { CREATE_PATH, STORE_ORIGIN, VARIANTS, extensionWorker, fixtureState, waitForFixtureForm, type Variant } from '../tests/e2e/harness';
import { ALL_ROWS_TARGET, installAllRowsPreset } from './all-rows-preset';
import { startSession, type Session } from './browser';
import { report, type Figure } from './figures';
import { armFillProbe, armInputProbe, floorFill, type FillProbe, type FloorResult, type InputProbe } from './page-probes';
import { median, ms, summary } from './stats';

/** Fill runs, and as many floor runs; BENCH_FILL_RUNS sets another count (a quicker look). */
const RUNS = Number(process.env.BENCH_FILL_RUNS) || 20;
/** The person-like baseline takes seconds a run; ten give a stable median for the ratio
 *  (BENCH_PERSON_RUNS sets another count). */
const PERSON_RUNS = Number(process.env.BENCH_PERSON_RUNS) || 10;
/** Fills with a key pressed midway (BENCH_INPUT_RUNS sets another count). */
const INPUT_RUNS = Number(process.env.BENCH_INPUT_RUNS) || 10;
/** How far into the fill the key is pressed. */
const KEY_AFTER_MS = 100;
const TARGET = Object.fromEntries(ALL_ROWS_TARGET.map((r) => [r.label, r.option]));

async function freshForm(page: Page, session: Session, variant: Variant): Promise<void> {
  session.server.config = { variant };
  await page.goto(`${STORE_ORIGIN}${CREATE_PATH}`);
  await waitForFixtureForm(page);
  // The name is typed first, in both browsers, so that after the fill nothing is left but the
  // rows (the status then reads "28 of 28 scopes match"; without a name it says what is left).
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Benchmark token');
}

async function extensionFill(page: Page): Promise<{ status: number; state: number; longestTask: number }> {
  const panel = page.getByRole('region', { name: 'Scopekeeper' });
  // The preset is chosen and diffed against the untouched form: nothing matches yet.
  await expect(panel.getByRole('status')).toHaveText('28 rows to change.');
  await page.evaluate(armFillProbe, TARGET);
  await panel.getByRole('button', { name: 'Fill form' }).click();
  await page.waitForFunction(() => (window as unknown as { __benchFill: FillProbe }).__benchFill.stateDone !== null, null, { timeout: 20_000 });
  // Long-task entries arrive after their task ends.
  await page.waitForTimeout(200);
  const probe = await page.evaluate(() => (window as unknown as { __benchFill: FillProbe }).__benchFill);
  return { status: probe.statusDone! - probe.clicked!, state: probe.stateDone! - probe.clicked!, longestTask: Math.max(0, ...probe.longTasks) };
}

/**
 * A fill started by a real click (sent to the browser, not awaited: Playwright's click waits
 * until the page has handled it, which is the end of the fill's first slice) and a real key
 * (Shift, which changes nothing) pressed KEY_AFTER_MS later. Returns the key's wait, or null
 * when the fill had already finished (the run then says nothing about a fill).
 */
async function keyDuringFill(context: BrowserContext, page: Page): Promise<number | null> {
  const panel = page.getByRole('region', { name: 'Scopekeeper' });
  await expect(panel.getByRole('status')).toHaveText('28 rows to change.');
  await page.evaluate(armFillProbe, TARGET);
  await page.evaluate(armInputProbe);
  const box = (await panel.getByRole('button', { name: 'Fill form' }).boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
    const released = cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
    await new Promise((resolve) => setTimeout(resolve, KEY_AFTER_MS));
    const key = { key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16 };
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
    await released;
  } finally {
    await cdp.detach();
  }
  await page.waitForFunction(() => (window as unknown as { __benchFill: FillProbe }).__benchFill.statusDone !== null, null, { timeout: 20_000 });
  const { fill, input } = await page.evaluate(() => {
    const w = window as unknown as { __benchFill: FillProbe; __benchInput: InputProbe };
    return { fill: w.__benchFill, input: w.__benchInput };
  });
  const handled = input.handledAt[0];
  return handled !== undefined && handled < fill.statusDone! ? input.delays[0]! : null;
}

/** What a person does, row by row, as fast as Playwright can act. Returns ms until the page state holds all 28. */
async function personFill(page: Page, variant: Variant): Promise<number> {
  const start = performance.now();
  for (const { label, option } of ALL_ROWS_TARGET) {
    // The legacy markup puts role=combobox on a wrapper, so its labelled input is a plain textbox.
    const control = page.getByRole(variant === 'legacy' ? 'textbox' : 'combobox', { name: label, exact: true });
    if (variant === 'native') {
      await control.selectOption({ label: option });
    } else {
      await control.click();
      await page.getByRole('option', { name: option, exact: true }).click();
    }
  }
  await page.waitForFunction(
    (target) => {
      const scopes = (window as unknown as { __FIXTURE__: { state: () => { scopes: Record<string, string> } } }).__FIXTURE__.state().scopes;
      return Object.entries(target).every(([label, level]) => scopes[label] === level);
    },
    TARGET,
    { polling: 'raf' },
  );
  return performance.now() - start;
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

for (const variant of VARIANTS) {
  test(`fill all 28 rows (${variant})`, async ({}, testInfo) => {
    const session = await startSession({ extension: true });
    const bare = await startSession({ extension: false });
    try {
      await installAllRowsPreset(await extensionWorker(session.context));
      const page = await session.context.newPage();
      const floorPage = await bare.context.newPage();
      const extension: Array<{ status: number; state: number; longestTask: number }> = [];
      const floor: FloorResult[] = [];
      for (let i = 0; i < RUNS; i++) {
        await freshForm(page, session, variant);
        extension.push(await extensionFill(page));
        expect((await fixtureState(page)).scopes).toEqual(TARGET);
        await freshForm(floorPage, bare, variant);
        floor.push(await floorPage.evaluate(floorFill, TARGET));
        expect((await fixtureState(floorPage)).scopes).toEqual(TARGET);
      }
      const keyWaits: number[] = [];
      for (let i = 0; i < INPUT_RUNS; i++) {
        await freshForm(page, session, variant);
        const wait = await keyDuringFill(session.context, page);
        if (wait !== null) keyWaits.push(wait);
        expect((await fixtureState(page)).scopes).toEqual(TARGET);
      }
      const person: number[] = [];
      for (let i = 0; i < PERSON_RUNS; i++) {
        await freshForm(page, session, variant);
        person.push(await personFill(page, variant));
      }
      const status = summary(extension.map((e) => e.status));
      const state = summary(extension.map((e) => e.state));
      const bottom = summary(floor.map((f) => f.ms));
      const baseline = summary(person);
      const keys = keyWaits.length ? summary(keyWaits) : null;
      const withLongTask = extension.filter((e) => e.longestTask > 0).length;
      const longest = Math.max(...extension.map((e) => e.longestTask));
      const afterTask = floor.reduce((n, f) => n + f.optionsAfterTasks, 0);
      const afterMicrotasks = floor.flatMap((f) => f.optionsAfterMicrotasks);
      const group = `Fill (${variant})`;
      const figures: Figure[] = [
        {
          group,
          name: `Fill form click → "28 of 28 scopes match", median of ${status.n}`,
          value: ms(status.median),
          unit: 'ms',
          ...(variant === 'bigdesign' ? { target: '≤ 300 ms', met: status.median <= 300 } : {}),
          note: `min ${ms(status.min)}, p95 ${ms(status.p95)}, max ${ms(status.max)} ms; click → page's React state holds all 28: median ${ms(state.median)} ms.`,
        },
        {
          group,
          name: `floor: the page's own open-and-choose clicks, no waiting, median of ${bottom.n}`,
          value: ms(bottom.median),
          unit: 'ms',
          note:
            `min ${ms(bottom.min)}, p95 ${ms(bottom.p95)}, max ${ms(bottom.max)} ms; first click → React state holds all 28, ` +
            (variant === 'native'
              ? 'native setter + change per row.'
              : `options existed after ${Math.min(...afterMicrotasks)}–${Math.max(...afterMicrotasks)} microtask(s) for ${afterMicrotasks.length} of ${afterMicrotasks.length + afterTask} opened menus (the rest after a task).`),
        },
        { group, name: 'fill ÷ floor', value: ratio(status.median, bottom.median), unit: '×', target: '≤ 1.1×', met: status.median <= 1.1 * bottom.median, note: `React state: ${ratio(state.median, bottom.median)}×.` },
        {
          group,
          name: `a key pressed ${KEY_AFTER_MS} ms into the fill: its wait until the page handles it, median of ${keys?.n ?? 0}`,
          value: keys ? ms(keys.median) : 'not measured',
          unit: keys ? 'ms' : '',
          // A fill over before the key leaves nothing to measure (native selects, in about 75 ms).
          ...(keys ? { target: '≤ 50 ms (what the long-task rule allowed)', met: keys.median <= 50 } : {}),
          note: keys
            ? `max ${ms(keys.max)} ms; ${INPUT_RUNS - keys.n} of ${INPUT_RUNS} runs had finished before the key. From the key's time stamp to a main-world capture listener. The fill gives the thread back before its next row when input waits (utils/dom/fill-slices.ts), so a key waits for at most the row being set.`
            : `every one of ${INPUT_RUNS} fills had finished before the key.`,
        },
        {
          group,
          name: `longest main-thread task during the fill, median of ${status.n}`,
          value: ms(median(extension.map((e) => e.longestTask))),
          unit: 'ms',
          note: `PerformanceObserver longtask, untraced; runs with a long task: ${withLongTask} of ${extension.length}; longest ${ms(longest)} ms. By design where Chrome shows waiting input: the first slice is under 45 ms (the click answered with a frame), later ones up to 200 ms unless input waits (utils/dom/fill-slices.ts).`,
        },
        { group, name: `Playwright clicking each dropdown like a person, median of ${baseline.n}`, value: ms(baseline.median), unit: 'ms' },
        { group, name: 'baseline ÷ extension', value: Math.round((median(person) / status.median) * 10) / 10, unit: '×' },
      ];
      await report(testInfo, figures, { extension, floor, person, keyWaits }, [
        {
          table: `Fill against the page's own floor (medians; ${RUNS} fill and ${RUNS} floor runs alternating, ${PERSON_RUNS} person-like)`,
          cells: {
            Variant: variant,
            'Fill → status': `${ms(status.median)} ms`,
            'Fill → state': `${ms(state.median)} ms`,
            Floor: `${ms(bottom.median)} ms`,
            'Fill ÷ floor': `${ratio(status.median, bottom.median)}×`,
            'State ÷ floor': `${ratio(state.median, bottom.median)}×`,
            'Person-like': `${ms(baseline.median)} ms`,
            'Key wait (median, max)': keys ? `${ms(keys.median)}, ${ms(keys.max)} ms` : '–',
            'Long tasks (runs, longest)': `${withLongTask}/${extension.length}, ${ms(longest)} ms`,
          },
        },
      ]);
    } finally {
      await session.close();
      await bare.close();
    }
  });
}
