/**
 * Decide, for the content script: how the form it read stands against a preset (diff), the words
 * for it (headline, problems, markers), the preset's optional rows with their ticks, and the steps
 * a fill would take. Here rather than in the content script because it is pure logic and words,
 * and the content script's budget is for reading and driving the page (collect → decide →
 * execute, with decide in the background).
 */
import { describeDiff } from './status-text';
import { markerViews } from './marker-text';
import { diffForm } from './diff';
import type { PageModel } from '../form/model';
import { planFill } from './plan';
import { optionalRowIds } from '../presets/choice';
import { presetKind, type Preset } from '../presets/types';
import { t } from '../i18n';
import { scopeById } from '../scopes/registry';
import { readPositions } from './structure';
import type { Decision, FillReport, FormDiff, StatusView } from './types';

/** "Form filled" only when everything was set and verified on the fresh reading; else why not. */
function fillOutcome(model: PageModel, diff: FormDiff | null, view: StatusView, failed: readonly string[]): FillReport {
  const notSet = [...new Set([...failed, ...(diff?.rows.filter((r) => r.status !== 'right').map((r) => r.label) ?? [])])];
  const byPosition = model.rows.some((r) => r.signal === 'position');
  let message = t('content_fillDone');
  if (notSet.length) message = t('content_fillCouldNotSet', notSet.join(', '));
  else if (!view.verified) message = t(byPosition && view.problems.length <= 1 ? 'content_fillByPosition' : 'content_fillPartial');
  const ok = notSet.length === 0 && view.verified;
  // The popup lists these under the fill's message: the headline too when something is wrong.
  return { ok, message, notSet, problems: ok ? view.problems : [view.status, ...view.problems] };
}

/**
 * `excluded`: the preset's optional rows the merchant left out on this store
 * (utils/presets/choice-store.ts). `failed`: given after a fill, the labels of its steps that failed.
 */
export function decide(
  read: PageModel,
  preset: Preset | null,
  lastFill: FillReport | null,
  excluded: ReadonlySet<string> = new Set(),
  failed?: readonly string[],
): Decision {
  // The account-level form is read by its labels only (structure knows the store-level list).
  const model = read.kind === 'account-level' ? read : readPositions(read);
  // A preset for the other create form does not apply here (the panel offers only this form's).
  if (preset && presetKind(preset) !== (read.kind ?? 'store-level')) preset = null;
  const formShown = model.rows.some((r) => r.scopeId) || model.accessLevel !== null;
  const diff = preset && formShown ? diffForm(model, preset, excluded) : null;
  const view = describeDiff(model, diff, preset, lastFill);
  return {
    model,
    diff,
    view,
    markers: markerViews(model, diff),
    steps: preset && diff ? planFill(model, diff, preset) : [],
    optional: preset
      ? optionalRowIds(preset).map((id) => ({ id, text: t('content_includeRow', scopeById(id)?.label ?? id), included: !excluded.has(id) }))
      : [],
    fill: failed ? fillOutcome(model, diff, view, failed) : null,
  };
}
