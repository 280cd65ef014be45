/**
 * Execute a fill plan against the scanned form, step by step. Never presses Save.
 */
import { ACCOUNT_LEVEL_CODE } from '../build-flags';
import type { FillStep } from '../form/plan';
import { tokenTypeMatches } from '../form/token-type';
import { rowById } from '../scopes/rows';
import { findLevel, levelIdOf } from '../scopes/match';
import type { ScannedForm } from './scan-form';
import { type ControlHandle, findLabelledInput, NAME_LABEL } from './find-controls';
import { setControl, setTextInput, type TextMatcher } from './set-value';

/** scheduler.yield() where the browser has it (Chrome ≥ 129); else a macrotask via MessageChannel (no 4 ms clamp). */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Main-thread time one task may take before the fill gives the page the thread back: under the
 * 50 ms that makes a long task. Each yield costs the page a frame (style, layout, paint) and
 * whatever work it had deferred, so the fill yields only when the next step would not fit.
 */
const TASK_BUDGET_MS = 45;

/**
 * Time slices for the steps: most of a step is the page's own render of the click, so the
 * costliest recent step predicts the next one (its cost shrinks only slowly, so one quick step
 * does not invite a long task).
 */
function slicer() {
  let sliceStart = performance.now();
  let expected = 0;
  return {
    /** Before a step: yield first unless the step is expected to fit in this task. */
    async before(): Promise<void> {
      if (performance.now() - sliceStart + expected <= TASK_BUDGET_MS) return;
      await yieldToPage();
      sliceStart = performance.now();
    },
    /** After a step that began at `stepStart`. */
    after(stepStart: number): void {
      expected = Math.max(performance.now() - stepStart, expected * 0.75);
    },
  };
}

export interface FillFailure {
  /** What could not be set, as the page labels it. */
  label: string;
  reason: 'no-control' | 'no-option' | 'not-accepted' | 'page-changed';
}

function matcherFor(step: Exclude<FillStep, { kind: 'name' }>): TextMatcher {
  if (step.kind === 'token-type') return (text) => tokenTypeMatches(text, step.tokenType);
  const scope = rowById(step.scopeId);
  return (text) => (scope ? (ACCOUNT_LEVEL_CODE ? levelIdOf(scope, text) : findLevel(scope, text)?.id) === step.level : false);
}

/** Sets a row whose control the dropdown setters do not know (account-level checkboxes); the
 *  form flavour that found such controls provides it. */
export type SetOtherRow = (handle: ControlHandle, step: Extract<FillStep, { kind: 'scope' }>) => boolean;

export async function executeFill(form: ScannedForm, steps: FillStep[], root: Document = document, setOther?: SetOtherRow): Promise<FillFailure[]> {
  const failures: FillFailure[] = [];
  const startUrl = root.location?.href;
  const slices = slicer();
  for (const step of steps) {
    await slices.before();
    const stepStart = performance.now();
    if (root.location?.href !== startUrl) {
      failures.push({ label: step.kind === 'scope' ? step.label : step.kind, reason: 'page-changed' });
      continue;
    }
    if (step.kind === 'name') {
      const input = findLabelledInput(root, NAME_LABEL);
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
    const set = ACCOUNT_LEVEL_CODE && handle.kind === 'checkboxes' ? step.kind === 'scope' && !!setOther?.(handle, step) : await setControl(handle, matcherFor(step));
    if (!set) failures.push({ label, reason: 'not-accepted' });
    slices.after(stepStart);
  }
  return failures;
}
