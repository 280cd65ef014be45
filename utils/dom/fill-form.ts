/**
 * Collect → decide → execute → re-read, for one click on "Fill form": one question to the
 * background before the fill and one after. The deciding is the background's (utils/decide/);
 * this side reads and drives the page.
 */
import type { Decision, FillReport } from '../decide/types';
import { planOnTargets } from '../decide/replan';
import { sendToBackground } from '../messaging/send';
import { executeFill, type FillFailure } from './execute-fill';
import { scanForm, type ScannedForm } from './scan-form';
import { waitFor } from './set-value';

export interface FillOutcome {
  /** The form as the fill left it, and the background's reading of it, with the fill's outcome
   *  in words (null: no answer). */
  form: ScannedForm;
  after: Decision | null;
}

/** The background's decision on a reading of the form against the preset of this id; null when it
 *  does not answer. The optional rows left out are the background's to know: a left-out row's
 *  target is its default. */
export function decide(form: ScannedForm, presetId: string | null, lastFill: FillReport | null, failed?: string[]): Promise<Decision | null> {
  return sendToBackground('form:decide', { model: form.model, presetId, lastFill, failed });
}

/** `scan`: reads the form being filled (the store-level one, or the account-level one). */
export async function fillForm(root: Document, presetId: string, scan: (root: Document) => ScannedForm = scanForm): Promise<FillOutcome> {
  let form = scan(root);
  const before = await decide(form, presetId, null);
  let steps = before?.steps ?? [];
  const failures: FillFailure[] = [];
  const tokenStep = steps.find((s) => s.kind === 'token-type');
  if (tokenStep && before?.targets) {
    // Switching the token type can re-render the form, so the rest is planned on a fresh scan.
    failures.push(...(await executeFill(form, [tokenStep], root)));
    // To or from Stencil-CLI the page swaps the rows for the access level (or back), once its
    // state has caught up with the choice (a task later in BigDesign): plan on that form.
    const stencilBefore = form.model.accessLevel !== null;
    if (stencilBefore || tokenStep.tokenType === 'stencil-cli') {
      await waitFor(root.body, () => ((scan(root).model.accessLevel !== null) !== stencilBefore ? true : null));
    }
    form = scan(root);
    steps = planOnTargets(form.model, before.targets);
  }
  failures.push(...(await executeFill(form, steps, root)));
  const after = scan(root);
  return { form: after, after: await decide(after, presetId, null, failures.map((f) => f.label)) };
}
