/**
 * Collect → decide → execute → re-read, for one click on "Fill form": one question to the
 * background before the fill and one after. The deciding is the background's (utils/decide/);
 * this side reads and drives the page. Part of the on-demand page UI (components/page/ui.ts), not of
 * the content script: a fill only ever follows the panel's or the popup's Fill, on a page whose
 * panel has loaded it (budget: docs/content-script-budget.md).
 */
import type { PageDecision } from '../decide/types';
import { planOnTargets } from '../decide/replan';
import { decide } from './decide-request';
import { executeFill, type FillFailure } from './execute-fill';
import { scanForm, type ScannedForm } from './scan-form';
import { waitFor } from './set-value';

export interface FillOutcome {
  /** The form as the fill left it, and the background's reading of it, with the fill's outcome
   *  in words (null: no answer). */
  form: ScannedForm;
  after: PageDecision | null;
}

/**
 * `scan`: reads the form being filled (the store-level one, or the account-level one). `shown`:
 * the reading the panel shows a decision for (its answer to the newest reading, for this preset);
 * when the form still reads the same, that decision is the one the background would give now, so
 * the fill starts without the round trip (it took 5–50 ms on a busy machine before any row moved).
 */
export async function fillForm(
  root: Document,
  presetId: string,
  scan: (root: Document) => ScannedForm = scanForm,
  shown: { form: ScannedForm; decision: PageDecision } | null = null,
): Promise<FillOutcome> {
  const start = performance.now();
  let form = scan(root);
  const current = shown && JSON.stringify(shown.form.model) === JSON.stringify(form.model);
  const before = current ? shown.decision : await decide(form, presetId, null);
  // Without a question to the background first, the first rows are set in the task that read the
  // form: the reading counts towards that task's time (a time from an earlier task only makes the
  // fill yield once more before its first row).
  const since = current ? start : undefined;
  let steps = before?.steps ?? [];
  const failures: FillFailure[] = [];
  const tokenStep = steps.find((s) => s.kind === 'token-type');
  if (tokenStep && before?.targets) {
    // Switching the token type can re-render the form, so the rest is planned on a fresh scan.
    failures.push(...(await executeFill(form, [tokenStep], root, since)));
    // To or from Stencil-CLI the page swaps the rows for the access level (or back), once its
    // state has caught up with the choice (a task later in BigDesign): plan on that form.
    const stencilBefore = form.model.accessLevel !== null;
    if (stencilBefore || tokenStep.tokenType === 'stencil-cli') {
      await waitFor(root.body, () => ((scan(root).model.accessLevel !== null) !== stencilBefore ? true : null));
    }
    form = scan(root);
    steps = planOnTargets(form.model, before.targets);
  }
  failures.push(...(await executeFill(form, steps, root, since)));
  const after = scan(root);
  return { form: after, after: await decide(after, presetId, null, failures.map((f) => f.label)) };
}
