/**
 * Collect: find the form's dropdowns and labelled inputs, whatever they are built from.
 * Handles native <select>, BigDesign 1.x comboboxes (role on the input) and BigDesign 0.x
 * comboboxes (role on a wrapper around the input), labelled by <label for>, aria-labelledby
 * or aria-label.
 */
import { ACCOUNT_LEVEL_CODE } from '../build-flags';
import type { ControlKind } from '../form/model';

export interface ControlHandle {
  kind: ControlKind;
  /** The element that holds the value: the <select>, or the combobox's <input>. */
  element: HTMLSelectElement | HTMLInputElement;
  /** The element carrying role=combobox (the input itself, or the legacy wrapper). */
  roleElement: Element;
  label: string;
  labelElement: Element | null;
  /** The smallest element holding both label and control: where a row marker goes. */
  container: Element;
  /** kind 'checkboxes': each level's checkbox with its label text (element is the first one). */
  checkboxes?: { input: HTMLInputElement; text: string }[];
}

const CONTROL_SELECTOR = 'select, input[role="combobox"], [role="combobox"]:not(input) input';

export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function labelFor(element: Element, roleElement: Element): { text: string; element: Element | null } {
  const labels = (element as HTMLInputElement).labels;
  const first = labels?.[0];
  if (first) return { text: cleanText(first.textContent), element: first };
  for (const el of [element, roleElement]) {
    const ids = el.getAttribute('aria-labelledby');
    if (!ids) continue;
    const labelEls = ids
      .split(/\s+/)
      .map((id) => element.ownerDocument.getElementById(id))
      .filter((e): e is HTMLElement => e !== null);
    if (labelEls.length) {
      return { text: cleanText(labelEls.map((e) => e.textContent).join(' ')), element: labelEls[0] ?? null };
    }
  }
  return { text: cleanText(element.getAttribute('aria-label') ?? roleElement.getAttribute('aria-label')), element: null };
}

/** The lowest element containing every given element (the first one itself included). */
export function lowestCommonAncestor(elements: Element[]): Element | null {
  const [first, ...rest] = elements;
  let node: Element | null = first ?? null;
  while (node && !rest.every((el) => node!.contains(el))) node = node.parentElement;
  return node;
}

function kindOf(element: Element): { kind: ControlKind; roleElement: Element } {
  if (element instanceof HTMLSelectElement) return { kind: 'native-select', roleElement: element };
  if (element.getAttribute('role') === 'combobox') return { kind: 'combobox', roleElement: element };
  return { kind: 'legacy-combobox', roleElement: element.closest('[role="combobox"]') ?? element };
}

export function findControls(root: ParentNode): ControlHandle[] {
  const handles: ControlHandle[] = [];
  for (const element of root.querySelectorAll<HTMLSelectElement | HTMLInputElement>(CONTROL_SELECTOR)) {
    const { kind, roleElement } = kindOf(element);
    const label = labelFor(element, roleElement);
    handles.push({
      kind,
      element,
      roleElement,
      label: label.text,
      labelElement: label.element,
      // Above the control itself, so a marker appended there sits beside it, not inside it.
      container: lowestCommonAncestor([roleElement.parentElement ?? roleElement, ...(label.element ? [label.element] : [])]) ?? roleElement,
    });
  }
  return handles;
}

/** The account name field's label ("Name", sometimes "Account name"; "Token name" on the account-level form). */
export const NAME_LABEL = /^(account |api account |token )?name\b/i;

/** A plain text input by its label text (e.g. "Name", "API path"), compared case-insensitively. */
export function findLabelledInput(root: ParentNode, labelText: RegExp): HTMLInputElement | null {
  for (const label of root.querySelectorAll('label')) {
    if (!labelText.test(cleanText(label.textContent))) continue;
    const control = label.control;
    if (control instanceof HTMLInputElement && control.getAttribute('role') !== 'combobox') return control;
  }
  return null;
}

/** The selected option's text. */
export function currentText(handle: ControlHandle): string {
  if (ACCOUNT_LEVEL_CODE && handle.checkboxes) return handle.checkboxes.filter((c) => c.input.checked).map((c) => c.text).join(', ');
  if (handle.element instanceof HTMLSelectElement) return cleanText(handle.element.selectedOptions[0]?.textContent);
  return cleanText(handle.element.value);
}

/** Option texts where they exist without opening the control (native selects). */
export function offeredTexts(handle: ControlHandle): string[] {
  if (!(handle.element instanceof HTMLSelectElement)) return [];
  return Array.from(handle.element.options, (o) => cleanText(o.textContent));
}
