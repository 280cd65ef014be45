/**
 * When a fill gives the page its thread back. Each row is a click the page renders at once (about
 * 20 ms of the page's own React work on a slow machine), and every yield costs the page a frame
 * and the wait for it (10–25 ms on the benchmark machine; docs/fill-timing.md). A fill therefore
 * yields:
 * - once early, by the first slice's budget, so the merchant's click is answered with a frame
 *   (the panel busy, the first rows set) as any click should be;
 * - then whenever the merchant's input is waiting (Chrome's `navigator.scheduling.isInputPending`),
 *   so a click or key never waits longer than the row being set;
 * - and at the latest after a longer slice, so the page still paints while a slow machine fills.
 * Where the browser cannot tell whether input waits (Firefox), every slice keeps the first one's
 * budget, as before: under the 50 ms that makes a long task.
 */

/** Main-thread time the first slice may take (and every slice where input cannot be detected). */
export const FIRST_SLICE_MS = 45;
/** Main-thread time a later slice may take while no input is waiting. */
export const LONG_SLICE_MS = 200;

export interface SliceClock {
  now: () => number;
  /** Whether input waits for the thread; null where the browser cannot tell. */
  inputPending: () => boolean | null;
  yieldToPage: () => Promise<void>;
}

type Scheduling = { isInputPending?: (options?: { includeContinuous?: boolean }) => boolean };

/** The page's clock, its input queue (where the browser shows it) and its scheduler. */
export function pageClock(): SliceClock {
  const scheduling = (navigator as { scheduling?: Scheduling }).scheduling;
  const isInputPending = scheduling?.isInputPending?.bind(scheduling);
  return {
    now: () => performance.now(),
    // Discrete input (clicks, keys) only: a pointer resting on or crossing the page must not cut
    // the fill into frames.
    inputPending: isInputPending ? () => isInputPending() : () => null,
    yieldToPage,
  };
}

/** scheduler.yield() where the browser has it (Chrome ≥ 129); else a macrotask via MessageChannel (no 4 ms clamp). */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Time slices for the steps, from `sliceStart` (when the task the fill starts in began its work).
 * Most of a step is the page's own render of the click, so the costliest recent step predicts the
 * next one (its cost shrinks only slowly, so one quick step does not invite an overlong slice).
 */
export function slicer(sliceStart: number, clock: SliceClock = pageClock()) {
  let expected = 0;
  let first = true;
  return {
    /** Before a step: yield first unless the step is expected to fit in this slice. */
    async before(): Promise<void> {
      const pending = clock.inputPending();
      const budget = first || pending === null ? FIRST_SLICE_MS : LONG_SLICE_MS;
      if (pending !== true && clock.now() - sliceStart + expected <= budget) return;
      await clock.yieldToPage();
      first = false;
      sliceStart = clock.now();
    },
    /** After a step that began at `stepStart`. */
    after(stepStart: number): void {
      expected = Math.max(clock.now() - stepStart, expected * 0.75);
    },
  };
}
