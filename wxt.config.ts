import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
  manifest: ({ browser }) => ({
    name: 'Scopekeeper for BigCommerce',
    description:
      'Sets BigCommerce API account scopes from presets in one click and keeps the one-time credentials in an encrypted vault.',
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
