import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import path from 'node:path';
import { localeDirs, mergeLocale } from './locales/merge';

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
  vite: () => ({ plugins: [preact()] }),
  hooks: {
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
    permissions: ['storage', 'unlimitedStorage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'scopekeeper@scopekeeper.dev',
              strict_min_version: '130.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '140' }),
  }),
});
