/**
 * Collect: scan the create form into a plain PageModel, keeping the DOM handles beside it
 * (handles[key]) for the executor and the markers.
 *
 * Each scope row is identified by the strongest signal that works (issue 10): an attribute
 * carrying its identity, or its label in English or the page's language. When most labels are
 * not understood, the background may read the list by position (utils/scopes/structure.ts).
 */
import type { PageModel, RowSignal, ScopeRowModel } from '../form/model';
import { tokenTypeFromText } from '../form/token-type';
import type { StoreScopeRow } from '../scopes/catalogue';
import { isUiText, levelForText, paramIn, rowForAttribute, rowForLabel, type TextTable } from '../scopes/identify';
import { floatingScopeIds, storeScopes } from '../scopes/registry';
import { type AccessGroup, findAccessGroup } from './find-access-level';
import { type ControlHandle, currentText, findControls, findLabelledInput, identityAttributes, lowestCommonAncestor, NAME_LABEL } from './find-controls';
import { optionTexts } from './options';
import { pageTable } from './page-language';
import type { FillStep } from '../decide/types';
import type { StencilAccess } from '../scopes/types';

export interface ScannedForm {
  model: PageModel;
  /** Indexed by the model's `key`. */
  handles: ControlHandle[];
  /** The Stencil access level when it is a button pair or radios (model.accessLevel.key is -1 then). */
  accessGroup: AccessGroup | null;
  /** The account name input, where the form has one. */
  nameInput: HTMLInputElement | null;
  /** Comboboxes whose options must be read before the list can be read by position. */
  unreadMenus: ControlHandle[];
  /** The language table the page was read with (the executor matches option texts with it). */
  table: TextTable | null;
  /** Sets a control the dropdown setters do not know (the account-level form's checkbox groups,
   *  utils/dom/account-form.ts); undefined for a control it leaves to them. */
  setRow?: (handle: ControlHandle, step: Exclude<FillStep, { kind: 'name' }>) => boolean | undefined;
}

const TOKEN_TYPE = ['Token type'];
const ACCESS_LEVEL = ['Stencil-CLI Access Level', 'Access level'];
const LOCAL = ['local development only'];
const PUBLISH = ['publish theme'];

/** Which access level an option or button text names, in English or the page's language. */
export function accessFromText(text: string, table: TextTable | null): StencilAccess | null {
  if (isUiText(text, LOCAL, table, 'stencilLocalDevelopment')) return 'local-development';
  if (isUiText(text, PUBLISH, table, 'stencilPublishTheme')) return 'publish-theme';
  return null;
}

function isTokenType(handle: ControlHandle, text: string, table: TextTable | null): boolean {
  return (
    isUiText(handle.label, TOKEN_TYPE, table, 'tokenType') ||
    tokenTypeFromText(text) !== null ||
    (optionTexts(handle) ?? []).some((o) => tokenTypeFromText(o) !== null)
  );
}

function isAccessLevel(handle: ControlHandle, text: string, table: TextTable | null): boolean {
  return (
    isUiText(handle.label, ACCESS_LEVEL, table, 'stencilAccessLevel') ||
    accessFromText(text, table) !== null ||
    (optionTexts(handle) ?? []).some((o) => accessFromText(o, table) !== null)
  );
}

/** (a) then (b): the row an attribute names, else the row its label names. */
function identify(handle: ControlHandle, table: TextTable | null): { row: StoreScopeRow; signal: RowSignal } | null {
  for (const value of identityAttributes(handle)) {
    const row = rowForAttribute(value);
    if (row) return { row, signal: 'attribute' };
  }
  const row = rowForLabel(handle.label, table);
  return row ? { row, signal: 'label' } : null;
}

/** The row's current level: by option text, or by a parameter string in the option's value. */
function levelOf(row: StoreScopeRow, handle: ControlHandle, text: string, table: TextTable | null) {
  const byText = levelForText(row, text, table);
  if (byText) return byText.id;
  const value = handle.element instanceof HTMLSelectElement ? handle.element.value : '';
  const hit = value ? paramIn(value) : null;
  return hit?.row.id === row.id ? hit.level.id : null;
}

export function scanForm(root: Document | Element): ScannedForm {
  const doc = 'documentElement' in root ? root : root.ownerDocument;
  const handles = findControls(root);
  const table = pageTable(doc, handles);
  let tokenType: PageModel['tokenType'] = null;
  let accessLevel: PageModel['accessLevel'] = null;
  const candidates: { key: number; handle: ControlHandle; text: string; found: ReturnType<typeof identify> }[] = [];

  handles.forEach((handle, key) => {
    const text = currentText(handle);
    if (!tokenType && isTokenType(handle, text, table)) tokenType = { key, control: handle.kind, currentText: text };
    else if (!accessLevel && isAccessLevel(handle, text, table)) accessLevel = { key, control: handle.kind, current: accessFromText(text, table) };
    else candidates.push({ key, handle, text, found: identify(handle, table) });
  });

  // While most controls are identified, one no signal identified counts as a scope row only
  // inside the scope list, so unrelated dropdowns elsewhere on the page (store switchers,
  // filters) are not reported. When most are not, the labels are not understood: every
  // remaining control is the list, and structure reads it if it fits one reading (c).
  const identified = candidates.filter((c) => c.found);
  const understood = identified.length * 2 >= candidates.length;
  const scopeList = identified.length > 1 ? lowestCommonAncestor(identified.map((c) => c.handle.container)) : null;
  // Too few controls to be the catalogue's list: a stray dropdown is not a row.
  const couldBeList = candidates.length >= storeScopes().length - floatingScopeIds().length;
  const list = understood || !couldBeList ? candidates.filter((c) => c.found && (understood || c.found.signal === 'attribute') || (understood && scopeList?.contains(c.handle.roleElement))) : candidates;

  // Labels not understood: the background may read the list by position (utils/scopes/structure.ts),
  // which needs every row's options; comboboxes show theirs only while open.
  // Understood: rows no label identified are placed by their neighbours, which needs their options too.
  const unreadMenus = (understood || couldBeList ? list.filter((c) => (understood ? !c.found : true) && optionTexts(c.handle) === null) : []).map((c) => c.handle);

  const rows: ScopeRowModel[] = list.map(({ key, handle, text, found }) => ({
    key,
    label: handle.label,
    scopeId: found?.row.id ?? null,
    signal: found?.signal ?? null,
    control: handle.kind,
    currentText: text,
    currentLevel: found ? levelOf(found.row, handle, text, table) : null,
    offered: optionTexts(handle) ?? [],
  }));

  const accessOf = (text: string) => accessFromText(text, table);
  const accessGroup = accessLevel ? null : findAccessGroup(root, accessOf);
  if (accessGroup) {
    accessLevel = { key: -1, control: accessGroup.control, current: accessGroup.choices.find((c) => c.selected)?.access ?? null };
  }
  const nameInput = findLabelledInput(root, (text) => NAME_LABEL.test(text) || isUiText(text, [], table, 'name'));
  const apiPath = findLabelledInput(root, (text) => /^api path\b/i.test(text) || isUiText(text, [], table, 'apiPath'));

  return {
    model: { tokenType, name: nameInput?.value ?? null, apiPath: apiPath?.value ?? null, rows, accessLevel, language: table?.code ?? null },
    handles,
    accessGroup,
    nameInput,
    unreadMenus,
    table,
  };
}
