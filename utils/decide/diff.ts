/**
 * Decide: how the form stands against a preset, row by row. Pure.
 */
import type { PageModel, ScopeRowModel } from '../form/model';
import type { Preset } from '../presets/types';
import { levelRank } from '../scopes/match';
import { scopeById } from '../scopes/registry';
import { tokenTypeMatches } from '../form/token-type';
import type { FormDiff, RowDiff, RowStatus } from './types';
import type { StencilAccess } from '../scopes/types';

/** The access level a Stencil-CLI preset asks for: least privilege unless it says otherwise. */
export function wantedAccess(preset: Preset): StencilAccess | null {
  return preset.tokenType === 'stencil-cli' ? (preset.stencilAccess ?? 'local-development') : null;
}

/** Names must have at least four characters (BigCommerce's rule). */
export const MIN_NAME_LENGTH = 4;

function rowDiff(row: ScopeRowModel & { scopeId: string }, preset: Preset, excluded: ReadonlySet<string>): RowDiff | null {
  const scope = scopeById(row.scopeId);
  if (!scope) return null;
  const wanted = preset.scopes[row.scopeId];
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
    levelByPosition: row.levelByPosition === true,
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
