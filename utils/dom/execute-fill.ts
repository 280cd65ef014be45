/**
 * Execute a fill plan against the scanned form, step by step. Never presses Save.
 */
import { tokenTypeMatches } from '../form/token-type';
import { levelForText, type TextTable } from '../scopes/identify';
import { levelRank, normalizeLabel } from '../scopes/match';
import { scopeById } from '../scopes/registry';
import { accessFromText, type ScannedForm } from './scan-form';
import { currentText } from './find-controls';
import { currentIndex } from './options';
import { setControl, setTextInput, waitFor, type TextMatcher } from './set-value';
import type { FillStep } from '../decide/types';
import { slicer } from './fill-slices';

export interface FillFailure {
  /** What could not be set, as the page labels it. */
  label: string;
  reason: 'no-control' | 'no-option' | 'not-accepted' | 'page-changed';
}

function matcherFor(step: Exclude<FillStep, { kind: 'name' }>, table: TextTable | null): TextMatcher {
  if (step.kind === 'token-type') return (text) => tokenTypeMatches(text, step.tokenType);
  if (step.kind === 'access-level') return (text) => accessFromText(text, table) === step.access;
  const scope = scopeById(step.scopeId);
  if (!scope) return () => false;
  // A row read by its place has its levels read by option order too (None first, …).
  if (step.byPosition) return (_text, index) => index === levelRank(scope, step.level);
  // An option text the merchant taught for this level, where no table reads it (utils/decide/read-levels.ts).
  // A table's reading wins: a taught word is used only for an option no table reads.
  const taught = step.texts?.map(normalizeLabel);
  return (text) => {
    const read = levelForText(scope, text, table);
    return read ? read.id === step.level : !!taught?.includes(normalizeLabel(text));
  };
}

/** Clicks the wanted button or radio of the access level's group. */
function setAccessChoice(form: ScannedForm, step: Extract<FillStep, { kind: 'access-level' }>): boolean {
  const choice = form.accessGroup?.choices.find((c) => c.access === step.access);
  if (!choice?.element.isConnected) return false;
  choice.element.click();
  return true;
}

/** `since`: when the task the fill starts in began its work (the reading before it counts
 *  towards the first slice, so that slice is not a long task). */
export async function executeFill(form: ScannedForm, steps: FillStep[], root: Document = document, since = performance.now()): Promise<FillFailure[]> {
  const failures: FillFailure[] = [];
  const startUrl = root.location?.href;
  const slices = slicer(since);
  /** Options clicked, not yet seen in their inputs. */
  const clicked: Array<{ label: string; shown: () => boolean }> = [];
  for (const step of steps) {
    await slices.before();
    const stepStart = performance.now();
    if (root.location?.href !== startUrl) {
      failures.push({ label: step.kind === 'scope' ? step.label : step.kind, reason: 'page-changed' });
      continue;
    }
    if (step.kind === 'name') {
      const input = form.nameInput;
      if (!input?.isConnected) failures.push({ label: 'Name', reason: 'no-control' });
      else if (!setTextInput(input, step.value)) failures.push({ label: 'Name', reason: 'not-accepted' });
      continue;
    }
    const label = step.kind === 'scope' ? step.label : step.kind === 'token-type' ? 'Token type' : 'Access level';
    if (step.kind === 'access-level' && step.key < 0) {
      if (!setAccessChoice(form, step)) failures.push({ label, reason: 'no-control' });
      continue;
    }
    const handle = form.handles[step.key];
    if (!handle?.element.isConnected) {
      failures.push({ label, reason: 'no-control' });
      continue;
    }
    // A control only the form's own adapter knows (account-level checkboxes) is set by it.
    const set = form.setRow?.(handle, step) ?? (await setControl(handle, matcherFor(step, form.table), currentIndex(handle, currentText(handle))));
    if (set === false) failures.push({ label, reason: 'not-accepted' });
    else if (set !== true) clicked.push({ label, shown: set });
    slices.after(stepStart);
  }
  // Every clicked option is checked once, after the last click: the page renders each choice a
  // frame or so later, and waiting for each in turn made the fill wait a frame per row.
  if (clicked.length > 0) {
    await waitFor(root.body ?? root.documentElement, () => (clicked.every((c) => c.shown()) ? true : null));
    for (const c of clicked) if (!c.shown()) failures.push({ label: c.label, reason: 'not-accepted' });
  }
  return failures;
}
