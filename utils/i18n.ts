/**
 * User-visible strings come from _locales/<lang>/messages.json through the i18n API, so the
 * extension can be translated without touching code. The English files in locales/en/ (merged
 * at build time, see locales/merge.ts) define the keys; add a key to the file of your area.
 */
import { browser } from 'wxt/browser';

type Keys<T> = keyof T & string;
export type MessageKey =
  | Keys<typeof import('../locales/en/accounts.json')>
  | Keys<typeof import('../locales/en/common.json')>
  | Keys<typeof import('../locales/en/content.json')>
  | Keys<typeof import('../locales/en/popup.json')>
  | Keys<typeof import('../locales/en/presets.json')>
  | Keys<typeof import('../locales/en/vault.json')>;

type Lookup = (name: string, subs?: string[]) => string;

/** The background's own copy of the English messages (utils/background/english-fallback.ts). */
let fallback: Lookup | undefined;

/**
 * Where the browser's lookup answers "" for a message the extension has: Chromium's extension
 * service worker was seen doing so for a freshly loaded build, which put "content_matchCount"
 * in the panel. Only the background sets one (content scripts never do, and their build drops it).
 */
export function setMessageFallback(lookup: Lookup): void {
  fallback = lookup;
}

/** The message for `key` with $1…$9 substitutions; the key itself if it is missing (visible in review). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- browser.i18n.getMessage is a namespace function that uses no `this`; the cast drops WXT's per-key overloads
  const getMessage = browser.i18n.getMessage as Lookup;
  const subs = substitutions.map(String);
  return getMessage(key, subs) || fallback?.(key, subs) || key;
}
