/**
 * Decide: the steps that bring a form to a preset. Pure; the DOM adapter executes them.
 * Every known row is driven to its target (the preset's level, else the row's default) so
 * nothing left over from earlier clicking stays over-granted. Rows already right are skipped.
 */
import { wantedAccess } from './diff';
import type { PageModel } from '../form/model';
import type { Preset } from '../presets/types';
import { tokenTypeMatches } from '../form/token-type';
import type { FillStep, FillTargets, FormDiff } from './types';

/** `texts`: the option texts taught for each level (a row whose words no table reads is set by them). */
export function planFill(model: PageModel, diff: FormDiff, preset: Preset, texts: FillTargets['texts'] = {}): FillStep[] {
  const steps: FillStep[] = [];
  // Token type first: switching it may re-render the rest of the form.
  if (model.tokenType && !tokenTypeMatches(model.tokenType.currentText, preset.tokenType)) {
    steps.push({ kind: 'token-type', key: model.tokenType.key, tokenType: preset.tokenType });
  }
  // Only an empty name is filled: a name the merchant typed is theirs.
  if (model.name !== null && model.name.trim() === '' && preset.accountName) {
    steps.push({ kind: 'name', value: preset.accountName });
  }
  const access = wantedAccess(preset);
  if (access && model.accessLevel && model.accessLevel.current !== access) {
    steps.push({ kind: 'access-level', key: model.accessLevel.key, access });
  }
  const boxes = new Set(model.rows.filter((r) => r.control === 'checkboxes').map((r) => r.key));
  const anyTaught = Object.keys(texts).length > 0;
  for (const row of diff.rows) {
    if (row.status === 'right') continue;
    const taught = texts[row.target];
    steps.push({
      kind: 'scope',
      key: row.key,
      scopeId: row.scopeId,
      label: row.label,
      level: row.target,
      byPosition: row.signal === 'position' || row.levelByPosition,
      ...(taught ? { texts: taught } : {}),
      // A checkbox group ticks every level up to the target: each box may be a taught word.
      ...(anyTaught && boxes.has(row.key) ? { boxTexts: texts } : {}),
    });
  }
  return steps;
}
