/**
 * The level of each identified row, where the content script's own reading (the page's table, an
 * option's parameter value) left it unread, and the option texts no table reads (issue "The page we
 * cannot see", items 1, 2 and 4). In order: the page's table; what the merchant taught about that
 * option text (utils/decide/taught.ts, a level word holds on every row that has that level); the
 * option's place among the row's options, when their count is the catalogue row's and none
 * contradicts its place (such a level is to be checked). A taught word that a table now reads as
 * another level on this page is contradicted, and dropped. Pure.
 */
import type { PageModel, ScopeRowModel } from '../form/model';
import { tableByCode } from '../languages';
import { levelForText, type TextTable } from '../scopes/identify';
import { normalizeLabel } from '../scopes/match';
import { scopeById, storeScopes } from '../scopes/registry';
import type { LevelId, ScopeRow } from '../scopes/types';
import { levelByPosition, optionsFit } from './structure';
import type { TaughtLevel } from './taught-types';

/** An option text of a row that no table reads, and the level taught for it (null: none yet). */
export interface UnreadWord {
  text: string;
  level: LevelId | null;
}

export interface LevelReading {
  model: PageModel;
  /** Per row key: the option texts the marker asks about ("Which level is …?"), each asked once
   *  per page, at the first row that shows it (one answer holds on every row). */
  questions: Map<number, UnreadWord[]>;
  /** Taught level words the page reads otherwise (the background forgets them and says so). */
  contradicted: TaughtLevel[];
}

/** The row's texts: its options where known, and its current one (a closed combobox shows only that). */
function textsOf(row: ScopeRowModel): string[] {
  return [...new Set([...row.offered, row.currentText].filter((t) => t.trim() !== ''))];
}

function readRow(
  row: ScopeRowModel,
  scope: ScopeRow,
  table: TextTable | null,
  words: ReadonlyMap<string, TaughtLevel>,
  /** The catalogue's rows when the form's order is documented (store-level); null: no level by place. */
  rows: readonly ScopeRow[] | null,
  contradicted: Map<string, TaughtLevel>,
): { row: ScopeRowModel; unread: UnreadWord[] } {
  // A taught row's current text: the scan knew no row to read it for.
  if (row.currentLevel === null) {
    const byTable = levelForText(scope, row.currentText, table);
    if (byTable) row = { ...row, currentLevel: byTable.id };
  }
  const unread: UnreadWord[] = [];
  for (const text of textsOf(row)) {
    const byTable = levelForText(scope, text, table);
    const taught = words.get(normalizeLabel(text));
    if (byTable) {
      if (taught && taught.level !== byTable.id) contradicted.set(taught.id, taught);
      continue;
    }
    // A word taught on a row with other levels ("Standard") means nothing on this one.
    const level = taught && scope.levels.some((l) => l.id === taught.level) ? taught.level : null;
    unread.push({ text, level });
  }
  if (unread.length === 0) return { row, unread };
  const taughtHere = unread.some((u) => u.level !== null);
  let out: ScopeRowModel = taughtHere ? { ...row, levelTaught: true } : row;
  if (out.currentLevel === null) {
    const current = unread.find((u) => u.text === row.currentText)?.level ?? null;
    if (current) out = { ...out, currentLevel: current };
  }
  // Words still unread: the row's levels follow option order where their count and words allow.
  if (rows && unread.some((u) => u.level === null) && optionsFit(scope, row.offered, rows)) {
    out = { ...out, currentLevel: out.currentLevel ?? levelByPosition(scope, row, rows), levelByPosition: true };
  }
  return { row: out, unread };
}

/**
 * A checkbox group's level from its ticked boxes' texts ("read, modify"), as utils/dom/account-form.ts
 * reads a known resource: every level from the first above None up to the highest ticked; none
 * ticked is None; anything else is not understood.
 */
function tickedLevel(scope: ScopeRow, ticked: string): LevelId | null {
  const texts = ticked.split(', ').filter(Boolean);
  const ranks = texts.map((text) => scope.levels.findIndex((l) => l === levelForText(scope, text, null)));
  if (ranks.some((r) => r <= 0)) return null;
  const top = Math.max(0, ...ranks);
  return new Set(ranks).size === top ? (scope.levels[top]?.id ?? null) : null;
}

/** `words`: the level words taught for this form and language (./taught.ts taughtWords). */
export function readLevels(model: PageModel, words: ReadonlyMap<string, TaughtLevel> = new Map()): LevelReading {
  const table = model.language ? tableByCode(model.language) : null;
  // The account-level form's resources have no documented order: no level by place there.
  const rows = model.kind === 'account-level' ? null : storeScopes();
  const contradicted = new Map<string, TaughtLevel>();
  const questions = new Map<number, UnreadWord[]>();
  const asked = new Set<string>();
  const read = model.rows.map((row) => {
    const scope = row.scopeId ? scopeById(row.scopeId) : null;
    if (!scope) return row;
    // Checkbox groups: each box is a level; their words are not taught (one box per level, read by its place there).
    if (row.control === 'checkboxes') return row.currentLevel === null ? { ...row, currentLevel: tickedLevel(scope, row.currentText) } : row;
    const { row: out, unread } = readRow(row, scope, table, words, rows, contradicted);
    const mine = unread.filter((u) => !asked.has(normalizeLabel(u.text)));
    for (const u of mine) asked.add(normalizeLabel(u.text));
    if (mine.length) questions.set(row.key, mine);
    return out;
  });
  return { model: { ...model, rows: read }, questions, contradicted: [...contradicted.values()] };
}
