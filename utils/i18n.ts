/**
 * User-visible strings come from _locales/<lang>/messages.json through the i18n API, so the
 * extension can be translated without touching code. The English files in locales/en/ (merged
 * at build time, see locales/merge.ts) define the keys; add a key to the file of your area, and
 * to the same file of every other language (README, "Languages").
 *
 * A message that counts something is a plural set: `<base>_one`, `<base>_other` in English, and
 * in each language the categories its plural rules have (`<base>_few`, `<base>_many`…). Callers
 * name the base and the count: `tp('presets_count_all', n)`. Each language's messages name their
 * own language (`i18n_locale`), whose rules pick the form.
 */
import { browser } from 'wxt/browser';

type Keys<T> = keyof T & string;
type EnglishKey =
  | Keys<typeof import('../locales/en/accounts.json')>
  | Keys<typeof import('../locales/en/common.json')>
  | Keys<typeof import('../locales/en/content.json')>
  | Keys<typeof import('../locales/en/links.json')>
  | Keys<typeof import('../locales/en/popup.json')>
  | Keys<typeof import('../locales/en/presets.json')>
  | Keys<typeof import('../locales/en/vault.json')>;

/** The plural categories of Intl.PluralRules (CLDR). */
type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A plural set's base: English has both `<base>_one` and `<base>_other`. */
export type PluralKey = {
  [K in EnglishKey]: K extends `${infer Base}_other` ? (`${Base}_one` extends EnglishKey ? Base : never) : never;
}[EnglishKey];

/** A key for t(): every English key except the forms of a plural set (those go through tp()). */
export type MessageKey = Exclude<EnglishKey, `${PluralKey}_${PluralCategory}`>;

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

function browserMessage(key: string, subs: string[]): string {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- browser.i18n.getMessage is a namespace function that uses no `this`; the cast drops WXT's per-key overloads
  const getMessage = browser.i18n.getMessage as Lookup;
  return getMessage(key, subs);
}

/** Whether the browser's own lookup answers (it names the messages' language in each file). */
export function browserHasMessages(): boolean {
  return browserMessage('i18n_locale', []) !== '';
}

function lookup(key: string, subs: string[]): string {
  return browserMessage(key, subs) || fallback?.(key, subs) || '';
}

/** The message for `key` with $1…$9 substitutions; the key itself if it is missing (visible in review). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return lookup(key, substitutions.map(String)) || key;
}

let rules: { language: string; rules: Intl.PluralRules } | undefined;

/**
 * The plural rules of the messages the browser shows: their own language tag (the message
 * i18n_locale of each _locales file), so the rules always fit the forms at hand, even where
 * getUILanguage() says otherwise (headless Chromium was seen answering "en-US" while showing the
 * Ukrainian messages). Without that message, the UI language; English where neither serves.
 */
function pluralRules(): Intl.PluralRules {
  let language = 'en';
  try {
    language = lookup('i18n_locale', []) || browser.i18n.getUILanguage() || 'en';
  } catch {
    // No i18n API here: English.
  }
  if (rules?.language !== language) {
    let made: Intl.PluralRules;
    try {
      made = new Intl.PluralRules(language.replace(/_/g, '-'));
    } catch {
      made = new Intl.PluralRules('en');
    }
    rules = { language, rules: made };
  }
  return rules.rules;
}

/**
 * The form of plural set `base` for `count`: `<base>_<category>` by the plural rules
 * (Intl.PluralRules) of the language whose messages are shown, else `<base>_other` (a category
 * those messages lack). Substitutions are $1…$9 as in t(); none given means the
 * count is $1.
 */
export function tp(base: PluralKey, count: number, ...substitutions: (string | number)[]): string {
  const subs = (substitutions.length ? substitutions : [count]).map(String);
  const category = pluralRules().select(count);
  return (category !== 'other' && lookup(`${base}_${category}`, subs)) || lookup(`${base}_other`, subs) || `${base}_other`;
}
