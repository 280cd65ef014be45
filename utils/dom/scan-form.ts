/**
 * Collect: scan the create form into a plain PageModel, keeping the DOM handles beside it
 * (handles[key]) for the executor and the markers.
 */
import { ACCOUNT_LEVEL_CODE } from '../build-flags';
import type { AnyLevelId, PageModel, ScopeRowModel } from '../form/model';
import { STORE_SCOPES } from '../scopes/catalogue';
import { findLevel, findScopeRow } from '../scopes/match';
import type { AnyRow } from '../scopes/rows';
import type { SetOtherRow } from './execute-fill';
import { type ControlHandle, currentText, findControls, findLabelledInput, lowestCommonAncestor, NAME_LABEL, offeredTexts } from './find-controls';

export interface ScannedForm {
  model: PageModel;
  /** Indexed by the model's `key`. */
  handles: ControlHandle[];
}

const TOKEN_TYPE_LABEL = /^token type\b/i;

/**
 * Which create form is scanned. The store-level one is built in; the account-level one
 * (utils/dom/account-form.ts) adds checkbox groups, its own catalogue and the API path by shape,
 * and is bundled only into the script that needs it.
 */
export interface FormFlavour {
  kind: 'store-level' | 'account-level';
  rows: readonly AnyRow[];
  /** Controls beside the dropdowns (account-level: checkbox groups). */
  moreControls?(root: ParentNode): ControlHandle[];
  /** How a row's level is read; the store form's dropdowns name it in their text. */
  levelOf?(row: AnyRow, handle: ControlHandle, text: string): AnyLevelId | null;
  /** When no input is labelled "API path". */
  apiPath?(root: Document | Element): string | null;
  /** Sets a row of a kind only this flavour has (account-level: checkboxes). */
  setRow?: SetOtherRow;
}

export const STORE_FORM: FormFlavour = {
  kind: 'store-level',
  rows: STORE_SCOPES,
};

export function scanForm(root: Document | Element, flavour: FormFlavour = STORE_FORM): ScannedForm {
  // ACCOUNT_LEVEL_CODE is false in bc.js's build: its branches are not in that bundle.
  const handles = [...findControls(root), ...((ACCOUNT_LEVEL_CODE && flavour.moreControls?.(root)) || [])];
  const rows: ScopeRowModel[] = [];
  let tokenType: PageModel['tokenType'] = null;
  const unknown: ScopeRowModel[] = [];

  handles.forEach((handle, key) => {
    const text = currentText(handle);
    if (TOKEN_TYPE_LABEL.test(handle.label)) {
      tokenType ??= { key, control: handle.kind, currentText: text };
      return;
    }
    const scope = findScopeRow(handle.label, flavour.rows);
    const row: ScopeRowModel = {
      key,
      label: handle.label,
      scopeId: scope?.id ?? null,
      control: handle.kind,
      currentText: text,
      currentLevel: !scope ? null : ACCOUNT_LEVEL_CODE && flavour.levelOf ? flavour.levelOf(scope, handle, text) : ((findLevel(scope, text)?.id as AnyLevelId | undefined) ?? null),
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
  // Document order (extra controls were collected after the dropdowns).
  rows.sort((a, b) => (!ACCOUNT_LEVEL_CODE ? a.key - b.key : handles[a.key]!.roleElement.compareDocumentPosition(handles[b.key]!.roleElement) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));

  return {
    model: {
      ...(ACCOUNT_LEVEL_CODE && flavour.kind === 'account-level' && { kind: 'account-level' as const }),
      tokenType,
      name: findLabelledInput(root, NAME_LABEL)?.value ?? null,
      apiPath: findLabelledInput(root, /^api path\b/i)?.value ?? ((ACCOUNT_LEVEL_CODE && flavour.apiPath?.(root)) || null),
      rows,
    },
    handles,
  };
}
