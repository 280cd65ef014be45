/**
 * Collect (and set) the account-level "Create API account" form (docs/control-panel-facts.md §5). Its markup
 * is unverified (docs/control-panel-facts.md §12 (item 9)), so this reads both candidates the sources allow:
 * - checkboxes, one per level of a resource ("You can select more than one option per
 *   resource", dev blog 2023): grouped by a <fieldset>/<legend> or role="group" named by
 *   aria-labelledby/aria-label, or laid out in rows (a table row, a list item) whose own text
 *   names the resource; each box named by its <label>, its aria-label or its column's header;
 * - the store-level form's dropdowns, one per resource, with None / read-only / modify options.
 * A resource's level is the highest box ticked, with every lower one ticked too; anything else
 * (a gap, an unknown box ticked) is not understood and reported, never guessed.
 *
 * Resources are matched by label (English: nothing of this form is published in other
 * languages). Bundled only into the account-level module (entrypoints/account-page.ts).
 */
import type { PageModel, ScopeRowModel } from '../form/model';
import { levelForBox, levelForText } from '../scopes/identify';
import { findScopeRow, levelRank } from '../scopes/match';
import { accountScopes } from '../scopes/registry';
import type { ScopeRow } from '../scopes/types';
import { cleanText, currentText, findControls, findLabelledInput, lowestCommonAncestor, type ControlHandle } from './find-controls';
import { optionTexts } from './options';
import type { ScannedForm } from './scan-form';

/** One level's checkbox and the text that names it. */
interface Box {
  input: HTMLInputElement;
  text: string;
}

/** The account-level API path's shape (docs/control-panel-facts.md §1); found by shape, in any language. */
const ACCOUNT_API_PATH = /https:\/\/api\.bigcommerce\.com\/accounts\/[0-9a-f-]{36}\/graphql/i;
/** "Token name" (LitExtension's BigCommerce API guide), or the store-level form's "Name" / "Account name". */
const NAME = /^(token |api token |account |api account )?name\b/i;
const API_PATH = /^api path\b/i;
const GROUP = 'fieldset, [role="group"]';
const CHECKBOX = 'input[type="checkbox"]';

/** Each checkbox group handle's boxes. */
const boxesOf = new WeakMap<ControlHandle, Box[]>();

function textOfIds(doc: Document, ids: string | null): string {
  return cleanText((ids ?? '').split(/\s+/).map((id) => (id ? doc.getElementById(id)?.textContent : '')).join(' '));
}

/** The text naming a box: its label, its aria-label, or its table column's header. */
function boxText(input: HTMLInputElement): string {
  // BigDesign's Checkbox has two labels: the drawn box (no text) and the text.
  const own = Array.from(input.labels ?? [], (l) => cleanText(l.textContent)).find(Boolean) || textOfIds(input.ownerDocument, input.getAttribute('aria-labelledby')) || cleanText(input.getAttribute('aria-label'));
  if (own) return own;
  const cell = input.closest('td, th');
  const table = cell?.closest('table');
  const index = cell ? Array.from(cell.parentElement!.children).indexOf(cell) : -1;
  return table && index >= 0 ? cleanText(table.querySelectorAll('thead tr, tr')[0]?.children[index]?.textContent) : '';
}

/** An element's own text: what remains once its boxes and their labels are taken out. */
function ownText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const inner of copy.querySelectorAll(`${CHECKBOX}, label, button`)) inner.remove();
  return cleanText(copy.textContent);
}

/** The group a box belongs to: its innermost fieldset/role=group, else the nearest ancestor with
 *  text of its own (a table row, a list item); `label`: the group's name. */
function groupOf(input: HTMLInputElement, root: Element): { element: Element; label: string; labelElement: Element | null } | null {
  const group = input.closest(GROUP);
  if (group && root.contains(group)) {
    const legend = group.querySelector('legend');
    const label = cleanText(legend?.textContent) || textOfIds(group.ownerDocument, group.getAttribute('aria-labelledby')) || cleanText(group.getAttribute('aria-label'));
    return { element: group, label, labelElement: legend };
  }
  for (let el = input.parentElement; el && el !== root; el = el.parentElement) {
    const text = ownText(el);
    if (text) return { element: el, label: text, labelElement: null };
  }
  return null;
}

