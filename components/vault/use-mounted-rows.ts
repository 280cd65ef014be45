/**
 * The vault list's rows, mounted a few at a time. Mounting a record's row is the costly part of a
 * search keystroke (a page of 50 new rows took 150–300 ms on a busy machine), and only the first
 * few are on screen: when the page of rows changes, the rows already mounted stay, at most
 * FIRST_ROWS new ones are mounted before the frame that shows the results, and the rest follow
 * ROWS_PER_STEP at a time when the page is idle (a later keystroke replaces them first).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { FIRST_ROWS, nextRowCount } from './record-filter';

/** requestIdleCallback, with a deadline so that a page kept busy still finishes; a timer where
 *  there is none. Returns the cancel function. */
function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: 200 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 16);
  return () => clearTimeout(id);
}

/** How many leading `items` to mount at once, given the keys mounted now: every row already
 *  mounted stays, and new rows until FIRST_ROWS of them are. Pure. */
export function rowsToMount(keys: readonly string[], mounted: ReadonlySet<string>): number {
  let added = 0;
  for (let i = 0; i < keys.length; i++) {
    if (mounted.has(keys[i]!)) continue;
    if (added === FIRST_ROWS) return i;
    added++;
  }
  return keys.length;
}

/**
 * How many of `items` (the page the list shows) to render now. `mountAll` makes the next change
 * of page mount every row at once: "Show more" is pressed where the new rows appear, and its
 * button (which holds the focus) must stay in place.
 */
export function useMountedRows<T>(items: readonly T[], keyOf: (item: T) => string): { count: number; mountAll: () => void } {
  // The count lives in a ref, computed while rendering: the page changes with the same render as
  // the query (no second render to shrink it), and Preact never discards a render.
  const last = useRef<{ items: readonly T[]; count: number; all: boolean } | null>(null);
  const [, stepped] = useState(0);
  const before = last.current;
  let count: number;
  if (!before) count = Math.min(items.length, FIRST_ROWS);
  else if (before.items === items) count = Math.min(before.count, items.length);
  else if (before.all) count = items.length;
  else count = rowsToMount(items.map(keyOf), new Set(before.items.slice(0, before.count).map(keyOf)));
  last.current = { items, count, all: false };

  useEffect(() => {
    if (count >= items.length) return;
    return whenIdle(() => {
      const now = last.current;
      if (now?.items !== items) return;
      now.count = nextRowCount(now.count, items.length);
      stepped((n) => n + 1);
    });
  }, [items, count]);

  return {
    count,
    mountAll: () => {
      if (last.current) last.current.all = true;
    },
  };
}
