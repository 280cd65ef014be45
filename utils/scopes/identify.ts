/**
 * Reading the form's texts and attributes as catalogue rows and levels, in any known language.
 * Pure, and free of catalogue data (rows come from ./registry.ts): bundled into the content script.
 *
 * Signals, strongest first (issue 10): (a) an attribute carrying a parameter string such as
 * `store_v2_products` or a catalogue id; (b) a label or option text in English (with the
 * catalogue's aliases) or in the page's language table. Structure (c) is ./structure.ts.
 */
import type { StoreScopeRow } from './catalogue';
import { findLevel, findScopeRow, normalizeLabel, normalizeLabelWith } from './match';
import { isScopeId, scopeById, storeScopes } from './registry';
import type { ScopeLevel, ScopeRow } from './types';

/** The parts of a language table (utils/languages) these readings use. */
export interface TextTable {
  code: string;
  conjunctions: readonly string[];
  rows: Readonly<Record<string, readonly string[]>>;
  levels: Readonly<Record<string, readonly string[]>>;
  ui: Readonly<Record<string, readonly string[]>>;
}

/** Each of a table's text lists, normalised once (the lists belong to one table each). */
const normalisedLists = new WeakMap<readonly string[], Set<string>>();

/** `text` compared with `texts` as the table's language writes them ("et" read as "and", …). */
function tableHas(table: TextTable | null, texts: readonly string[] | undefined, text: string): boolean {
  if (!table || !texts) return false;
  const wanted = normalizeIn(table, text);
  let known = normalisedLists.get(texts);
  if (!known) normalisedLists.set(texts, (known = new Set(texts.map((t) => normalizeIn(table, t)))));
  return wanted !== '' && known.has(wanted);
}

function normalizeIn(table: TextTable, text: string): string {
  return normalizeLabelWith(text, table.conjunctions);
}

const allTexts = new WeakMap<TextTable, Set<string>>();

/** Whether `text` is any of the table's texts (a row, a level, a field): language detection. */
export function tableKnows(table: TextTable, text: string): boolean {
  let known = allTexts.get(table);
  if (!known) {
    known = new Set();
    for (const group of [table.rows, table.levels, table.ui]) for (const texts of Object.values(group)) for (const t of texts) known.add(normalizeIn(table, t));
    allTexts.set(table, known);
  }
  const wanted = normalizeIn(table, text);
  return wanted !== '' && known.has(wanted);
}

/** The row whose label (English or the table's) is `text`. */
export function rowForLabel(text: string, table: TextTable | null): StoreScopeRow | null {
  const english = findScopeRow(text);
  if (english || !table) return english;
  for (const row of storeScopes()) if (tableHas(table, table.rows[row.id], text)) return row;
  return null;
}

/** The level of `row` whose option text (English, alias or the table's) is `text`. */
export function levelForText(row: ScopeRow, text: string, table: TextTable | null): ScopeLevel | null {
  return findLevel(row, text) ?? row.levels.find((l) => tableHas(table, table?.levels[l.id], text)) ?? null;
}

/**
 * The level a checkbox names on the account-level form, where each box is one level: its text as
 * a level word, or a text that repeats the resource's name first ("Account Users write"); else a
 * word the merchant taught for one of the row's levels (`taught`: level → taught texts, as
 * utils/decide/taught.ts textsByLevel gives them). A table's reading wins over a taught word.
 */
export function levelForBox(row: ScopeRow, text: string, taught: Partial<Record<string, readonly string[]>> = {}): ScopeLevel | null {
  const label = normalizeLabel(row.label);
  const wanted = normalizeLabel(text);
  const read = levelForText(row, text, null) ?? (wanted.startsWith(label) ? levelForText(row, wanted.slice(label.length), null) : null);
  return read ?? row.levels.find((l) => taught[l.id]?.some((t) => normalizeLabel(t) === wanted)) ?? null;
}

/** Whether `text` is one of the UI texts under `key` in English or in the table. */
export function isUiText(text: string, english: readonly string[], table: TextTable | null, key: string): boolean {
  const wanted = normalizeLabel(text);
  return (wanted !== '' && english.some((e) => normalizeLabel(e) === wanted)) || tableHas(table, table?.ui[key], text);
}

// --- (a) attributes ---------------------------------------------------------------------------

interface ParamHit {
  row: StoreScopeRow;
  level: ScopeLevel;
}

let paramRows: readonly StoreScopeRow[] | null = null;
let params = new Map<string, ParamHit>();

/** Every parameter string (canonical and aliases) → its row and level; rebuilt when the catalogue changes. */
function paramIndex(): Map<string, ParamHit> {
  const rows = storeScopes();
  if (rows !== paramRows) {
    paramRows = rows;
    params = new Map();
    for (const row of rows) for (const level of row.levels) for (const p of [level.param, ...level.paramAliases]) if (p) params.set(p, { row, level });
  }
  return params;
}

/**
 * The parameter string inside an attribute value: the whole value, or a token of it separated by
 * characters a parameter never holds ("scopes[store_v2_products]", "scope:store_cart_read_only").
 */
export function paramIn(value: string): ParamHit | null {
  const index = paramIndex();
  for (const token of value.toLowerCase().split(/[^a-z0-9_]+/)) {
    const hit = token && index.get(token);
    if (hit) return hit;
  }
  return null;
}

/** The row an attribute value names: a parameter string in it, or exactly a catalogue id. */
export function rowForAttribute(value: string): StoreScopeRow | null {
  const id = value.trim().toLowerCase();
  return paramIn(value)?.row ?? (isScopeId(id) ? scopeById(id) : null);
}
