/**
 * Decide: how the form stands against a preset, row by row. Pure.
 */
import { ACCOUNT_LEVEL_CODE } from '../build-flags';
import type { PageModel, ScopeRowModel } from './model';
import type { Preset } from '../presets/types';
import type { AnyLevelId } from './model';
import { levelRank } from '../scopes/match';
import { rowById } from '../scopes/rows';
import { tokenTypeMatches } from './token-type';

export type RowStatus =
  /** The preset names the row and the form is below it. */
  | 'missing'
  /** The form has the preset's level, or the default for a row the preset leaves alone. */
  | 'right'
  /** The form grants more than the preset needs (least privilege). */
  | 'over-granted'
  /** The row's current option text is not a level the catalogue knows. */
  | 'unrecognised';

export interface RowDiff {
  key: number;
  scopeId: string;
  label: string;
  current: AnyLevelId | null;
  /** The preset's level, or the row's default when the preset does not name it. */
  target: AnyLevelId;
  /** Whether the preset names this row at all. */
  inPreset: boolean;
  required: boolean;
  /** An optional row the merchant left out: its target is the row's default. */
  excluded: boolean;
  status: RowStatus;
}

export interface FormDiff {
  rows: RowDiff[];
  /** Rows on the page whose label the catalogue does not know. */
  unknownRows: string[];
  /** Scopes the preset names that the page does not show. */
  absentScopes: string[];
  /** How many known rows are right. */
  matching: number;
  name: { value: string | null; ok: boolean };
  tokenType: { value: string | null; ok: boolean };
}

/** Names must have at least four characters (BigCommerce's rule). */
export const MIN_NAME_LENGTH = 4;

/** The preset's rows for the form it is for: store-level scopes, or account-level resources. */
export function presetScopes(preset: Preset): Record<string, { level: AnyLevelId; required: boolean } | undefined> {
  return (ACCOUNT_LEVEL_CODE && preset.kind === 'account-level' ? preset.accountScopes ?? {} : preset.scopes) as Record<string, { level: AnyLevelId; required: boolean } | undefined>;
}

/** Store row or account-level resource. Account resources have no None level: unticked ranks -1,
 *  below every level, like None does on a store row. */
function rowDiff(row: ScopeRowModel & { scopeId: string }, preset: Preset, excluded: ReadonlySet<string>): RowDiff | null {
  const scope = rowById(row.scopeId);
  if (!scope) return null;
  const wanted = presetScopes(preset)[row.scopeId];
  const left = wanted !== undefined && !wanted.required && excluded.has(row.scopeId);
  const target = wanted && !left ? wanted.level : ((scope.defaultLevel ?? 'none') as AnyLevelId);
  let status: RowStatus;
  if (row.currentLevel === null) status = 'unrecognised';
  else {
    const have = levelRank(scope, row.currentLevel);
    const need = levelRank(scope, target);
    status = have === need ? 'right' : have < need ? 'missing' : 'over-granted';
  }
  return {
    key: row.key,
    scopeId: row.scopeId,
    label: row.label,
    current: row.currentLevel,
    target,
    inPreset: wanted !== undefined,
    required: wanted?.required ?? false,
    excluded: left,
    status,
  };
}

/** `excluded`: optional rows left out (utils/presets/choice.ts); they must be at their default. */
export function diffForm(model: PageModel, preset: Preset, excluded: ReadonlySet<string> = new Set()): FormDiff {
  const rows: RowDiff[] = [];
  const unknownRows: string[] = [];
  for (const row of model.rows) {
    const diff = row.scopeId === null ? null : rowDiff(row as ScopeRowModel & { scopeId: string }, preset, excluded);
    if (diff) rows.push(diff);
    else unknownRows.push(row.label);
  }
  const present = new Set(rows.map((r) => r.scopeId));
  // A left-out row the page does not show is at its default already.
  const absentScopes = Object.keys(presetScopes(preset)).filter((id) => !present.has(id) && !excluded.has(id));
  return {
    rows,
    unknownRows,
    absentScopes,
    matching: rows.filter((r) => r.status === 'right').length,
    name: { value: model.name, ok: (model.name?.trim().length ?? 0) >= MIN_NAME_LENGTH },
    tokenType: {
      value: model.tokenType?.currentText ?? null,
      ok: model.tokenType ? tokenTypeMatches(model.tokenType.currentText, preset.tokenType) : true,
    },
  };
}
