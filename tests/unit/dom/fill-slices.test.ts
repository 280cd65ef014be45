/**
 * When a fill gives the page its thread back (utils/dom/fill-slices.ts), on a clock the test
 * moves: each step "takes" the time the test says, and the page's input queue says what the
 * test says.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SLICE_MS, LONG_SLICE_MS, pageClock, slicer, type SliceClock } from '../../../utils/dom/fill-slices';

function fakeClock(pending: boolean | null) {
  let now = 0;
  const state = { pending, yields: [] as number[] };
  const clock: SliceClock = {
    now: () => now,
    inputPending: () => state.pending,
    yieldToPage: () => {
      state.yields.push(now);
      now += 5; // the frame the page renders meanwhile
      return Promise.resolve();
    },
  };
  /** Runs `count` steps of `ms` each; returns the instants the fill yielded at. */
  const run = async (count: number, ms: number, slices = slicer(0, clock)) => {
    for (let i = 0; i < count; i++) {
      await slices.before();
      const start = now;
      now += ms;
      slices.after(start);
    }
    return state.yields;
  };
  return { state, clock, run };
}

describe('slicer: where the browser shows waiting input (Chrome)', () => {
  it('answers the click with a frame within the first slice, then fills in long slices while nothing waits', async () => {
    const { run } = fakeClock(false);
    // 30 rows of 20 ms: the first slice takes 2 rows (40 ms; a third would pass 45), then each
    // slice takes rows up to 200 ms (10 rows: the 11th would pass it).
    const yields = await run(30, 20);
    expect(yields[0]).toBe(40);
    expect(yields.length).toBe(3);
    for (let i = 1; i < yields.length; i++) expect(yields[i]! - yields[i - 1]!).toBeLessThanOrEqual(5 + LONG_SLICE_MS);
    // The old rule (a yield every 45 ms) would have yielded 14 times for the same rows.
    expect(yields.length).toBeLessThan((30 * 20) / FIRST_SLICE_MS);
  });

  it('gives the thread back before the next row as soon as the merchant’s input waits', async () => {
    const { state, clock, run } = fakeClock(false);
    const slices = slicer(0, clock);
    await run(3, 20, slices); // first slice, one yield at 40 ms
    const before = state.yields.length;
    state.pending = true;
    await run(1, 20, slices);
    expect(state.yields.length).toBe(before + 1);
  });
});

describe('slicer: where the browser cannot tell (Firefox)', () => {
  it('keeps every slice under the 50 ms of a long task', async () => {
    const { run } = fakeClock(null);
    const yields = await run(30, 20);
    expect(yields.length).toBe(14);
    for (let i = 1; i < yields.length; i++) expect(yields[i]! - yields[i - 1]! - 5).toBeLessThanOrEqual(FIRST_SLICE_MS);
  });
});

describe('pageClock', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks Chrome’s input queue for discrete input only, and says null where there is none to ask', () => {
    const isInputPending = vi.fn(() => true);
    vi.stubGlobal('navigator', { scheduling: { isInputPending } });
    expect(pageClock().inputPending()).toBe(true);
    expect(isInputPending).toHaveBeenCalledWith();
    vi.stubGlobal('navigator', {});
    expect(pageClock().inputPending()).toBeNull();
  });
});
