/**
 * Collects the figures every benchmark attached (bench/figures.ts), prints them as one table and
 * writes bench/results.json with the raw samples and the machine they were measured on.
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumPath } from '../tests/e2e/harness';
import { FIGURES_ATTACHMENT, RAW_ATTACHMENT, SUMMARY_ATTACHMENT, type Figure, type SummaryRow } from './figures';

const RESULTS = path.join(import.meta.dirname, 'results.json');

function parse<T>(result: TestResult, name: string): T | undefined {
  const attachment = result.attachments.find((a) => a.name === name);
  return attachment?.body ? (JSON.parse(attachment.body.toString('utf8')) as T) : undefined;
}

function environment() {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // Reported as unknown; the benchmarks themselves will fail loudly if Chromium is missing.
  }
  return {
    chromium,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: `${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  };
}

function cell(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

function figureTable(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.group,
    f.name,
    typeof f.value === 'number' ? `${f.value} ${f.unit}`.trim() : `${f.value}${f.unit ? ` ${f.unit}` : ''}`,
    cell(f.target),
    f.met === undefined ? '' : f.met ? 'met' : 'MISSED',
  ]);
  return table(['Group', 'Measure', 'Value', 'Target', ''], rows);
}

/** Each comparison table (SummaryRow.table) on its own, under its title. */
function summaryTables(rows: SummaryRow[]): string[] {
  const titles = [...new Set(rows.map((r) => r.table))];
  return titles.flatMap((title) => {
    const mine = rows.filter((r) => r.table === title);
    const header = [...new Set(mine.flatMap((r) => Object.keys(r.cells)))];
    return ['', title, '', table(header, mine.map((r) => header.map((h) => cell(r.cells[h]))))];
  });
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export default class BenchReporter implements Reporter {
  private figures: Figure[] = [];
  private summary: SummaryRow[] = [];
  private raw: Record<string, unknown> = {};
  private failures: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    const figures = parse<Figure[]>(result, FIGURES_ATTACHMENT);
    if (figures) this.figures.push(...figures);
    this.summary.push(...(parse<SummaryRow[]>(result, SUMMARY_ATTACHMENT) ?? []));
    const raw = parse<unknown>(result, RAW_ATTACHMENT);
    if (raw !== undefined) this.raw[test.title] = raw;
    if (result.status !== 'passed' && result.status !== 'skipped') {
      this.failures.push(`${test.title}: ${result.status}${result.error?.message ? ` — ${result.error.message.split('\n')[0]}` : ''}`);
    }
  }

  onEnd(result: FullResult): void {
    const env = environment();
    const notes = this.figures.filter((f) => f.note).map((f) => `  · ${f.group} / ${f.name}: ${f.note}`);
    const out = [
      '',
      `Scopekeeper benchmarks — ${env.chromium}, Node ${env.node}, ${env.cpu}`,
      '',
      figureTable(this.figures),
      ...summaryTables(this.summary),
      ...(notes.length ? ['', 'Notes:', ...notes] : []),
      ...(this.failures.length ? ['', 'Benchmarks that did not finish:', ...this.failures.map((f) => `  ✗ ${f}`)] : []),
      '',
      `Written to ${path.relative(process.cwd(), RESULTS)}`,
      '',
    ];
    process.stdout.write(out.join('\n') + '\n');
    writeFileSync(
      RESULTS,
      JSON.stringify({ generatedAt: new Date().toISOString(), status: result.status, environment: env, figures: this.figures, summary: this.summary, failures: this.failures, raw: this.raw }, null, 2) + '\n',
    );
  }

  printsToStdio(): boolean {
    return false;
  }
}
