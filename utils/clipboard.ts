/**
 * Copy a secret to the clipboard and clear it again after a delay (security.md §7.4).
 *
 * Limits, stated plainly because no extension can do better without more permissions:
 *  - Clearing is unconditional (it writes an empty string): reading the clipboard first to check
 *    it still holds our value would need the `clipboardRead` permission and its install warning.
 *    So a copy the user made in between is cleared too; a newer copy from this page restarts the
 *    timer instead.
 *  - The clipboard can only be written while this page is open and focused. If the timer fires
 *    while the page is in the background, the clear is retried the moment it is focused again;
 *    if the page is closed first, nothing can clear it.
 *  - Clipboard history and sync (Windows Win+V, clipboard managers) keep their own copies that no
 *    web API can reach.
 */

export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

export interface AutoClearClipboard {
  /** Write `text` now (call from a user gesture) and schedule the clear. */
  copy(text: string): Promise<void>;
  /** Whether a clear is still pending. */
  readonly pending: boolean;
  /** Drop the timer and listeners (the page is going away). */
  dispose(): void;
}

export const CLIPBOARD_CLEAR_MS = 30_000;

export function autoClearClipboard(
  options: {
    clearAfterMs?: number;
    clipboard?: ClipboardLike;
    target?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
    onCleared?: () => void;
  } = {},
): AutoClearClipboard {
  const clearAfterMs = options.clearAfterMs ?? CLIPBOARD_CLEAR_MS;
  const clipboard = () => options.clipboard ?? navigator.clipboard;
  const target = options.target ?? window;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitingForFocus = false;
  let pending = false;

  const stopWaiting = () => {
    if (waitingForFocus) target.removeEventListener('focus', onFocus);
    waitingForFocus = false;
  };

  async function clear(): Promise<void> {
    timer = undefined;
    try {
      await clipboard().writeText('');
      pending = false;
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
      stopWaiting();
    },
  };
}
