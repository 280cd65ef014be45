import { defineConfig } from '@playwright/test';

// Each test launches its own Chromium with the built extension (tests/e2e/harness.ts);
// the machine has two cores, so two workers.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 5_000 },
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off' },
});
