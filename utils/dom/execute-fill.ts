/**
 * Execute a fill plan against the scanned form, step by step. Never presses Save.
 */
import type { FillStep } from '../form/plan';
import { tokenTypeMatches } from '../form/token-type';
import { rowById } from '../scopes/rows';
import { levelIdOf } from '../scopes/match';
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

/** Work between yields; under the 50 ms that makes a long task, with room for the page's own commit. */
const SLICE_MS = 30;

export interface FillFailure {
  /** What could not be set, as the page labels it. */
  label: string;
  reason: 'no-control' | 'no-option' | 'not-accepted' | 'page-changed';
}

function matcherFor(step: Exclude<FillStep, { kind: 'name' }>): TextMatcher {
  if (step.kind === 'token-type') return (text) => tokenTypeMatches(text, step.tokenType);
  const scope = rowById(step.scopeId);
  return (text) => (scope ? levelIdOf(scope, text) === step.level : false);
}

/** Sets a row whose control the dropdown setters do not know (account-level checkboxes); the
 *  form flavour that found such controls provides it. */
export type SetOtherRow = (handle: ControlHandle, step: Extract<FillStep, { kind: 'scope' }>) => boolean;

export async function executeFill(form: ScannedForm, steps: FillStep[], root: Document = document, setOther?: SetOtherRow): Promise<FillFailure[]> {
  const failures: FillFailure[] = [];
  const startUrl = root.location?.href;
  let sliceStart = performance.now();
  for (const step of steps) {
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
    const set = handle.kind === 'checkboxes' ? step.kind === 'scope' && !!setOther?.(handle, step) : await setControl(handle, matcherFor(step));
    if (!set) failures.push({ label, reason: 'not-accepted' });
    // Give the page the main thread back before a task grows long (50 ms), not after every row:
    // each yield costs a frame of the page's own work.
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return failures;
}
