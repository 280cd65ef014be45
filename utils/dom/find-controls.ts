/**
 * Collect: find the form's dropdowns and labelled inputs, whatever they are built from.
 * Handles native <select>, BigDesign 1.x comboboxes (role on the input) and BigDesign 0.x
 * comboboxes (role on a wrapper around the input), labelled by <label for>, aria-labelledby
 * or aria-label.
 */
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

/** The account name field's label ("Name", sometimes "Account name"). */
export const NAME_LABEL = /^(account |api account )?name\b/i;

/** A plain text input by its label text (e.g. "Name", "API path"). */
export function findLabelledInput(root: ParentNode, isLabel: RegExp | ((text: string) => boolean)): HTMLInputElement | null {
  const matches = isLabel instanceof RegExp ? (text: string) => isLabel.test(text) : isLabel;
  for (const label of root.querySelectorAll('label')) {
    if (!matches(cleanText(label.textContent))) continue;
    const control = label.control;
    if (control instanceof HTMLInputElement && control.getAttribute('role') !== 'combobox') return control;
  }
  return null;
}

/** The selected option's text. */
export function currentText(handle: ControlHandle): string {
  if (handle.element instanceof HTMLSelectElement) return cleanText(handle.element.selectedOptions[0]?.textContent);
  return cleanText(handle.element.value);
}

/**
 * Attribute values that may carry a row's identity (issue 10, signal a): `name`, `id` and every
 * `data-*` of the control, its combobox wrapper and the ancestors that hold no other control.
 */
export function identityAttributes(handle: ControlHandle): string[] {
  const values: string[] = [];
  let node: Element | null = handle.element;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    if (depth > 0 && node !== handle.roleElement && node.querySelectorAll(CONTROL_SELECTOR).length > 1) break;
    for (const attr of node.attributes) {
      if (attr.name === 'name' || attr.name === 'id' || attr.name.startsWith('data-')) values.push(attr.value);
    }
  }
  return values;
}
