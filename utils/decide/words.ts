/**
 * The words deciding speaks in, injected rather than global (issue 20, item 6): the panel and
 * markers speak the page's language, the popup the browser's. `browserWords` is the extension's
 * own lookup (utils/i18n.ts); `wordsFrom` makes a translator of one language's built messages
 * (_locales/<lang>/messages.json), which the background loads for the page's language
 * (utils/background/page-words.ts). Pure: the messages are given, nothing is fetched here.
 */
import { t, tp, type MessageKey, type PluralKey } from '../i18n';

export type Messages = Readonly<Record<string, { message: string } | undefined>>;

export interface Words {
  /** The BCP 47 tag of the language these words are in ("fr", "zh-CN"); '' for the browser's own. */
  lang: string;
  /** The control-panel language table (utils/languages/) of the same language, if any: rows the
   *  page does not show are named from it. */
  table: string | null;
  t: (key: MessageKey, ...substitutions: (string | number)[]) => string;
  /** A plural set's form for `count` by this language's plural rules (as utils/i18n.ts tp()). */
  tp: (base: PluralKey, count: number, ...substitutions: (string | number)[]) => string;
}

/** The browser's language, as the rest of the extension speaks. */
export const browserWords: Words = { lang: '', table: null, t, tp };

/** `name`'s message with $1…$9 replaced by `subs`; "" when there is none, as the browser answers. */
export function formatMessage(messages: Messages, name: string, subs: readonly string[] = []): string {
  return (messages[name]?.message ?? '').replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** A translator over one language's messages, its plural rules those of `lang`; a message it
 *  lacks comes from `fallback`. */
export function wordsFrom(messages: Messages, lang: string, table: string | null, fallback: Words = browserWords): Words {
  let rules: Intl.PluralRules;
  try {
    rules = new Intl.PluralRules(lang);
  } catch {
    rules = new Intl.PluralRules('en');
  }
  return {
    lang,
    table,
    t: (key, ...subs) => formatMessage(messages, key, subs.map(String)) || fallback.t(key, ...subs),
    tp: (base, count, ...subs) => {
      const args = (subs.length ? subs : [count]).map(String);
      const category = rules.select(count);
      return (
        (category !== 'other' && formatMessage(messages, `${base}_${category}`, args)) ||
        formatMessage(messages, `${base}_other`, args) ||
        fallback.tp(base, count, ...subs)
      );
    },
  };
}
