/**
 * Collect: scan the create form into a plain PageModel, keeping the DOM handles beside it
 * (handles[key]) for the executor and the markers.
 */
import type { PageModel, ScopeRowModel } from '../form/model';
import { findLevel, findScopeRow } from '../scopes/match';
import { type ControlHandle, currentText, findControls, findLabelledInput, lowestCommonAncestor, NAME_LABEL, offeredTexts } from './find-controls';

export interface ScannedForm {
  model: PageModel;
  /** Indexed by the model's `key`. */
  handles: ControlHandle[];
}

const TOKEN_TYPE_LABEL = /^token type\b/i;

export function scanForm(root: Document | Element): ScannedForm {
  const handles = findControls(root);
  const rows: ScopeRowModel[] = [];
  let tokenType: PageModel['tokenType'] = null;
  const unknown: ScopeRowModel[] = [];

  handles.forEach((handle, key) => {
    const text = currentText(handle);
    if (TOKEN_TYPE_LABEL.test(handle.label)) {
      tokenType ??= { key, control: handle.kind, currentText: text };
      return;
    }
    const scope = findScopeRow(handle.label);
    const row: ScopeRowModel = {
      key,
      label: handle.label,
      scopeId: scope?.id ?? null,
      control: handle.kind,
      currentText: text,
      currentLevel: scope ? (findLevel(scope, text)?.id ?? null) : null,
      offered: offeredTexts(handle),
    };
    (scope ? rows : unknown).push(row);
  });

  // A control the catalogue does not know counts as a scope row only inside the scope list,
  // so unrelated dropdowns elsewhere on the page (store switchers, filters) are not reported.
  const scopeList = rows.length > 1 ? lowestCommonAncestor(rows.map((r) => handles[r.key]!.container)) : null;
  for (const row of unknown) {
    if (scopeList?.contains(handles[row.key]!.roleElement)) rows.push(row);
  }
  rows.sort((a, b) => a.key - b.key);

  return {
    model: {
      tokenType,
      name: findLabelledInput(root, NAME_LABEL)?.value ?? null,
      apiPath: findLabelledInput(root, /^api path\b/i)?.value ?? null,
      rows,
    },
    handles,
  };
}
