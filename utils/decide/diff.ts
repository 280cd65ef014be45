/**
 * Decide: how the form stands against a preset, row by row. Pure.
 */
import type { PageModel, RowSignal, ScopeRowModel, StencilAccess } from '../form/model';
import type { Preset } from '../presets/types';
import { levelRank } from '../scopes/match';
import { scopeById } from '../scopes/registry';
import type { LevelId } from '../scopes/types';
import { tokenTypeMatches } from '../form/token-type';

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
  current: LevelId | null;
  /** The preset's level, or the row's default when the preset does not name it. */
  target: LevelId;
  /** Whether the preset names this row at all. */
  inPreset: boolean;
  required: boolean;
  /** An optional row the merchant left out: its target is the row's default. */
  excluded: boolean;
  status: RowStatus;
  /** How the row was identified: 'position' rows must be checked by the user. */
  signal: RowSignal | null;
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
  /** The Stencil-CLI access level against a Stencil preset's; null when neither asks for one. */
  accessLevel: { wanted: StencilAccess; current: StencilAccess | null; present: boolean; ok: boolean } | null;
}

/** The access level a Stencil-CLI preset asks for: least privilege unless it says otherwise. */
export function wantedAccess(preset: Preset): StencilAccess | null {
  return preset.tokenType === 'stencil-cli' ? (preset.stencilAccess ?? 'local-development') : null;
}

/** Names must have at least four characters (BigCommerce's rule). */
export const MIN_NAME_LENGTH = 4;

function rowDiff(row: ScopeRowModel & { scopeId: string }, preset: Preset, excluded: ReadonlySet<string>): RowDiff | null {
  const scope = scopeById(row.scopeId);
  if (!scope) return null;
  const wanted = (preset.scopes as Record<string, { level: LevelId; required: boolean } | undefined>)[row.scopeId];
  const left = wanted !== undefined && !wanted.required && excluded.has(row.scopeId);
  const target = wanted && !left ? wanted.level : scope.defaultLevel;
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
    signal: row.signal,
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
  const absentScopes = Object.keys(preset.scopes).filter((id) => !present.has(id) && !excluded.has(id));
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
    accessLevel: accessDiff(model, preset),
  };
}

function accessDiff(model: PageModel, preset: Preset): FormDiff['accessLevel'] {
  const wanted = wantedAccess(preset);
  if (!wanted) return null;
  const current = model.accessLevel?.current ?? null;
  return { wanted, current, present: model.accessLevel !== null, ok: current === wanted };
}
