/**
 * The account-level create form (control-panel.md §5; markup unverified, §12.9): a FormFlavour
 * for scanForm. Designed for both candidates: one checkbox per level in a labelled group per
 * resource ("more than one option per resource", dev blog 2023), or the same dropdowns as the
 * store-level form. Bundled only into the account-level content script.
 */
import type { AnyLevelId } from '../form/model';
import { ACCOUNT_SCOPES } from '../scopes/account-catalogue';
import { findLevel, levelIdOf, levelRank } from '../scopes/match';
import { registerRows, type AnyRow } from '../scopes/rows';
import { cleanText, type ControlHandle } from './find-controls';
import type { SetOtherRow } from './execute-fill';
import type { FormFlavour } from './scan-form';

registerRows(ACCOUNT_SCOPES);

/** The account-level API path's shape (control-panel.md §1); found by shape, in any language. */
const ACCOUNT_API_PATH = /https:\/\/api\.bigcommerce\.com\/accounts\/[0-9a-f-]{36}\/graphql/i;

function textOfIds(doc: Document, ids: string | null): string {
  return cleanText((ids ?? '').split(/\s+/).map((id) => (id ? doc.getElementById(id)?.textContent : '')).join(' '));
}

/**
 * Account-level form (unverified, control-panel.md §5/§12.9): a resource's levels as checkboxes
 * in one labelled group: <fieldset><legend>, or role=group named by aria-labelledby/aria-label.
 * Each checkbox is named by its <label> or aria-label.
 */
export function findCheckboxGroups(root: ParentNode): ControlHandle[] {
  const handles: ControlHandle[] = [];
  for (const group of root.querySelectorAll('fieldset, [role="group"]')) {
    const inputs = Array.from(group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    // The innermost group only (a fieldset around the whole scope list is not a resource).
    if (!inputs[0] || group.querySelector('fieldset, [role="group"]')) continue;
    const legend = group.querySelector('legend');
    const label = cleanText(legend?.textContent) || textOfIds(group.ownerDocument, group.getAttribute('aria-labelledby')) || cleanText(group.getAttribute('aria-label'));
    handles.push({
      kind: 'checkboxes',
      element: inputs[0],
      roleElement: group,
      label,
      labelElement: legend,
      container: group,
      checkboxes: inputs.map((input) => ({ input, text: cleanText(input.labels?.[0]?.textContent ?? input.getAttribute('aria-label')) })),
    });
  }
  return handles;
}

/**
 * A resource's level as ticked checkboxes: none ticked is 'none'; the lowest levels ticked up to
 * some level is that level; anything else (a gap, an unknown box ticked) is null: not guessed.
 */
function tickedLevel(row: AnyRow, handle: ControlHandle): AnyLevelId | null {
  let top = -1;
  let count = 0;
  for (const { input, text } of handle.checkboxes ?? []) {
    if (!input.checked) continue;
    const level = findLevel(row, text);
    if (!level) return null;
    count++;
    top = Math.max(top, levelRank(row, level.id));
  }
  return count === top + 1 ? ((row.levels[top]?.id ?? 'none') as AnyLevelId) : null;
}

/** Checkboxes: a click per box that must change (a click is what React's onChange hears). */
function setCheckboxes(handle: ControlHandle, wanted: (levelText: string) => boolean | null): boolean {
  let ok = true;
  for (const { input, text } of handle.checkboxes ?? []) {
    const want = wanted(text);
    // A box whose level is unknown is left as it is (the diff reports the row).
    if (want === null || input.checked === want) continue;
    if (input.disabled) ok = false;
    else input.click();
    if (input.checked !== want) ok = false;
  }
  return ok;
}

/** Every level up to the step's ticked, every one above it unticked; unknown boxes left alone. */
const setRow: SetOtherRow = (handle, step) => {
  const row = ACCOUNT_SCOPES.find((r) => r.id === step.scopeId);
  return !!row && setCheckboxes(handle, (text) => {
    const level = findLevel(row, text);
    return level ? levelRank(row, level.id) <= levelRank(row, step.level) : null;
  });
};

export const ACCOUNT_FORM: FormFlavour = {
  kind: 'account-level',
  rows: ACCOUNT_SCOPES,
  setRow,
  moreControls: findCheckboxGroups,
  levelOf: (row, handle, text) => (handle.kind === 'checkboxes' ? tickedLevel(row, handle) : (levelIdOf(row, text) as AnyLevelId | null)),
  apiPath(root) {
    for (const input of root.querySelectorAll('input')) if (ACCOUNT_API_PATH.test(input.value)) return input.value.trim();
    return ACCOUNT_API_PATH.exec(root.textContent ?? '')?.[0] ?? null;
  },
};
