/**
 * Collect → decide → execute → re-read, for one click on "Fill form". The deciding (diff and
 * plan) is the background's (utils/background/decide.ts); this side reads and drives the page.
 */
import { sendToBackground } from '../messaging/send';
import type { Preset } from '../presets/types';
import { executeFill, type FillFailure } from './execute-fill';
import { scanForm, type ScannedForm } from './scan-form';
import { waitFor } from './set-value';
import type { Decision, FillReport } from '../decide/types';

export interface FillOutcome {
  /** The form as the fill left it, and the background's reading of it, with the fill's outcome
   *  in words (null: no answer). */
  form: ScannedForm;
  after: Decision | null;
}

/** The background's decision on a reading of the form; null when it does not answer. The optional
 *  rows left out (issue 13) are the background's to know: a left-out row's target is its default. */
export function decide(form: ScannedForm, preset: Preset | null, lastFill: FillReport | null, failed?: string[]): Promise<Decision | null> {
  return sendToBackground('form:decide', { model: form.model, preset, lastFill, failed });
}

/** `scan`: reads the form being filled (the store-level one, or the account-level one). */
export async function fillForm(root: Document, preset: Preset, scan: (root: Document) => ScannedForm = scanForm): Promise<FillOutcome> {
  let form = scan(root);
  let steps = (await decide(form, preset, null))?.steps ?? [];
  const failures: FillFailure[] = [];
  const tokenStep = steps.find((s) => s.kind === 'token-type');
  if (tokenStep) {
    // Switching the token type can re-render the form, so the rest is planned on a fresh scan.
    failures.push(...(await executeFill(form, [tokenStep], root)));
    // To or from Stencil-CLI the page swaps the rows for the access level (or back), once its
    // state has caught up with the choice (a task later in BigDesign): plan on that form.
    const stencilBefore = form.model.accessLevel !== null;
    if (stencilBefore || tokenStep.tokenType === 'stencil-cli') {
      await waitFor(root.body, () => ((scan(root).model.accessLevel !== null) !== stencilBefore ? true : null));
    }
    form = scan(root);
    steps = ((await decide(form, preset, null))?.steps ?? []).filter((s) => s.kind !== 'token-type');
  }
  failures.push(...(await executeFill(form, steps, root)));
  const after = scan(root);
  return { form: after, after: await decide(after, preset, null, failures.map((f) => f.label)) };
}
