/**
 * Collect → decide → execute → re-read, for one click on "Fill form".
 */
import { diffForm } from '../form/diff';
import { planFill } from '../form/plan';
import type { Preset } from '../presets/types';
import { executeFill, type FillFailure } from './execute-fill';
import { type FormFlavour, scanForm, STORE_FORM } from './scan-form';

export interface FillOutcome {
  /** Steps the executor could not perform. */
  failures: FillFailure[];
  /** Known rows that are still not right after filling: what the user must set by hand. */
  notSet: string[];
}

/** `excluded`: optional rows the merchant left out; they are set to their default.
 *  `flavour`: which create form (the account-level one is passed in by its own script). */
export async function fillForm(root: Document, preset: Preset, excluded?: ReadonlySet<string>, flavour: FormFlavour = STORE_FORM): Promise<FillOutcome> {
  const scan = () => scanForm(root, flavour);
  const { setRow } = flavour;
  let form = scan();
  let steps = planFill(form.model, diffForm(form.model, preset, excluded), preset);
  const failures: FillFailure[] = [];
  const tokenStep = steps.find((s) => s.kind === 'token-type');
  if (tokenStep) {
    // Switching the token type can re-render the form, so the rest is planned on a fresh scan.
    failures.push(...(await executeFill(form, [tokenStep], root, setRow)));
    form = scan();
    steps = planFill(form.model, diffForm(form.model, preset, excluded), preset).filter((s) => s.kind !== 'token-type');
  }
  failures.push(...(await executeFill(form, steps, root, setRow)));
  const after = scan();
  const diff = diffForm(after.model, preset, excluded);
  return {
    failures,
    notSet: diff.rows.filter((r) => r.status !== 'right').map((r) => r.label),
  };
}
