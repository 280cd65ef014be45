/**
 * The service worker: takes captures itself, with only what sealing needs loaded (the sealing
 * part of the vault, the capture's schema, the chosen preset's snapshot), and hands everything
 * else to the rest of the background (entrypoints/background-rest.ts), loaded the first time it
 * is needed (utils/background/rest-loader.ts, docs/background-split.md). A capture that wakes the
 * worker so evaluates only this script. Wiring only.
 */
import '../utils/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { expectCapture, isCaptureExpected, isCaptureMessage, receiveCapture } from '../utils/background/receive-capture';
import { isExtensionPage } from '../utils/background/sender';
import { asCapture, cacheRestAtInstall, loadRest, loadRestNow } from '../utils/background/rest-loader';
import type { SealInputs } from '../utils/background/notice-file';
import { ensureMessages } from '../utils/background/english-fallback';
import { IdbVaultStorage, RESCUE_VAULT_DB_NAME } from '../utils/vault/idb-storage';
import { SealingVault } from '../utils/vault/sealing-vault';
import { useVocabulary } from '../utils/scopes/registry';
import { FLOATING_SCOPE_IDS, STORE_SCOPES } from '../utils/scopes/catalogue';
import { ACCOUNT_SCOPES } from '../utils/scopes/account-catalogue';
import { WORKER_READY_MARK, markLatest } from '../utils/background/timing-marks';

/** How long after a start the start-up work waits when nothing else has loaded the rest: a
 *  capture that woke the worker is stored by then. */
const STARTUP_DELAY_MS = 1000;

export default defineBackground({
  main() {
    // A capture compares the form with the chosen preset by catalogue rows: no language tables,
    // which only reading a page needs (the rest installs the whole vocabulary in its own copy).
    useVocabulary({ rows: STORE_SCOPES, accountRows: ACCOUNT_SCOPES, floating: FLOATING_SCOPE_IDS, tables: [] });
    const main = new SealingVault(new IdbVaultStorage());
    // Captures go here only while the main vault's header cannot be read (e.g. after a
    // downgrade): sealed to a key of its own, kept until a version that reads both is back.
    let rescue: SealingVault | null = null;
    const getRescue = () => (rescue ??= new SealingVault(new IdbVaultStorage(RESCUE_VAULT_DB_NAME)));
    // Asked after the record is stored (the capture that asks must not wait for itself).
    const sealFile = (inputs: SealInputs) => Promise.resolve().then(() => loadRestNow().sealNoticeFile(inputs));
    // Only when the chosen preset's snapshot does not match storage (after an update, say).
    const resolvePreset = () => Promise.resolve().then(() => loadRestNow().chosenPreset());

    cacheRestAtInstall();

    // Registered synchronously: an incoming message must be able to wake the service worker.
    const extensionOrigin = browser.runtime.getURL('/');
    // The polyfill's contract: a listener answers by returning a promise (typed here as void).
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- returning the promise is how the answer is sent
    browser.runtime.onMessage.addListener((message, sender) => {
      // Our own pages' intents (the popup, the options page): the writes of preset state.
      if (isExtensionPage(sender, browser.runtime.id, extensionOrigin)) return loadRest().then((rest) => rest.extensionRequest(message));
      if (!sender.tab) return undefined;
      if (isCaptureMessage(message)) return asCapture(receiveCapture(message, sender, browser.runtime.id, { main, rescue: getRescue, sealFile, words: ensureMessages, resolvePreset }));
      // A Save was clicked: start, and read the vault's key, while the control panel saves.
      if (isCaptureExpected(message)) return expectCapture(sender, browser.runtime.id, { main });
      return loadRest().then((rest) => rest.contentRequest(message, sender));
    });

    browser.alarms.onAlarm.addListener((alarm) => {
      void loadRest().then((rest) => rest.alarm(alarm.name));
    });

    // A listener's returned promise goes nowhere: the work runs on its own (`void`), its failure
    // shows as an unhandled rejection in the worker's console.
    browser.runtime.onInstalled.addListener(({ reason }) => {
      void loadRest().then((rest) => rest.installed(reason));
    });

    // Each start's work for open pages, once the rest is loaded anyway or after a moment.
    setTimeout(() => void loadRest().catch(() => undefined), STARTUP_DELAY_MS);

    // Defence in depth (Chrome ≥ 140): content scripts cannot read storage.local at all; they ask
    // the background for presets instead. Firefox has no setAccessLevel.
    const local = (globalThis as { chrome?: { storage?: { local?: { setAccessLevel?: (o: object) => Promise<void> } } } }).chrome
      ?.storage?.local;
    void local?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch(() => undefined);
    markLatest(WORKER_READY_MARK);
  },
});
