/**
 * How a benchmark hands its figures to bench/reporter.ts: as a JSON attachment on its test, so
 * the figures travel with Playwright's own result plumbing (no temp files, no shared state).
 */
import type { TestInfo } from '@playwright/test';

export interface Figure {
  /** Table section, e.g. "Capture". */
  group: string;
  /** What was measured, e.g. "pop-up inserted → sealed record persisted, p95". */
  name: string;
  value: number | string;
  unit: string;
  /** Human-readable target, e.g. "≤ 50 ms", when the issue sets one. */
  target?: string;
  met?: boolean;
  /** How the figure was obtained or what limits it. */
  note?: string;
}

/** One row of a comparison table printed after the figures, e.g. fill against floor per variant:
 *  rows with the same `table` from any benchmark are printed together, columns in first-seen order. */
export interface SummaryRow {
  table: string;
  cells: Record<string, string | number>;
}

export const FIGURES_ATTACHMENT = 'bench-figures';
export const RAW_ATTACHMENT = 'bench-raw';
export const SUMMARY_ATTACHMENT = 'bench-summary';

export async function report(testInfo: TestInfo, figures: Figure[], raw?: unknown, summary?: SummaryRow[]): Promise<void> {
  await testInfo.attach(FIGURES_ATTACHMENT, { body: JSON.stringify(figures), contentType: 'application/json' });
  if (raw !== undefined) await testInfo.attach(RAW_ATTACHMENT, { body: JSON.stringify(raw), contentType: 'application/json' });
  if (summary?.length) await testInfo.attach(SUMMARY_ATTACHMENT, { body: JSON.stringify(summary), contentType: 'application/json' });
}
