import { defineConfig } from '@playwright/test';

// Benchmarks, not tests: one worker so no two measurements compete for the two cores, files in
// name order, and a reporter that turns every test's figures into one table and bench/results.json.
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 15 * 60_000,
  expect: { timeout: 15_000 },
  globalSetup: './global-setup.ts',
  reporter: [['list'], ['./reporter.ts']],
  use: { trace: 'off' },
});
