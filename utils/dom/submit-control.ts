/**
 * Collect: whether a trusted click or Enter was the create form's own Save, not any button on the
 * page (a cookie banner's "Accept"). The form being read is the `<form>` around its scanned
 * controls; its Save is a submit control of that form, or a button in it whose whole text is a
 * control-panel language's Save word (utils/languages). Without a `<form>`, only the Save word
 * counts, and not inside a dialog. Enter counts only inside that `<form>`.
 */
import type { ScannedForm } from './scan-form';
import { cleanText } from './find-controls';

/** The `<form>` element around the scanned form's controls, if the page uses one. */
function formElementOf(form: ScannedForm | null): HTMLFormElement | null {
  for (const el of [...(form?.handles.map((h) => h.element) ?? []), form?.nameInput]) {
    const found = el?.closest('form');
    if (found) return found;
  }
  return null;
}

/** Button-like controls a Save can be. */
const BUTTON_LIKE = 'button,[role="button"],input[type="submit"]';

/** The text a control shows, lower-cased, to compare with the Save words. */
function controlWord(control: Element): string {
  return cleanText(control instanceof HTMLInputElement ? control.value : control.textContent).toLowerCase();
}

/**
 * Whether `target` could be a Save at all (a submit control, or a button reading a Save word),
 * without reading the form: the cheap test before isFormSaveControl for events that come often
 * (the pointer crossing the page).
 */
export function mayBeSaveControl(target: EventTarget | null, saveWords: readonly string[]): boolean {
  const control = target instanceof Element ? target.closest<HTMLButtonElement>(BUTTON_LIKE) : null;
  if (!control) return false;
  if (control.type === 'submit') return true;
  const text = controlWord(control);
  return saveWords.some((w) => w.toLowerCase() === text);
}

/** `target` (a trusted click's) is the Save control of `form`. */
export function isFormSaveControl(target: EventTarget | null, form: ScannedForm | null, saveWords: readonly string[]): boolean {
  const control = target instanceof Element && form ? target.closest<HTMLButtonElement>(BUTTON_LIKE) : null;
  if (!control) return false;
  const root = formElementOf(form);
  const inForm = !!root && (control.form === root || root.contains(control));
  if (inForm && control.type === 'submit') return true;
  const text = controlWord(control);
  if (!saveWords.some((w) => w.toLowerCase() === text)) return false;
  return root ? inForm : !control.closest('[role="dialog"],[role="alertdialog"],dialog,[aria-modal="true"]');
}

/** `target` (a trusted Enter's) is inside the `<form>` being read. */
export function isEnterInForm(target: EventTarget | null, form: ScannedForm | null): boolean {
  const root = formElementOf(form);
  return !!root && target instanceof Element && !(target instanceof HTMLTextAreaElement) && target.closest('form') === root;
}
