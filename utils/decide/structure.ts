/**
 * Structure (issue 10, signal c): rows identified by their place in the list when their labels
 * are not understood. The list must hold every catalogue row in the documented order (docs/control-panel-facts.md §4.1),
 * with the rows whose place is unknown (Store Translations, the Infrastructure rows) tried at every
 * place, and each row's option count must equal its row's number of levels. Only a list that fits
 * exactly one reading is read; any doubt reads nothing. Pure.
 */
import type { PageModel } from '../form/model';
import { FLOATING_GROUPS, type ScopeId, type StoreScopeRow } from '../scopes/catalogue';
import { floatingScopeIds, scopeById, storeScopes } from '../scopes/registry';

export interface ListEntry {
  /** How many options the row's control offers; null when unknown (then nothing is read). */
  options: number | null;
  /** A row already identified by a stronger signal: the reading must put it here. */
  known: ScopeId | null;
}

/**
 * The catalogue row for each entry, in order, or null when no reading or more than one fits.
 * `rows` is the catalogue in its documented order; `floating` the ids whose place is unknown.
 */
export function readByPosition(
  entries: readonly ListEntry[],
  rows: readonly StoreScopeRow[],
  floating: readonly ScopeId[],
  groups: readonly (readonly ScopeId[])[] = [],
): ScopeId[] | null {
  if (entries.some((e) => e.options === null)) return null;
  const fixed = rows.filter((r) => !floating.includes(r.id));
  const loose = rows.filter((r) => floating.includes(r.id));
  if (loose.length > 16 || entries.length < fixed.length || entries.length > fixed.length + loose.length) return null;
  // A group's rows are placed all together or not at all.
  const groupMasks = groups.map((g) => loose.reduce((m, row, k) => (g.includes(row.id) ? m | (1 << k) : m), 0));
  const complete = (used: number) => groupMasks.every((m) => (used & m) === 0 || (used & m) === m);
  const fits = (entry: ListEntry, row: StoreScopeRow) => entry.options === row.levels.length && (entry.known === null || entry.known === row.id);

  // ways(i, j, used): readings of entries i.. when fixed rows j.. remain and `used` loose rows are
  // placed; counted up to 2, because only "exactly one" matters.
  const memo = new Map<number, number>();
  const ways = (i: number, j: number, used: number): number => {
    if (i === entries.length) return j === fixed.length && complete(used) ? 1 : 0;
    const id = (i * (fixed.length + 1) + j) * (1 << loose.length) + used;
    const seen = memo.get(id);
    if (seen !== undefined) return seen;
    const entry = entries[i]!;
    let n = 0;
    const next = fixed[j];
    if (next && fits(entry, next)) n += ways(i + 1, j + 1, used);
    loose.forEach((row, k) => {
      if (n < 2 && !(used & (1 << k)) && fits(entry, row)) n += ways(i + 1, j, used | (1 << k));
    });
    n = Math.min(n, 2);
    memo.set(id, n);
    return n;
  };
  if (ways(0, 0, 0) !== 1) return null;

  // Exactly one reading: walk it.
  const out: ScopeId[] = [];
  let j = 0;
  let used = 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const next = fixed[j];
    if (next && fits(entry, next) && ways(i + 1, j + 1, used) === 1) {
      out.push(next.id);
      j++;
      continue;
    }
    const k = loose.findIndex((row, k) => !(used & (1 << k)) && fits(entry, row) && ways(i + 1, j, used | (1 << k)) === 1);
    out.push(loose[k]!.id);
    used |= 1 << k;
  }
  return out;
}

/**
 * The model with its rows read by position where the scan could not read their labels: only when
 * most rows are unidentified (labels not understood), and only when the whole list fits one
 * reading; rows already identified must fit it too. Levels of such rows follow option order.
 */
export function readPositions(model: PageModel): PageModel {
  const labelled = model.rows.filter((r) => r.scopeId !== null).length;
  if (model.rows.length === 0 || labelled * 2 >= model.rows.length) return model;
  const entries = model.rows.map((r) => ({ options: r.offered.length || null, known: (r.scopeId as ScopeId | null) ?? null }));
  const reading = readByPosition(entries, storeScopes(), floatingScopeIds(), FLOATING_GROUPS);
  if (!reading) return model;
  return {
    ...model,
    rows: model.rows.map((row, i) => {
      if (row.scopeId) return row;
      const scope = scopeById(reading[i]!);
      return { ...row, scopeId: scope.id, signal: 'position', currentLevel: scope.levels[row.offered.indexOf(row.currentText)]?.id ?? null };
    }),
  };
}
