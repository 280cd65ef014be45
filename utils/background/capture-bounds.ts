/**
 * How many captures the background accepts before it asks the content script to wait: a real
 * merchant makes one API account at a time, and a store holds at most 50 (docs/control-panel-facts.md §11),
 * while a hostile page (or 1000 tabs of it) could draw pop-ups without end. Bounds are kept in
 * the service worker's memory: a flood keeps the worker awake, and a restart only forgets the
 * counts, never a record. At a bound nothing is refused for good: the content script keeps the
 * values and retries (utils/content/capture-watcher.ts), so a real capture is only delayed.
 */

/** Per tab and minute. */
const MAX_PER_TAB_PER_MINUTE = 10;
/** Per page origin and hour (a store's control panel, or the account control panel), for captures
 *  that followed a trusted Save. Keyed by the origin the pop-up was read on, never by where the
 *  record is filed (an account-level record's UUID comes from the page). */
const MAX_TRUSTED_PER_STORE_PER_HOUR = 60;
/** Per page origin and hour, for pop-ups no trusted Save preceded (flagged `no-trusted-save`). */
export const MAX_UNTRUSTED_PER_STORE_PER_HOUR = 10;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export class CaptureBounds {
  readonly #times = new Map<string, number[]>();

  #recent(key: string, window: number, now: number): number[] {
    const times = (this.#times.get(key) ?? []).filter((t) => now - t < window);
    this.#times.set(key, times);
    return times;
  }

  /** Whether one more capture fits; counts it when it does. */
  admit(tabId: number, origin: string, trusted: boolean, now: number = Date.now()): boolean {
    const tab = this.#recent(`tab:${tabId}`, MINUTE, now);
    const storeKey = `${trusted ? 'trusted' : 'untrusted'}:${origin}`;
    const store = this.#recent(storeKey, HOUR, now);
    const max = trusted ? MAX_TRUSTED_PER_STORE_PER_HOUR : MAX_UNTRUSTED_PER_STORE_PER_HOUR;
    if (tab.length >= MAX_PER_TAB_PER_MINUTE || store.length >= max) return false;
    tab.push(now);
    store.push(now);
    return true;
  }
}
