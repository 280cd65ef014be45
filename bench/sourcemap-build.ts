/**
 * A second production build of the Chrome extension with source maps, into
 * .output/bench/analysis, so bundle-breakdown.ts can say which sources take the content
 * script's bytes. The real build (.output/chrome-mv3) stays untouched and map-free.
 * Run with plain Node (type stripping): `node bench/sourcemap-build.ts`.
 */
import { build } from 'wxt';

await build({
  outDir: '.output/bench/analysis',
  vite: () => ({ build: { sourcemap: true } }),
});
