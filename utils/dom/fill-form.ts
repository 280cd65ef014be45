/**
 * Collect → decide → execute → re-read, for one click on "Fill form".
 */
import { diffForm } from '../form/diff';
import { planFill } from '../form/plan';
import type { Preset } from '../presets/types';
import { executeFill, type FillFailure } from './execute-fill';
import { scanForm } from './scan-form';

export interface FillOutcome {
  /** Steps the executor could not perform. */
  failures: FillFailure[];
  /** Known rows that are still not right after filling: what the user must set by hand. */
  notSet: string[];
}

/** `excluded`: optional rows the merchant left out; they are set to their default. */
export async function fillForm(root: Document, preset: Preset, excluded?: ReadonlySet<string>): Promise<FillOutcome> {
  let form = scanForm(root);
  let steps = planFill(form.model, diffForm(form.model, preset, excluded), preset);
  const failures: FillFailure[] = [];
  const tokenStep = steps.find((s) => s.kind === 'token-type');
  if (tokenStep) {
    // Switching the token type can re-render the form, so the rest is planned on a fresh scan.
    failures.push(...(await executeFill(form, [tokenStep], root)));
    form = scanForm(root);
    steps = planFill(form.model, diffForm(form.model, preset, excluded), preset).filter((s) => s.kind !== 'token-type');
  }
  failures.push(...(await executeFill(form, steps, root)));
  const after = scanForm(root);
  const diff = diffForm(after.model, preset, excluded);
  return {
    failures,
    notSet: diff.rows.filter((r) => r.status !== 'right').map((r) => r.label),
  };
}
