/**
 * Which language table a page is in, from `<html lang>` and the texts seen on the page. Pure, and
 * takes the tables as an argument, so the content script can import it without bundling them.
 */
import { normalizeLabelWith } from '../scopes/match';
import type { LanguageTable, TableLevelId, TableRowId, Texts, UiKey } from './types';

/** The table's texts with this language's conjunctions read as "and" (see `normalizeLabelWith`). */
export function normalizeFor(table: Pick<LanguageTable, 'conjunctions'>, text: string): string {
  return normalizeLabelWith(text, table.conjunctions);
}

/** Does `text` equal one of `texts` in this table's language (after normalisation)? */
function textMatches(table: LanguageTable, texts: Texts, text: string): boolean {
  const wanted = normalizeFor(table, text);
  return wanted !== '' && texts.some((t) => normalizeFor(table, t) === wanted);
}

/** The row id whose label in this table is `text`; null when none is. */
export function rowIdFor(table: LanguageTable, text: string): TableRowId | null {
  return firstKey(table.rows, table, text);
}

/** The level id whose option text in this table is `text`; null when none is. */
export function levelIdFor(table: LanguageTable, text: string): TableLevelId | null {
  return firstKey(table.levels, table, text);
}

/** The UI key whose text in this table is `text`; null when none is. */
export function uiKeyFor(table: LanguageTable, text: string): UiKey | null {
  return firstKey(table.ui, table, text);
}

function firstKey<K extends string>(record: Readonly<Record<K, Texts>>, table: LanguageTable, text: string): K | null {
  for (const key of Object.keys(record) as K[]) if (textMatches(table, record[key], text)) return key;
  return null;
}

/** Lower case, "_" read as "-", trimmed: "zh_CN " → "zh-cn". */
function normalizeLangTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/_/g, '-');
}

function tagMatches(tag: string, entry: string): boolean {
  return tag === entry || tag.startsWith(`${entry}-`);
}

/** The table whose `htmlLang` covers this `<html lang>` value; null for none, empty or unknown. */
export function tableForLangIn(tables: readonly LanguageTable[], htmlLang: string | null): LanguageTable | null {
  const tag = htmlLang === null ? '' : normalizeLangTag(htmlLang);
  if (tag === '') return null;
  return (
    tables.find((t) => t.htmlLang.some((e) => tagMatches(tag, e)) && !t.htmlLangExcept.some((e) => tagMatches(tag, e))) ??
    null
  );
}

/**
 * Which signal chose the table: `html-lang+texts` (the page's language, and its texts agree at
 * least as well as any other table's), `texts` (more page texts match this table than the one
 * `<html lang>` names, or there is none), `html-lang` (no page text matches any table), `ambiguous`
 * (two or more tables match the same, largest number of texts and `<html lang>` names none of
 * them), `none` (nothing to go on).
 */
type DetectionSignal = 'html-lang+texts' | 'texts' | 'html-lang' | 'ambiguous' | 'none';

export interface Detection {
  table: LanguageTable | null;
  signal: DetectionSignal;
  /** Distinct page texts that matched the chosen table (0 when none was chosen by texts). */
  matched: number;
  /** The table `<html lang>` names, whether or not it was chosen (so callers can report a disagreement). */
  htmlLangCode: string | null;
  /** Codes of the tables tied for most matches (only for `ambiguous`). */
  tied: readonly string[];
}

/** Every text of a table (rows, levels, UI), normalised in the table's language. */
function allTexts(table: LanguageTable): Set<string> {
  const out = new Set<string>();
  for (const group of [table.rows, table.levels, table.ui] as const) {
    for (const texts of Object.values<Texts>(group)) for (const t of texts) out.add(normalizeFor(table, t));
  }
  return out;
}

/** How many distinct `seenTexts` this table names. Repeats ("None" on 28 rows) count once. */
export function scoreTable(table: LanguageTable, seenTexts: readonly string[]): number {
  const known = allTexts(table);
  const seen = new Set(seenTexts.map((s) => normalizeFor(table, s)));
  let n = 0;
  for (const s of seen) if (s !== '' && known.has(s)) n++;
  return n;
}

/**
 * The table whose strings match the most page texts (row labels, option texts, field labels),
 * preferring the one `<html lang>` names whenever it matches as many as any other. Texts outrank
 * `<html lang>` because the control panel's shell may declare one language while the form is in
 * another (issue 10: French rows with English fields).
 */
export function detectLanguageIn(
  tables: readonly LanguageTable[],
  htmlLang: string | null,
  seenTexts: readonly string[],
): Detection {
  const byLang = tableForLangIn(tables, htmlLang);
  const htmlLangCode = byLang?.code ?? null;
  const scores = tables.map((t) => ({ t, n: scoreTable(t, seenTexts) }));
  const best = Math.max(0, ...scores.map((s) => s.n));
  if (best === 0) {
    return byLang
      ? { table: byLang, signal: 'html-lang', matched: 0, htmlLangCode, tied: [] }
      : { table: null, signal: 'none', matched: 0, htmlLangCode, tied: [] };
  }
  const leaders = scores.filter((s) => s.n === best).map((s) => s.t);
  if (byLang && leaders.includes(byLang)) {
    return { table: byLang, signal: 'html-lang+texts', matched: best, htmlLangCode, tied: [] };
  }
  if (leaders.length === 1) return { table: leaders[0] ?? null, signal: 'texts', matched: best, htmlLangCode, tied: [] };
  return { table: null, signal: 'ambiguous', matched: best, htmlLangCode, tied: leaders.map((t) => t.code) };
}
