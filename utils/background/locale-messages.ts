/**
 * One locale's built messages (_locales/<dir>/messages.json, written by wxt.config.ts), read once
 * and kept. Its own file: the capture path (entrypoints/background.ts) needs the English file
 * without the page-language code of ./page-words.ts.
 */
import { browser } from 'wxt/browser';
import type { Messages } from '../decide/words';

const loaded = new Map<string, Promise<Messages | null>>();

/** One locale's built messages; null when they cannot be read (the caller falls back). */
export function loadMessages(dir: string): Promise<Messages | null> {
  let messages = loaded.get(dir);
  if (!messages) {
    // Not a path WXT's typed getURL knows.
    messages = fetch(new URL(`_locales/${dir}/messages.json`, browser.runtime.getURL('/')))
      .then((r) => r.json() as Promise<Messages>)
      .catch(() => null);
    loaded.set(dir, messages);
  }
  return messages;
}
