/**
 * The background in two scripts (docs/background-split.md): the service worker's own script
 * (entrypoints/background.ts) takes captures with only what sealing needs, and loads the rest
 * (entrypoints/background-rest.ts: deciding, presets, links, the list page, hand-off files, age)
 * the first time anything else is asked of it. A capture that wakes the worker therefore never
 * waits for code it does not use.
 *
 * Chrome forbids `import()` in a service worker, and lets `importScripts()` load a script after
 * the worker's first run only if the worker imported it while it was being installed: so the
 * install handler imports it once (cacheRestAtInstall), and later starts import it from that
 * cache, synchronously, when first needed. Firefox runs the background as a page, which lists it
 * as its second script (wxt.config.ts).
 */
import type { Browser } from 'wxt/browser';
import type { NoticeFile, SealInputs } from './notice-file';
import type { Preset } from '../presets/types';

/** What the rest of the background offers the service worker's script. */
export interface BackgroundRest {
  /** A content script's request other than a capture (./handle-content-request.ts). */
  contentRequest: (message: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>;
  /** Our own pages' intents (./handle-extension-request.ts). */
  extensionRequest: (message: unknown) => Promise<unknown> | undefined;
  installed: (reason: string) => Promise<void>;
  alarm: (name: string) => Promise<void>;
  /** What every start of the background does for open pages (registrations, tabs recovered). */
  startup: () => Promise<void>;
  sealNoticeFile: (inputs: SealInputs) => Promise<NoticeFile | undefined>;
  /** The chosen preset resolved with the preset code, its snapshot rewritten
   *  (utils/presets/stored.ts writePresetState): for a capture whose snapshot did not match. */
  chosenPreset: () => Promise<Preset | null>;
}

const REST_SCRIPT = '/background-rest.js';
const REST_KEY = Symbol.for('scopekeeper.background-rest');

type Holder = Record<symbol, BackgroundRest | undefined>;
type ImportScripts = (...urls: string[]) => void;

/** Called by entrypoints/background-rest.ts as it loads. */
export function publishRest(rest: BackgroundRest): void {
  (globalThis as unknown as Holder)[REST_KEY] = rest;
}

const published = () => (globalThis as unknown as Holder)[REST_KEY];
const importScriptsFn = () => (globalThis as { importScripts?: ImportScripts }).importScripts;

/** In a service worker: import the rest while installing, so later starts may import it. */
export function cacheRestAtInstall(): void {
  const load = importScriptsFn();
  if (!load) return;
  globalThis.addEventListener('install', () => {
    try {
      if (!published()) load(REST_SCRIPT);
    } catch {
      // Then loadRest fails later and says so in the worker's console; captures are unaffected.
    }
  });
}

let started = false;

/** The rest, now (importScripts is synchronous, and blocks the worker's thread while it runs). */
export function loadRestNow(): BackgroundRest {
  // Firefox's background page lists it as its second script: already there.
  if (!published()) importScriptsFn()?.(REST_SCRIPT);
  const rest = published();
  if (!rest) throw new Error('The background script did not load');
  if (!started) {
    started = true;
    void rest.startup().catch(() => undefined);
  }
  return rest;
}

/** Captures being stored: loading the rest (100–200 ms of evaluation on the worker's thread)
 *  waits for them, so a page's other request arriving with a capture never holds it up. */
const capturing = new Set<Promise<unknown>>();

/** Marks `work` as a capture being stored, for loadRest to wait for. */
export function asCapture<T>(work: Promise<T>): Promise<T> {
  capturing.add(work);
  const done = () => capturing.delete(work);
  work.then(done, done);
  return work;
}

/** The rest of the background, once no capture is being stored; loaded once per worker start,
 *  its start-up work runs the first time. */
export async function loadRest(): Promise<BackgroundRest> {
  while (capturing.size > 0) await Promise.allSettled([...capturing]);
  return loadRestNow();
}
