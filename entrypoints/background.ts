import '../utils/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from 'wxt/utils/storage';
import { handleContentRequest, isCaptureMessage } from '../utils/background/handle-content-request';
import { recoverOpenTabs } from '../utils/background/recover-tabs';
import { handleExtensionRequest, isExtensionPage } from '../utils/background/handle-extension-request';
import { registerAccountPages } from '../utils/background/account-pages';
import { registerListAudit } from '../utils/background/inject';
import { loadEnglishFallback } from '../utils/background/english-fallback';
import { IdbVaultStorage, RESCUE_VAULT_DB_NAME, Vault } from '../utils/vault';
import { BUNDLED_VOCABULARY } from '../utils/scopes/bundled';
import { useVocabulary } from '../utils/scopes/registry';
import { IDLE_ALARM, readSession } from '../utils/vault-session';

/** Whether the options page was opened on install (to ask for a passphrase early). */
const welcomeShown = storage.defineItem<boolean>('local:welcomeShown', { fallback: false });

export default defineBackground({
  type: 'module',
  main() {
    // Deciding (utils/decide) looks rows up in the bundled catalogue.
    useVocabulary(BUNDLED_VOCABULARY);
    let vault: Vault | null = null;
    const getVault = () => (vault ??= new Vault(new IdbVaultStorage()));
    // Captures go here only while the main vault's header cannot be read (e.g. after a
    // downgrade): sealed to a key of its own, kept until a version that reads both is back.
    let rescue: Vault | null = null;
    const getRescue = () => (rescue ??= new Vault(new IdbVaultStorage(RESCUE_VAULT_DB_NAME)));

    // Words for the page come from here (form:decide, link offers): with the English fallback in
    // place first. A capture uses no words: it neither waits for the fallback nor, when it is what
    // woke the worker, has it read (the locale file is fetched and parsed at the first message
    // that needs words), so a capture with the worker asleep does only what sealing needs.
    let english: Promise<void> | null = null;
    const words = () => (english ??= loadEnglishFallback());

    // Registered synchronously: an incoming message must be able to wake the service worker.
    const extensionOrigin = browser.runtime.getURL('/');
    // The polyfill's contract: a listener answers by returning a promise (typed here as void).
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- returning the promise is how the answer is sent
    browser.runtime.onMessage.addListener((message, sender) => {
      // Our own pages' intents (the popup, the options page): the writes of preset state.
      if (isExtensionPage(sender, browser.runtime.id, extensionOrigin)) return handleExtensionRequest(message);
      if (!sender.tab) return undefined;
      const handle = () => handleContentRequest(message, sender, browser.runtime.id, getVault, getRescue);
      return isCaptureMessage(message) ? handle() : words().then(handle);
    });

    // The vault's idle lock with no vault page open (docs/vault-design.md §12): each use checks
    // the shared unlock's time anyway; this removes the key bytes from storage.session within a
    // minute of the lock, and stops once nothing is shared.
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name !== IDLE_ALARM) return;
      void readSession().then(async (session) => {
        if (!session) await browser.alarms.clear(IDLE_ALARM);
      });
    });

    // The account control panel's pages get the account-level module (registered, not listed).
    void registerAccountPages().catch(() => undefined);
    // The list page's audit starts with the list page as it loads (bc.js asks too, later).
    void registerListAudit().catch(() => undefined);

    // Tabs open across an update, reload or re-enable get a live content script again.
    void recoverOpenTabs().catch(() => undefined);

    // A listener's returned promise goes nowhere: the work runs on its own (`void`), its failure
    // shows as an unhandled rejection in the worker's console.
    browser.runtime.onInstalled.addListener(({ reason }) => {
      void (async () => {
        // Key pair now, so the first capture never waits; captures would also create it if this
        // were interrupted (ensureVault is idempotent).
        await getVault().ensureVault();
        // Once per profile: an unpacked build loaded from the command line is "installed" again
        // at every browser start, and nobody wants the welcome tab each time.
        if (reason === 'install' && !(await welcomeShown.getValue())) {
          await welcomeShown.setValue(true);
          await browser.runtime.openOptionsPage();
        }
      })();
    });

    // Defence in depth (Chrome ≥ 140): content scripts cannot read storage.local at all; they ask
    // the background for presets instead. Firefox has no setAccessLevel.
    const local = (globalThis as { chrome?: { storage?: { local?: { setAccessLevel?: (o: object) => Promise<void> } } } }).chrome
      ?.storage?.local;
    void local?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch(() => undefined);
  },
});
