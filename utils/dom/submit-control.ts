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

/** Whether the text a control shows is one of the Save words (case aside). */
function readsSaveWord(control: Element, saveWords: readonly string[]): boolean {
  const text = cleanText(control instanceof HTMLInputElement ? control.value : control.textContent).toLowerCase();
  return saveWords.some((w) => w.toLowerCase() === text);
}

/**
 * The control `target` is in, if it could be a Save at all (a submit control, or a button reading
 * a Save word), found without reading the form: the cheap test before isFormSaveControl for events
 * that come often (the pointer crossing the page).
 */
export function saveCandidate(target: EventTarget | null, saveWords: readonly string[]): HTMLButtonElement | null {
  const control = target instanceof Element ? target.closest<HTMLButtonElement>(BUTTON_LIKE) : null;
  return control && (control.type === 'submit' || readsSaveWord(control, saveWords)) ? control : null;
}

/** `target` (a trusted click's) is the Save control of `form`. */
export function isFormSaveControl(target: EventTarget | null, form: ScannedForm | null, saveWords: readonly string[]): boolean {
  const control = target instanceof Element && form ? target.closest<HTMLButtonElement>(BUTTON_LIKE) : null;
  if (!control) return false;
  const root = formElementOf(form);
  const inForm = !!root && (control.form === root || root.contains(control));
  if (inForm && control.type === 'submit') return true;
  if (!readsSaveWord(control, saveWords)) return false;
  return root ? inForm : !control.closest('[role="dialog"],[role="alertdialog"],dialog,[aria-modal="true"]');
}

/** `target` (a trusted Enter's) is inside the `<form>` being read. */
export function isEnterInForm(target: EventTarget | null, form: ScannedForm | null): boolean {
  const root = formElementOf(form);
  return !!root && target instanceof Element && !(target instanceof HTMLTextAreaElement) && target.closest('form') === root;
}
