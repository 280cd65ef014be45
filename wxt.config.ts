import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import path from 'node:path';
import type { Alias, AliasOptions } from 'vite';
import { localeDirs, mergeLocale } from './locales/merge';
import { ACCOUNTS_MATCHES, CONTROL_PANEL_MATCHES } from './utils/control-panel-url';
import { lintClean } from './build/lint-clean';

// The manifest is generated here; every permission is justified in README.md ("Permissions").
export default defineConfig({
  // Explicit imports everywhere: pure modules stay plain TypeScript that vitest can load as is.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: {
    baseIconPath: 'assets/icon.svg',
    // The dev-mode greyscale/overlay would make screenshots of dev builds misleading.
    developmentIndicator: false,
  },
  // lintClean: no innerHTML and no Function constructor in the shipped third-party code (see there).
  vite: () => ({ plugins: [preact(), lintClean()] }),
  // `npm run zip`: the Chrome and Firefox store zips, and the sources zip AMO asks for. The sources
  // are an allowlist of what rebuilds the extension (`npm ci && npx wxt zip -b firefox`, checked
  // file for file by `npm run test:sources`); tests, fixtures, benchmarks and build output stay
  // out (node_modules and .output are excluded by WXT).
  zip: {
    includeSources: [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE*',
      'entrypoints/**',
      'components/**',
      'utils/**',
      'assets/**',
      'locales/**',
      'public/**',
      'build/**',
    ],
    excludeSources: ['tests/**', '**/dist/**', 'bench/**', 'scripts/**', 'docs/**'],
  },
  hooks: {
    // The content script loads on every control-panel page, so it gets the browser's own
    // namespace (WXT's stock `wxt/browser`: `browser` in Firefox and Chrome ≥ 148, else `chrome`,
    // whose MV3 APIs return promises) instead of the ~10 KB polyfill the extension pages use.
    // Its code uses only promise APIs and sendResponse-style listeners, which work on both.
    'vite:build:extendConfig': (entrypoints, config) => {
      // The rest of the background (entrypoints/background-rest.ts) runs in the service worker
      // beside background.js and keeps the polyfill's behaviour, as background.js does.
      if (!entrypoints.every((e) => e.type === 'content-script' || (e.type === 'unlisted-script' && e.name !== 'background-rest'))) return;
      const existing: AliasOptions = config.resolve?.alias ?? [];
      const aliases: readonly Alias[] = Array.isArray(existing)
        ? (existing as readonly Alias[])
        : Object.entries(existing).map(([find, replacement]) => ({ find, replacement: replacement as string }));
      // Terser's extra passes win ~5% over the default minifier on the content script, whose
      // every byte loads with every control-panel page (budget: docs/content-script-budget.md).
      config.build = {
        ...config.build,
        minify: 'terser',
        terserOptions: { ecma: 2020, module: true, toplevel: true, compress: { passes: 3 }, format: { comments: false } },
      };
      config.resolve = {
        ...config.resolve,
        alias: [
          { find: /^wxt\/browser$/, replacement: path.resolve(import.meta.dirname, 'node_modules/wxt/dist/browser.mjs') },
          // Our own lifetime context instead of WXT's, whose "content-script-started" handshake a
          // page can forge to stop the script (utils/content/context.ts). WXT's entry wrapper
          // constructs whatever this import names and hands it to main(). The deep-link script
          // hands a fragment over once and ends: it needs no lifetime at all.
          {
            find: /^wxt\/utils\/content-script-context$/,
            replacement: path.resolve(import.meta.dirname, entrypoints.every((e) => e.name === 'deep-link') ? 'utils/content/no-context.ts' : 'utils/content/context.ts'),
          },
          ...aliases,
        ],
      };
    },
    // Firefox runs the background as a page, not a service worker: it loads the rest of the
    // background (entrypoints/background-rest.ts) as a second script of that page, where Chrome's
    // worker imports it when first needed (utils/background/rest-loader.ts).
    'build:manifestGenerated': (wxt, manifest) => {
      const background = manifest.background as { scripts?: string[] } | undefined;
      if (wxt.config.browser === 'firefox' && background?.scripts) background.scripts.push('background-rest.js');
    },
    // locales/<lang>/*.json → _locales/<lang>/messages.json (see locales/merge.ts).
    'build:publicAssets': (_wxt, files) => {
      for (const { lang, dir } of localeDirs(path.resolve(import.meta.dirname, 'locales'))) {
        files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: JSON.stringify(mergeLocale(dir)) });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting + the control panel's host: re-inject the content script into control-panel tabs
    // that were open across an update, reload or re-enable; accounts.bigcommerce.com/tokens: the
    // account-level pages' module, injected by the background (README, "Permissions").
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'alarms'],
    host_permissions: [...CONTROL_PANEL_MATCHES, ...ACCOUNTS_MATCHES],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'scopekeeper@scopekeeper.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox 140 on desktop and 142 on Android.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '140' }),
  }),
});
