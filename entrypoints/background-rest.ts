/**
 * The background's work other than taking a capture (utils/background/rest-loader.ts): the
 * service worker (entrypoints/background.ts) loads this the first time a page, the popup or the
 * options page asks for anything else, or an install, alarm or start-up needs it. Loading it only
 * publishes its handlers; nothing runs until the worker calls them. Wiring only.
 */
import '../utils/zod-jitless';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { storage } from 'wxt/utils/storage';
import { handleContentRequest } from '../utils/background/handle-content-request';
import { handleExtensionRequest } from '../utils/background/handle-extension-request';
import { recoverOpenTabs } from '../utils/background/recover-tabs';
import { registerAccountPages } from '../utils/background/account-pages';
import { registerListAudit } from '../utils/background/inject';
import { loadEnglishFallback } from '../utils/background/english-fallback';
import { sealNoticeFile } from '../utils/background/notice-file';
import { chosenForCapture } from '../utils/presets/chosen-snapshot';
import { writePresetState } from '../utils/presets/stored';
import { publishRest } from '../utils/background/rest-loader';
import { IdbVaultStorage, Vault } from '../utils/vault';
import { BUNDLED_VOCABULARY } from '../utils/scopes/bundled';
import { useVocabulary } from '../utils/scopes/registry';
import { IDLE_ALARM, readSession } from '../utils/vault-session';

/** Whether the options page was opened on install (to ask for a passphrase early). */
const welcomeShown = storage.defineItem<boolean>('local:welcomeShown', { fallback: false });

export default defineUnlistedScript(() => {
  // Deciding (utils/decide) looks rows up in the bundled catalogue and language tables.
  useVocabulary(BUNDLED_VOCABULARY);
  let vault: Vault | null = null;
  const getVault = () => (vault ??= new Vault(new IdbVaultStorage()));

  // Words for the page come from here (form:decide, link offers), with the English fallback in
  // place first: the locale file is fetched and parsed at the first message that needs words
  // (once: loadEnglishFallback keeps its promise).
  publishRest({
    contentRequest: async (message, sender) => {
      await loadEnglishFallback();
      return handleContentRequest(message, sender, browser.runtime.id, getVault);
    },
    extensionRequest: (message) => handleExtensionRequest(message),
    sealNoticeFile,
    chosenPreset: () => writePresetState(),
    startup: async () => {
      // A snapshot left from before an update is rewritten now, not at the next capture.
      await chosenForCapture(() => writePresetState()).catch(() => undefined);
      // The account control panel's pages get the account-level module (registered, not listed);
      // the list page's audit starts with the list page as it loads (bc.js asks too, later).
      await Promise.all([registerAccountPages().catch(() => undefined), registerListAudit().catch(() => undefined)]);
      // Tabs open across an update, reload or re-enable get a live content script again.
      await recoverOpenTabs().catch(() => undefined);
    },
    installed: async (reason) => {
      // Key pair now, so the first capture never waits; captures would also create it if this
      // were interrupted (ensureVault is idempotent).
      await getVault().ensureVault();
      // Once per profile: an unpacked build loaded from the command line is "installed" again
      // at every browser start, and nobody wants the welcome tab each time.
      if (reason === 'install' && !(await welcomeShown.getValue())) {
        await welcomeShown.setValue(true);
        await browser.runtime.openOptionsPage();
      }
    },
    // The vault's idle lock with no vault page open (docs/vault-design.md §12): each use checks
    // the shared unlock's time anyway; this removes the key bytes from storage.session within a
    // minute of the lock, and stops once nothing is shared.
    alarm: async (name) => {
      if (name !== IDLE_ALARM) return;
      if (!(await readSession())) await browser.alarms.clear(IDLE_ALARM);
    },
  });
});
