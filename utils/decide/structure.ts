/**
 * Structure (issue 10, signal c): rows identified by their place in the list when their labels
 * are not understood. The list must hold every catalogue row in the documented order (docs/control-panel-facts.md §4.1),
 * with the rows whose place is unknown (Store Translations, the Infrastructure rows) tried at every
 * place, and each row's option count must equal its row's number of levels. Only a list that fits
 * exactly one reading is read; any doubt reads nothing. Pure.
 */
import type { PageModel, ScopeRowModel } from '../form/model';
import { FLOATING_GROUPS, type ScopeId, type StoreScopeRow } from '../scopes/catalogue';
import { floatingScopeIds, languageTables, scopeById, storeScopes } from '../scopes/registry';
import { levelForText, type TextTable } from '../scopes/identify';
import type { ScopeRow } from '../scopes/types';

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

// --- option texts ---------------------------------------------------------------------------------

/** The tables option texts are compared with: English (the catalogue's own words) and every table. */
function tables(): readonly (TextTable | null)[] {
  return [null, ...languageTables()];
}

/** Index of the level of `row` that `text` names in any table, or -1 when none does. */
function levelIndexAnywhere(row: ScopeRow, text: string): number {
  for (const table of tables()) {
    const level = levelForText(row, text, table);
    if (level) return row.levels.indexOf(level);
  }
  return -1;
}

/** Whether `text` is a level word of any row in any table ("modifier", "read-only", "Standard"). */
function isLevelWord(text: string, rows: readonly ScopeRow[]): boolean {
  return rows.some((row) => levelIndexAnywhere(row, text) >= 0);
}

/**
 * How a row's options stand against a catalogue row: 'words' when every option is a level word of
 * it in its place, 'position' when the count matches and no option contradicts its place (a word of
 * another level, or another row's word), null when they cannot be that row's.
 */
export function optionsFit(row: ScopeRow, offered: readonly string[], rows: readonly ScopeRow[] = storeScopes()): 'words' | 'position' | null {
  if (offered.length !== row.levels.length) return null;
  let all = true;
  for (let i = 0; i < offered.length; i++) {
    const at = levelIndexAnywhere(row, offered[i]!);
    if (at === i) continue;
    if (at >= 0 || isLevelWord(offered[i]!, rows)) return null;
    all = false;
  }
  return all ? 'words' : 'position';
}

/**
 * The level of a row whose current option text no table reads: its place among the options, when
 * their count is the catalogue row's and no option contradicts its place.
 */
export function levelByPosition(row: ScopeRow, model: Pick<ScopeRowModel, 'offered' | 'currentText'>, rows?: readonly ScopeRow[]) {
  if (!optionsFit(row, model.offered, rows)) return null;
  return row.levels[model.offered.indexOf(model.currentText)]?.id ?? null;
}

// --- partial structure ----------------------------------------------------------------------------

/**
 * Rows no label identified, on a page where most are: each run of them is placed between its known
 * neighbours in the documented order, on catalogue rows the page does not show yet, in order, each
 * with its row's option count and no option contradicting it (./optionsFit). A run is read only
 * when exactly one placement fits; anything else leaves it unknown. The rows whose place is
 * unknown (Store Translations, Infrastructure) are candidates only where every option text is
 * one of their level words, and a grouped one only when its group's other rows are on the page.
 */
