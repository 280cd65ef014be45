/**
 * Matching the control panel's texts to catalogue rows and levels. Bundled into the content
 * script: no zod, no catalogue data (rows come from ./registry.ts), no regex compilation per
 * call beyond a few replaces.
 *
 * The live UI's casing is unverified and guides disagree ("Information & settings",
 * "Information and Settings"), so comparisons go through `normalizeLabel`.
 */
import type { StoreScopeRow } from './catalogue';
import { storeScopes } from './registry';

/** Anything with a label and aliases: store rows, account rows, levels. */
interface Labelled {
  label: string;
  aliases: readonly string[];
}

const NO_CONJUNCTIONS: readonly string[] = [];

/** Han characters (Chinese labels are written without spaces, so a conjunction is replaced in place). */
const HAN = /[\u3400-\u9fff]/;

/**
 * Canonical form for comparing UI texts: Unicode NFC, trimmed, whitespace collapsed (NBSP
 * included), lower case (diacritics kept), "&" read as "and", typographic apostrophes read as
 * "'", a trailing ":" or "*" (label decorations, required markers; full-width colon too)
 * removed, and no spaces next to CJK characters ("店面 API 令牌" = "店面API令牌").
 */
export function normalizeLabel(text: string): string {
  return normalizeLabelWith(text, NO_CONJUNCTIONS);
}

/**
 * `normalizeLabel`, also reading a language's own words for "and" ("et", "y", "e", "і"/"та",
 * "和") as "and", so "Sites et routes" and "Sites & routes" compare equal in a French table.
 * Latin and Cyrillic conjunctions must stand as whole words; Han ones are replaced in place.
 */
export function normalizeLabelWith(text: string, conjunctions: readonly string[]): string {
  let s = text.normalize('NFC').replace(/[&\uff06]/g, ' and ').replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
  for (const c of conjunctions) {
    s = HAN.test(c) ? s.split(c).join(' and ') : s.split(/\s+/).map((w) => (w === c ? 'and' : w)).join(' ');
  }
  return s
    .replace(/\s+/g, ' ')
    .replace(/[\s:\uff1a*]+$/, '')
    .replace(/ ?([\u3000-\u9fff\uff00-\uffef]) ?/g, '$1')
    .trim();
}

/** Each row's and level's names, normalised once: forms are read on every change of the page. */
const namesOf = new WeakMap<Labelled, Set<string>>();

function matches(item: Labelled, wanted: string): boolean {
  let names = namesOf.get(item);
  if (!names) namesOf.set(item, (names = new Set([item.label, ...item.aliases].map(normalizeLabel))));
  return names.has(wanted);
}

/** The row whose label or alias matches `labelText`; null for unknown labels (report, never guess). */
export function findScopeRow(labelText: string): StoreScopeRow | null;
export function findScopeRow<R extends Labelled>(labelText: string, rows: readonly R[]): R | null;
export function findScopeRow(labelText: string, rows: readonly Labelled[] = storeScopes()): Labelled | null {
  const wanted = normalizeLabel(labelText);
  if (wanted === '') return null;
  return rows.find((r) => matches(r, wanted)) ?? null;
}

/** The level of `row` whose option text, id or alias matches `optionText`; null if the row has none. */
export function findLevel<L extends Labelled & { id: string }>(
  row: { levels: readonly L[] },
  optionText: string,
): L | null {
  const wanted = normalizeLabel(optionText);
  if (wanted === '') return null;
  return row.levels.find((l) => l.id === wanted || matches(l, wanted)) ?? null;
}

/** Position of `levelId` in the row's least→most privilege order; -1 if the row does not offer it. */
export function levelRank(row: { levels: readonly { id: string }[] }, levelId: string): number {
  return row.levels.findIndex((l) => l.id === levelId);
}
