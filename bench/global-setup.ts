/**
 * Benchmarks run on a snapshot of the build that `npm run bench` just made, so a rebuild of
 * .output/chrome-mv3 while they run (someone else's `npm test` in the same checkout) cannot
 * swap files under a loaded extension.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { EXTENSION_DIR } from '../tests/e2e/harness';
import { BENCH_EXTENSION_DIR } from './browser';

export default function globalSetup(): void {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run bench" (it builds first).`);
  rmSync(BENCH_EXTENSION_DIR, { recursive: true, force: true });
  cpSync(EXTENSION_DIR, BENCH_EXTENSION_DIR, { recursive: true });
}
