/** Order statistics for benchmark samples (nearest-rank percentiles: no interpolation, so every
 *  reported figure is a value that was actually measured). */

function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

export function summary(samples: readonly number[]) {
  return {
    n: samples.length,
    median: median(samples),
    p95: percentile(samples, 95),
    min: Math.min(...samples),
    max: Math.max(...samples),
  };
}

/** Milliseconds rounded to 0.1 ms for display and results.json. */
export const ms = (value: number): number => Math.round(value * 10) / 10;
