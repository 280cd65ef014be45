/**
 * The Stencil-CLI form's access level when it is a pair of toggle buttons (the 2019 form's
 * segmented control, docs/control-panel-facts.md §11) or a radio group: the two elements whose text names
 * "local development only" and "publish theme" (in English or the page's language). A select or
 * combobox access level is found with the other controls (./find-controls.ts).
 */
import type { ControlKind } from '../form/model';
import { cleanText } from './find-controls';
import type { StencilAccess } from '../scopes/types';

interface AccessChoice {
  access: StencilAccess;
  /** What to click: the button, or the radio input. */
  element: HTMLElement;
  selected: boolean;
}

export interface AccessGroup {
  control: Extract<ControlKind, 'radios' | 'buttons'>;
  choices: AccessChoice[];
  /** Where the row marker goes: the smallest element holding both choices. */
  container: Element;
}

function choiceText(el: HTMLElement): string {
  if (el instanceof HTMLInputElement) return cleanText(el.labels?.[0]?.textContent ?? el.getAttribute('aria-label'));
  return cleanText(el.textContent || el.getAttribute('aria-label'));
}

function isSelected(el: HTMLElement): boolean {
  if (el instanceof HTMLInputElement) return el.checked;
  return ['aria-pressed', 'aria-checked', 'aria-selected'].some((a) => el.getAttribute(a) === 'true');
}

export function findAccessGroup(root: ParentNode, accessOf: (text: string) => StencilAccess | null): AccessGroup | null {
  for (const [control, selector] of [
    ['radios', 'input[type="radio"], [role="radio"]'],
    ['buttons', 'button, [role="button"]'],
  ] as const) {
    const choices: AccessChoice[] = [];
    for (const el of root.querySelectorAll<HTMLElement>(selector)) {
      const access = accessOf(choiceText(el));
      if (access && !choices.some((c) => c.access === access)) choices.push({ access, element: el, selected: isSelected(el) });
    }
    const [a, b] = choices;
    if (a && b) {
      let container: Element | null = a.element.parentElement;
      while (container && !container.contains(b.element)) container = container.parentElement;
      return { control, choices, container: container ?? a.element };
    }
  }
  return null;
}