export function placeUnknownRows(model: PageModel): PageModel {
  const all = storeScopes();
  const floating = floatingScopeIds();
  const order = new Map(all.filter((r) => !floating.includes(r.id)).map((r, i) => [r.id as string, i]));
  const shown = new Set<string>(model.rows.flatMap((r) => (r.scopeId ? [r.scopeId] : [])));
  const placed = new Map<number, ScopeId>();
  const rows = model.rows;
  let i = 0;
  while (i < rows.length) {
    if (rows[i]!.scopeId !== null) {
      i++;
      continue;
    }
    let end = i;
    while (end < rows.length && rows[end]!.scopeId === null) end++;
    // The nearest neighbours read by a label or an attribute, with a documented place (a taught
    // row may sit anywhere: it is no anchor).
    const anchor = (row: ScopeRowModel) => (row.signal === 'label' || row.signal === 'attribute' ? order.get(row.scopeId ?? '') : undefined);
    let left = -1;
    for (let k = i - 1; k >= 0; k--) {
      const at = anchor(rows[k]!);
      if (at !== undefined) {
        left = at;
        break;
      }
    }
    let right = order.size;
    for (let k = end; k < rows.length; k++) {
      const at = anchor(rows[k]!);
      if (at !== undefined) {
        right = at;
        break;
      }
    }
    const run = rows.slice(i, end);
    const candidates = all.filter((r) => {
      if (shown.has(r.id)) return false;
      const at = order.get(r.id);
      // A row of a group (the Infrastructure rows) only beside its group's other rows.
      const group = FLOATING_GROUPS.find((g) => g.includes(r.id));
      if (at === undefined) return !group || group.some((id) => id !== r.id && shown.has(id));
      return at > left && at < right;
    });
    const reading = uniquePlacement(run, candidates, order, floating);
    if (reading) reading.forEach((id, k) => placed.set(run[k]!.key, id));
    i = end;
  }
  if (placed.size === 0) return model;
  return {
    ...model,
    rows: rows.map((row) => {
      const id = placed.get(row.key);
      if (!id) return row;
      const scope = scopeById(id);
      return { ...row, scopeId: id, signal: 'position', currentLevel: scope.levels[row.offered.indexOf(row.currentText)]?.id ?? null };
    }),
  };
}

/** The one placement of `run` on `candidates` (documented ones in order, each used once), or null. */
function uniquePlacement(
  run: readonly ScopeRowModel[],
  candidates: readonly StoreScopeRow[],
  order: ReadonlyMap<string, number>,
  floating: readonly ScopeId[],
): ScopeId[] | null {
  if (run.length > 8 || candidates.length === 0) return null;
  const fits = (row: ScopeRowModel, scope: StoreScopeRow) => {
    const fit = optionsFit(scope, row.offered);
    return floating.includes(scope.id) ? fit === 'words' : fit !== null;
  };
  const found: ScopeId[][] = [];
  const walk = (k: number, lastAt: number, used: Set<string>, path: ScopeId[]) => {
    if (found.length > 1) return;
    if (k === run.length) {
      found.push([...path]);
      return;
    }
    for (const scope of candidates) {
      if (used.has(scope.id)) continue;
      const at = order.get(scope.id);
      if (at !== undefined && at <= lastAt) continue;
      if (!fits(run[k]!, scope)) continue;
      used.add(scope.id);
      path.push(scope.id);
      walk(k + 1, at ?? lastAt, used, path);
      path.pop();
      used.delete(scope.id);
    }
  };
  walk(0, -1, new Set(), []);
  return found.length === 1 ? found[0]! : null;
}

/**
 * The model with its rows read by position where the scan could not read their labels. When most
 * rows are unidentified (labels not understood), only when the whole list fits one reading; rows
 * already identified must fit it too. When most are identified, each unknown row by its known
 * neighbours (./placeUnknownRows). Levels of such rows follow option order.
 */
export function readPositions(model: PageModel): PageModel {
  const labelled = model.rows.filter((r) => r.scopeId !== null).length;
  if (model.rows.length === 0 || labelled === model.rows.length) return model;
  if (labelled * 2 >= model.rows.length) return placeUnknownRows(model);
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

/**
 * The account-level form's unknown resources (its order is unpublished, so no neighbours): each is
 * read as the one resource the page does not show yet whose level words are exactly its options
 * (checkbox groups offer no None box), when that is the only such resource and no other unknown
 * resource fits it too. Pure.
 */
export function placeUnknownResources(model: PageModel, resources: readonly ScopeRow[]): PageModel {
  const shown = new Set<string>(model.rows.flatMap((r) => (r.scopeId ? [r.scopeId] : [])));
  const missing = resources.filter((r) => !shown.has(r.id));
  const fits = new Map<number, ScopeRow[]>();
  for (const row of model.rows) {
    if (row.scopeId) continue;
    fits.set(
      row.key,
      missing.filter((r) => optionsFit(row.control === 'checkboxes' ? { ...r, levels: r.levels.slice(1) } : r, row.offered, resources) === 'words'),
    );
  }
  const taken = [...fits.values()].flat().map((r) => r.id);
  return {
    ...model,
    rows: model.rows.map((row) => {
      const only = fits.get(row.key);
      if (!only || only.length !== 1 || taken.filter((id) => id === only[0]!.id).length > 1) return row;
      return { ...row, scopeId: only[0]!.id as ScopeRowModel['scopeId'], signal: 'position' as const, currentLevel: null };
    }),
  };
}