/** One handle per resource group, in document order. */
function findCheckboxGroups(root: Element): ControlHandle[] {
  const handles = new Map<Element, ControlHandle>();
  for (const input of root.querySelectorAll<HTMLInputElement>(CHECKBOX)) {
    const group = groupOf(input, root);
    if (!group) continue;
    let handle = handles.get(group.element);
    if (!handle) {
      handle = { kind: 'checkboxes', element: input, roleElement: group.element, label: group.label, labelElement: group.labelElement, container: group.element };
      handles.set(group.element, handle);
      boxesOf.set(handle, []);
    }
    boxesOf.get(handle)!.push({ input, text: boxText(input) });
  }
  return [...handles.values()];
}


/** The ticked boxes as a level: none ticked is None; the lowest levels up to one is that one. */
function tickedLevel(row: ScopeRow, boxes: Box[]): ScopeRow['levels'][number]['id'] | null {
  let top = 0;
  let count = 0;
  for (const box of boxes) {
    if (!box.input.checked) continue;
    // A box no table reads leaves the group unread here; the background reads it by what the
    // merchant taught (utils/decide/read-levels.ts).
    const level = levelForBox(row, box.text);
    if (!level || level.id === 'none') return null;
    count++;
    top = Math.max(top, levelRank(row, level.id));
  }
  // Every level from the first above None up to `top` must be ticked (row.levels[0] is None).
  return count === top ? (row.levels[top]?.id ?? null) : null;
}

/** Ticks every box up to the step's level and unticks those above, with a click each (what
 *  React's onChange hears); boxes whose level is unknown are left alone. `taught`: the level
 *  words the merchant taught (a box no table reads is known by them). */
function setBoxes(row: ScopeRow, boxes: Box[], level: string, taught: Partial<Record<string, readonly string[]>> = {}): boolean {
  const want = levelRank(row, level);
  let ok = want >= 0;
  for (const box of boxes) {
    const found = levelForBox(row, box.text, taught);
    if (!found || found.id === 'none') continue;
    const tick = levelRank(row, found.id) <= want;
    if (box.input.checked !== tick && !box.input.disabled) box.input.click();
    if (box.input.checked !== tick) ok = false;
  }
  return ok;
}

function apiPathOf(root: Element): string | null {
  const labelled = findLabelledInput(root, API_PATH)?.value;
  if (labelled) return labelled;
  for (const input of root.querySelectorAll('input')) if (ACCOUNT_API_PATH.test(input.value)) return input.value.trim();
  return ACCOUNT_API_PATH.exec(root.textContent ?? '')?.[0] ?? null;
}

export function scanAccountForm(doc: Document): ScannedForm {
  const root = doc.body;
  const resources = accountScopes();
  // Dropdowns first, then checkbox groups; document order is restored below.
  const handles = [...findControls(root), ...findCheckboxGroups(root)];
  const candidates: ScopeRowModel[] = handles.map((handle, key) => {
    const row = findScopeRow(handle.label, resources);
    const boxes = boxesOf.get(handle);
    const text = boxes ? boxes.filter((b) => b.input.checked).map((b) => b.text).join(', ') : currentText(handle);
    return {
      key,
      label: handle.label,
      scopeId: row?.id ?? null,
      signal: row ? 'label' : null,
      control: handle.kind,
      currentText: text,
      currentLevel: row ? (boxes ? tickedLevel(row, boxes) : (levelForText(row, text, null)?.id ?? null)) : null,
      offered: boxes ? boxes.map((b) => b.text) : (optionTexts(handle) ?? []),
    };
  });
  // A control no resource names counts only inside the resource list (never a store switcher).
  const identified = candidates.filter((c) => c.scopeId);
  const list = identified.length > 1 ? lowestCommonAncestor(identified.map((c) => handles[c.key]!.container)) : null;
  const rows = candidates
    .filter((c) => c.scopeId || list?.contains(handles[c.key]!.roleElement))
    .sort((a, b) => (handles[a.key]!.roleElement.compareDocumentPosition(handles[b.key]!.roleElement) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const nameInput = findLabelledInput(root, NAME);
  const model: PageModel = {
    kind: 'account-level',
    tokenType: null,
    name: nameInput?.value ?? null,
    apiPath: apiPathOf(root),
    rows,
    accessLevel: null,
    language: null,
  };
  return {
    model,
    handles,
    accessGroup: null,
    nameInput,
    unreadMenus: [],
    table: null,
    setRow(handle, step) {
      const boxes = boxesOf.get(handle);
      if (!boxes) return undefined;
      if (step.kind !== 'scope') return false;
      const row = resources.find((r) => r.id === step.scopeId);
      return !!row && setBoxes(row, boxes, step.level, step.boxTexts);
    },
  };
}
