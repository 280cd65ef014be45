/**
 * A control's option texts. A native <select> shows them; a BigDesign combobox renders them only
 * while its menu is open, so reading a row by its place (which needs each row's option count)
 * opens each menu once, reads it and closes it again (`readMenus`). What was read is kept per
 * element, so a re-render that keeps the element does not open it again.
 */
import { cleanText, type ControlHandle } from './find-controls';
import { closeMenu, isOpen, rememberOpenMenu, waitFor } from './set-value';
import { menuTexts } from './menu-texts';

/** Menus already opened once, read or not: never opened again (no loop on a menu that stays empty). */
const tried = new WeakSet<Element>();

/** Whether this combobox's options are unknown and its menu was not opened yet. */
export function needsReading(handle: ControlHandle): boolean {
  return optionTexts(handle) === null && !tried.has(handle.element);
}

/** The enabled options' texts in order, or null when they are not known without opening. */
export function optionTexts(handle: ControlHandle): string[] | null {
  if (handle.element instanceof HTMLSelectElement) {
    return Array.from(handle.element.options)
      .filter((o) => !o.disabled)
      .map((o) => cleanText(o.textContent));
  }
  return menuTexts.get(handle.element) ?? null;
}

/** The current option's place among `optionTexts`, or -1. */
export function currentIndex(handle: ControlHandle, current: string): number {
  return optionTexts(handle)?.indexOf(current) ?? -1;
}

/**
 * Opens each combobox whose options are unknown, reads them and closes it; one menu at a time,
 * yielding between them. Never selects anything: the menu is closed with Escape.
 */
export async function readMenus(handles: readonly ControlHandle[]): Promise<void> {
  for (const handle of handles) {
    if (!needsReading(handle) || !handle.element.isConnected) continue;
    tried.add(handle.element);
    const input = handle.element as HTMLInputElement;
    if (!isOpen(handle)) input.click();
    await waitFor(input.ownerDocument.body, () => rememberOpenMenu(handle));
    closeMenu(handle);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
