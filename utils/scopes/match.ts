/**
 * Matching the control panel's texts to catalogue rows and levels. Bundled into the content
 * script: no zod, no regex compilation per call beyond a few replaces.
 *
 * The live UI's casing is unverified and guides disagree ("Information & settings",
 * "Information and Settings"), so comparisons go through `normalizeLabel`.
 */
import { STORE_SCOPES, type StoreScopeRow } from './catalogue';

/** Anything with a label and aliases: store rows, account rows, levels. */
interface Labelled {
  label: string;
  aliases: readonly string[];
}

/**
 * Canonical form for comparing UI texts: trimmed, whitespace collapsed (NBSP included), lower
 * case, "&" read as "and", and a trailing ":" or "*" (label decorations, required markers) removed.
 */
export function normalizeLabel(text: string): string {
  return text
    .replace(/&/g, ' and ')
    .replace(/\s+/g, ' ')
    .replace(/[\s:*]+$/, '')
    .trim()
    .toLowerCase();
}

function matches(item: Labelled, wanted: string): boolean {
  return normalizeLabel(item.label) === wanted || item.aliases.some((a) => normalizeLabel(a) === wanted);
}

/** The row whose label or alias matches `labelText`; null for unknown labels (report, never guess). */
export function findScopeRow(labelText: string): StoreScopeRow | null;
export function findScopeRow<R extends Labelled>(labelText: string, rows: readonly R[]): R | null;
export function findScopeRow(labelText: string, rows: readonly Labelled[] = STORE_SCOPES): Labelled | null {
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
