/**
 * Copy a secret to the clipboard and clear it again after a delay (docs/vault-design.md §7.4).
 *
 * Compare, then clear: when the delay is up the clipboard is read first and cleared only if it
 * still holds the value copied here, so something the user copied meanwhile is left alone.
 *
 * Limits, stated plainly because no extension can do better without more permissions:
 *  - Reading needs the browser's clipboard-read permission, which the extension does not request
 *    (`clipboardRead` carries an install warning). Where the read is refused, the clipboard is
 *    cleared anyway, as before: clearing someone's later copy is the lesser harm than leaving a
 *    secret there. A newer copy from this page restarts the timer.
 *  - The clipboard can only be written while this page is open and focused. If the timer fires
 *    while the page is in the background, the clear is retried the moment it is focused again;
 *    if the page is closed first, nothing can clear it.
 *  - Clipboard history and sync (Windows Win+V, clipboard managers) keep their own copies that no
 *    web API can reach.
 */

export interface ClipboardLike {
  writeText: (text: string) => Promise<void>;
  readText?: () => Promise<string>;
}

export interface AutoClearClipboard {
  /** Write `text` now (call from a user gesture) and schedule the clear. */
  copy: (text: string) => Promise<void>;
  /** Whether a clear is still pending. */
  readonly pending: boolean;
  /** Drop the timer and listeners (the page is going away). */
  dispose: () => void;
}

export const CLIPBOARD_CLEAR_MS = 30_000;

export function autoClearClipboard(
  options: {
    clearAfterMs?: number;
    clipboard?: ClipboardLike;
    target?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
    onCleared?: () => void;
    /** The clipboard no longer held the copied value when the delay was up; left as it was. */
    onReplaced?: () => void;
  } = {},
): AutoClearClipboard {
  const clearAfterMs = options.clearAfterMs ?? CLIPBOARD_CLEAR_MS;
  const clipboard = () => options.clipboard ?? navigator.clipboard;
  const target = options.target ?? window;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitingForFocus = false;
  let pending = false;
  let copied: string | null = null;

  /** Whether the clipboard still holds what was copied here; true when it cannot be read. */
  async function stillOurs(): Promise<boolean> {
    const board = clipboard();
    if (!board.readText || copied === null) return true;
    try {
      return (await board.readText()) === copied;
    } catch {
      return true;
    }
  }

  const stopWaiting = () => {
    if (waitingForFocus) target.removeEventListener('focus', onFocus);
    waitingForFocus = false;
  };

  async function clear(): Promise<void> {
    timer = undefined;
    try {
      if (!(await stillOurs())) {
        pending = false;
        copied = null;
        stopWaiting();
        options.onReplaced?.();
        return;
      }
      await clipboard().writeText('');
      pending = false;
      copied = null;
      stopWaiting();
      options.onCleared?.();
    } catch {
      // Not focused ("Document is not focused"): try again as soon as it is.
      if (!waitingForFocus) {
        waitingForFocus = true;
        target.addEventListener('focus', onFocus);
      }
    }
  }

  function onFocus(): void {
    if (pending && timer === undefined) void clear();
  }

  return {
    async copy(text: string): Promise<void> {
      await clipboard().writeText(text);
      copied = text;
      if (timer !== undefined) clearTimeout(timer);
      stopWaiting();
      pending = true;
      timer = setTimeout(() => void clear(), clearAfterMs);
    },
    get pending() {
      return pending;
    },
    dispose(): void {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      copied = null;
      stopWaiting();
    },
  };
}
