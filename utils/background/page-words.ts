/**
 * The page's language for the panel and markers (issue 20, item 6): the control panel's detected
 * language (the page model's `language`, a table code of utils/languages/) mapped to one of the
 * extension's locales, whose built messages are read once and kept (./locale-messages.ts). A page
 * in no language of ours speaks the browser's.
 */
import { browserWords, wordsFrom, type Words } from '../decide/words';
import type { PageModel } from '../form/model';
import { rowForLabel } from '../scopes/identify';
import { loadMessages } from './locale-messages';

/** Table code (utils/languages/) → locale directory and BCP 47 tag. */
const LOCALES: Readonly<Record<string, { dir: string; lang: string }>> = {
  en: { dir: 'en', lang: 'en' },
  fr: { dir: 'fr', lang: 'fr' },
  it: { dir: 'it', lang: 'it' },
  es: { dir: 'es', lang: 'es' },
  zh: { dir: 'zh_CN', lang: 'zh-CN' },
  uk: { dir: 'uk', lang: 'uk' },
};

/**
 * The language the page speaks to the merchant, as a table code: the table the page was read with
 * (utils/dom/page-language.ts) when more of the rows it read by their label are in that language
 * than in English; English when the labels are English (a table that shares a word or two with
 * English, "Marketing", "Checkouts", is picked for an English page too: its labels decide); the
 * table, or nothing, when no label was read (rows read by their controls' attributes count by the
 * label they show). The account-level form is read in English only.
 */
export function spokenLanguage(model: PageModel): string | null {
  const byLabel = model.rows.filter((r) => r.signal === 'label');
  if (model.kind === 'account-level') return byLabel.length ? 'en' : model.language;
  // Rows read by their controls' attributes still show a label: the page's words all the same.
  const labelled = byLabel.length ? byLabel : model.rows.filter((r) => r.signal === 'attribute' && r.label.trim() !== '');
  if (!labelled.length) return model.language;
  const english = labelled.filter((r) => rowForLabel(r.label, null) !== null).length;
  return model.language && labelled.length - english > english ? model.language : 'en';
}

/** The words of the page's language `code` (null or unknown: the browser's). */
export async function pageWords(code: string | null): Promise<Words> {
  const locale = code ? LOCALES[code] : undefined;
  const messages = locale ? await loadMessages(locale.dir) : null;
  return locale && messages ? wordsFrom(messages, locale.lang, code) : browserWords;
}
