/**
 * The content script's own lifetime context, in place of WXT's ContentScriptContext (the content
 * build aliases `wxt/utils/content-script-context` to this file, see wxt.config.ts).
 *
 * Why: WXT's context stops itself when it sees a "content-script-started" event on `document`
 * and announces that event's name to the page with `window.postMessage`, so any page script
 * could switch capture off (issue 11). Here nothing the page can send or observe ends the
 * script. It ends only when:
 *  - the extension is gone (reloaded, updated, disabled): `runtime.id` disappears, checked on use
 *    and once a second, so an orphan takes its panel off the page on its own;
 *  - a newer copy of this script starts in the same isolated world (re-injection after an update,
 *    or the manifest and a re-injection racing on a loading tab). That world is shared only by
 *    this extension's scripts, so the hand-over is out of the page's reach.
 */
import { browser } from 'wxt/browser';

/**
 * A slot in the isolated world's global, shared by every copy of this extension's scripts in the
 * frame and by nothing else (the page has its own). The control-panel script (bc.js, whose name
 * WXT passes in), the account-level module (entrypoints/account-page.ts) and the list audit
 * (entrypoints/list-audit.ts, which may start before bc.js) each have their own, so none ends
 * another.
 */
const slotOf = (name?: string): symbol => Symbol.for(`scopekeeper.liveContext${name === 'account' || name === 'list' ? '.' + name : ''}`);
type WorldGlobal = Record<symbol, ContentScriptContext | undefined>;

/** The live context in this frame of the named script (bc.js by default), if any. */
export function liveContext(name?: string): ContentScriptContext | null {
  const ctx = (globalThis as WorldGlobal)[slotOf(name)];
  return ctx?.isValid ? ctx : null;
}

function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

export class ContentScriptContext {
  readonly #abort = new AbortController();
  readonly #slot: symbol;

  /** Same signature as WXT's, which constructs it with the entrypoint's name; options are unused. */
  constructor(name?: string, _options?: unknown) {
    const world = globalThis as WorldGlobal;
    this.#slot = slotOf(name);
    world[this.#slot]?.invalidate();
    world[this.#slot] = this;
    const timer = setInterval(() => this.isValid, 1000);
    this.onInvalidated(() => clearInterval(timer));
  }

  /** Whether another copy of this script has taken over, or the extension is gone. */
  get isValid(): boolean {
    if (!this.#abort.signal.aborted && !extensionAlive()) this.invalidate();
    return !this.#abort.signal.aborted;
  }

  /** Whether this is the newest copy of the script in this frame, whatever the extension's state. */
  get isNewest(): boolean {
    return (globalThis as WorldGlobal)[this.#slot] === this;
  }

  invalidate(): void {
    this.#abort.abort();
  }

  onInvalidated(cb: () => void): () => void {
    this.#abort.signal.addEventListener('abort', cb);
    return () => this.#abort.signal.removeEventListener('abort', cb);
  }

  setTimeout(handler: () => void, ms: number): number {
    const id = window.setTimeout(() => this.isValid && handler(), ms);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  addEventListener<T extends EventTarget>(target: T, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.#abort.signal });
  }

  /**
   * Calls `cb` after every in-app navigation. The Navigation API's `navigate` event names the
   * destination before it commits (and downloads are navigations too), so the callback runs a
   * task later and reads where the page actually is; without the API, the URL is polled.
   */
  onLocationChange(cb: () => void): void {
    let last = location.href;
    const check = () => {
      if (location.href === last) return;
      last = location.href;
      cb();
    };
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    if (nav?.addEventListener) this.addEventListener(nav, 'navigate', () => this.setTimeout(check, 0));
    else {
      const id = setInterval(() => this.isValid && check(), 1000);
      this.onInvalidated(() => clearInterval(id));
    }
  }
}
