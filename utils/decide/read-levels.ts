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
import { levelForBox, levelForText, type TextTable } from '../scopes/identify';
import { normalizeLabel } from '../scopes/match';
import { scopeById, storeScopes } from '../scopes/registry';
import type { LevelId, ScopeRow } from '../scopes/types';
import { levelByPosition, optionsFit } from './structure';
import type { TaughtLevel } from './taught-types';
import type { FillTargets } from './types';

type FillTexts = FillTargets['texts'];

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
  /** The taught words the reading used: those the page did not contradict. */
  words: ReadonlyMap<string, TaughtLevel>;
}

/** The row's texts: its options where known, and its current one (a closed combobox shows only that). */
function textsOf(row: ScopeRowModel): string[] {
  return [...new Set([...row.offered, row.currentText].filter((t) => t.trim() !== ''))];
}

/** An unread word as one row sees it: `foreign` when it was taught for a level this row lacks
 *  (asked about at a row that has that level, not here). */
type RowWord = UnreadWord & { foreign: boolean };

function readRow(
  row: ScopeRowModel,
  scope: ScopeRow,
  table: TextTable | null,
  words: ReadonlyMap<string, TaughtLevel>,
  /** The catalogue's rows when the form's order is documented (store-level); null: no level by place. */
  rows: readonly ScopeRow[] | null,
  contradicted: Map<string, TaughtLevel>,
): { row: ScopeRowModel; unread: RowWord[] } {
  // A taught row's current text: the scan knew no row to read it for.
  if (row.currentLevel === null) {
    const byTable = levelForText(scope, row.currentText, table);
    if (byTable) row = { ...row, currentLevel: byTable.id };
  }
  const read = new Set<LevelId>();
  const unread: RowWord[] = [];
  for (const text of textsOf(row)) {
    const byTable = levelForText(scope, text, table);
    const taught = words.get(normalizeLabel(text));
    if (byTable) {
      read.add(byTable.id);
      if (taught && taught.level !== byTable.id) contradicted.set(taught.id, taught);
      continue;
    }
    // A word taught for a level this row lacks ("Standard") means nothing here.
    if (taught && !scope.levels.some((l) => l.id === taught.level)) {
      unread.push({ text, level: null, foreign: true });
      continue;
    }
    // The current option read by its parameter value (the scan's reading) says otherwise.
    if (taught && text === row.currentText && row.currentLevel !== null && row.currentLevel !== taught.level) {
      contradicted.set(taught.id, taught);
      unread.push({ text, level: null, foreign: false });
      continue;
    }
    unread.push({ text, level: taught?.level ?? null, foreign: false });
  }
  // One level, two options: a taught word for a level another option of this row already has is
  // not used here (which of the two is it?); asked about again instead.
  for (const u of unread) {
    if (u.level && (read.has(u.level) || unread.filter((v) => v.level === u.level).length > 1)) u.level = null;
  }
  if (unread.length === 0) return { row, unread };
  let out: ScopeRowModel = unread.some((u) => u.level !== null) ? { ...row, levelTaught: true } : row;
  if (out.currentLevel === null) {
    const current = unread.find((u) => u.text === row.currentText)?.level ?? null;
    if (current) out = { ...out, currentLevel: current };
  }
  // Words still unread: the row's levels follow option order where their count and words allow.
  if (rows && unread.some((u) => u.level === null && !u.foreign) && optionsFit(scope, row.offered, rows)) {
    out = { ...out, currentLevel: out.currentLevel ?? levelByPosition(scope, row, rows), levelByPosition: true };
  }
  return { row: out, unread };
}

/**
 * A checkbox group's level from its ticked boxes' texts ("read, modify"), as utils/dom/account-form.ts
 * reads a known resource: every level from the first above None up to the highest ticked; none
 * ticked is None; anything else is not understood. `taught`: level → words the merchant taught.
 */
function tickedLevel(scope: ScopeRow, ticked: string, taught: FillTexts): LevelId | null {
  const texts = ticked.split(', ').filter(Boolean);
  const ranks = texts.map((text) => scope.levels.findIndex((l) => l === levelForBox(scope, text, taught)));
  if (ranks.some((r) => r <= 0)) return null;
  const top = Math.max(0, ...ranks);
  return new Set(ranks).size === top ? (scope.levels[top]?.id ?? null) : null;
}

/**
 * A checkbox group (each box one level): the boxes no table reads, each with the level taught for
 * it on this row (null: none yet, or taught for a level this row lacks: asked here all the same,
 * since a box is a level of its own row); the group's level read with them.
 */
function readBoxes(row: ScopeRowModel, scope: ScopeRow, words: ReadonlyMap<string, TaughtLevel>): { row: ScopeRowModel; unread: RowWord[] } {
  const unread = row.offered
    .filter((text) => text.trim() !== '' && !levelForBox(scope, text))
    .map((text) => {
      const level = words.get(normalizeLabel(text))?.level ?? null;
      return { text, level: level && scope.levels.some((l) => l.id === level) ? level : null, foreign: false };
    });
  const taught: FillTexts = {};
  for (const u of unread) if (u.level) (taught[u.level] ??= []).push(u.text);
  // A taught or placed resource's ticks too: the scan knew no resource to read them for.
  const currentLevel = row.currentLevel ?? tickedLevel(scope, row.currentText, taught);
  return { row: { ...row, currentLevel, ...(unread.some((u) => u.level) ? { levelTaught: true } : {}) }, unread };
}

/** The longest option text a level can be taught for (utils/background/message-schemas.ts). */
const MAX_TAUGHT_TEXT = 200;

function readAll(model: PageModel, words: ReadonlyMap<string, TaughtLevel>) {
  const table = model.language ? tableByCode(model.language) : null;
  // The account-level form's resources have no documented order: no level by place there.
  const rows = model.kind === 'account-level' ? null : storeScopes();
  const contradicted = new Map<string, TaughtLevel>();
  const questions = new Map<number, UnreadWord[]>();
  const asked = new Set<string>();
  const read = model.rows.map((row) => {
    const scope = row.scopeId ? scopeById(row.scopeId) : null;
    if (!scope) return row;
    // Checkbox groups: each box is a level; a box no table reads is asked about like an option.
    const { row: out, unread } = row.control === 'checkboxes' ? readBoxes(row, scope, words) : readRow(row, scope, table, words, rows, contradicted);
    const mine = unread.filter((u) => !u.foreign && u.text.length <= MAX_TAUGHT_TEXT && !asked.has(normalizeLabel(u.text)));
    for (const u of mine) asked.add(normalizeLabel(u.text));
    if (mine.length) questions.set(row.key, mine.map(({ text, level }) => ({ text, level })));
    return out;
  });
  return { model: { ...model, rows: read }, questions, contradicted: [...contradicted.values()] };
}

/**
 * `words`: the level words taught for this form and language (./taught.ts taughtWords). A word the
 * page contradicts is left out of the whole reading (not only the rows read after it was found),
 * and out of `words` in the result, which the fill chooses options by.
 */
export function readLevels(model: PageModel, words: ReadonlyMap<string, TaughtLevel> = new Map()): LevelReading {
  const first = readAll(model, words);
  if (first.contradicted.length === 0) return { ...first, words };
  const kept = new Map([...words].filter(([, e]) => !first.contradicted.some((c) => c.id === e.id)));
  return { ...readAll(model, kept), contradicted: first.contradicted, words: kept };
}
