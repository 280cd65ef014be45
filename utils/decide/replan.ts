/**
 * The rest of a fill, planned in the content script on the form the page re-rendered after the
 * token type changed, from the targets the decision before the fill carried (./decide.ts
 * fillTargets): no second round trip to the background. Types only in its imports, so it adds a
 * few hundred bytes to the content script. Rows it cannot identify by their own reading are left
 * to the check after the fill, which names them.
 */
import type { PageModel } from '../form/model';
import type { FillStep, FillTargets } from './types';

export function planOnTargets(model: PageModel, targets: FillTargets): FillStep[] {
  const steps: FillStep[] = [];
  if (model.name !== null && model.name.trim() === '' && targets.name) steps.push({ kind: 'name', value: targets.name });
  if (targets.access && model.accessLevel && model.accessLevel.current !== targets.access) {
    steps.push({ kind: 'access-level', key: model.accessLevel.key, access: targets.access });
  }
  for (const row of model.rows) {
    const target = row.scopeId === null ? undefined : targets.levels[row.scopeId];
    if (target === undefined || row.currentLevel === target) continue;
    steps.push({ kind: 'scope', key: row.key, scopeId: row.scopeId!, label: row.label, level: target, byPosition: row.signal === 'position' });
  }
  return steps;
}
