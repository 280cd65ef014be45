/**
 * The rest of a fill, planned in the content script on the form the page re-rendered after the
 * token type changed, from the targets the decision before the fill carried (./decide.ts
 * fillTargets): no second round trip to the background. Types only in its imports, so it adds a
 * few hundred bytes to the content script. The content script's own reading identifies rows by
 * attribute or label only (position is the background's), so no step here is by position; rows
 * it cannot identify are left to the check after the fill, which names them.
 */
import type { PageModel } from '../form/model';
import type { FillStep, FillTargets } from './types';

export function planOnTargets(model: PageModel, { name, access, levels, texts }: FillTargets): FillStep[] {
  const steps: FillStep[] = [];
  if (name && model.name?.trim() === '') steps.push({ kind: 'name', value: name });
  const current = model.accessLevel;
  if (access && current && current.current !== access) steps.push({ kind: 'access-level', key: current.key, access });
  for (const { key, scopeId, label, currentLevel } of model.rows) {
    const level = scopeId && levels[scopeId];
    if (level && level !== currentLevel) steps.push({ kind: 'scope', key, scopeId, label, level, byPosition: false, texts: texts[level] });
  }
  return steps;
}
