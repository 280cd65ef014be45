/**
 * Execute a fill plan against the scanned form, step by step. Never presses Save.
 */
import type { FillStep } from '../fill-plan';
import { tokenTypeMatches } from '../form-diff';
import { scopeById } from '../scopes/catalogue';
import { findLevel } from '../scopes/match';
import type { ScannedForm } from './scan-form';
import { findLabelledInput } from './find-controls';
import { setControl, setTextInput, type TextMatcher } from './set-value';

export interface FillFailure {
  /** What could not be set, as the page labels it. */
  label: string;
  reason: 'no-control' | 'no-option' | 'not-accepted' | 'page-changed';
}

function matcherFor(step: Exclude<FillStep, { kind: 'name' }>): TextMatcher {
  if (step.kind === 'token-type') return (text) => tokenTypeMatches(text, step.tokenType);
  const scope = scopeById(step.scopeId);
  return (text) => (scope ? findLevel(scope, text)?.id === step.level : false);
}

export async function executeFill(form: ScannedForm, steps: FillStep[], root: Document = document): Promise<FillFailure[]> {
  const failures: FillFailure[] = [];
  const startUrl = root.location?.href;
  for (const step of steps) {
    if (root.location?.href !== startUrl) {
      failures.push({ label: step.kind === 'scope' ? step.label : step.kind, reason: 'page-changed' });
      continue;
    }
    if (step.kind === 'name') {
      const input = findLabelledInput(root, /^(account |api account )?name\b/i);
      if (!input) failures.push({ label: 'Name', reason: 'no-control' });
      else if (!setTextInput(input, step.value)) failures.push({ label: 'Name', reason: 'not-accepted' });
      continue;
    }
    const handle = form.handles[step.key];
    const label = step.kind === 'scope' ? step.label : 'Token type';
    if (!handle?.element.isConnected) {
      failures.push({ label, reason: 'no-control' });
      continue;
    }
    if (!(await setControl(handle, matcherFor(step)))) failures.push({ label, reason: 'not-accepted' });
  }
  return failures;
}
