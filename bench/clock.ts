/**
 * Comparing times across processes. Each process computes `performance.timeOrigin +
 * performance.now()` from its own snapshot of wall clock vs monotonic clock, so the page's and
 * the service worker's values can disagree by a little. `Date.now()` is the same wall clock
 * everywhere but has 1 ms steps. Sampling (perf − Date.now()) over many millisecond boundaries
 * in each context gives each context's offset to ~0.05 ms; the 0.5 ms bias of the integer
 * Date.now() is the same in both and cancels in the difference.
 */

/** Runs inside the page or the worker (self-contained). Busy-samples for ~40 ms. */
export function measureClockOffset(): number {
  const end = performance.now() + 40;
  let sum = 0;
  let n = 0;
  while (performance.now() < end) {
    const date = Date.now();
    const perf = performance.timeOrigin + performance.now();
    sum += perf - date;
    n++;
  }
  return sum / n;
}
