/**
 * The control panel's languages (docs/control-panel-facts.md §13): every table, and detection bound to
 * them. For the background and extension pages. The content script must not import this file
 * (it would bundle all six tables): it imports ./detect.ts and ./types.ts and receives the table a
 * page needs by message.
 */
import { detectLanguageIn, tableForLangIn, type Detection } from './detect';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import type { LanguageTable } from './types';
import { uk } from './uk';
import { zh } from './zh';

export * from './types';
export * from './detect';

/** English first: it is the canonical table and wins nothing by order (ties are reported, not broken). */
export const ALL_TABLES: readonly LanguageTable[] = [en, fr, it, es, zh, uk];

export function tableByCode(code: string): LanguageTable | null {
  return ALL_TABLES.find((t) => t.code === code) ?? null;
}

/** The table `<html lang>` names, e.g. "fr-FR" → French; null when it names none of ours. */
export function tableForLang(htmlLang: string | null): LanguageTable | null {
  return tableForLangIn(ALL_TABLES, htmlLang);
}

/** `detectLanguageIn` over every table. */
export function detectLanguage(htmlLang: string | null, seenTexts: readonly string[]): Detection {
  return detectLanguageIn(ALL_TABLES, htmlLang, seenTexts);
}
