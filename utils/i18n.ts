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

/** The message for `key` with $1…$9 substitutions; the key itself if it is missing (visible in review). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string[]) => string;
  return getMessage(key, substitutions.map(String)) || key;
}
