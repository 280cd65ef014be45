/**
 * Collect: whether a trusted click or Enter was the create form's own Save, not any button on the
 * page (a cookie banner's "Accept", a menu, a help link). The form being read is the `<form>` that
 * holds its scanned controls; its Save is a submit control of that form (a `<button>` without a
 * type or of type submit, an `<input type="submit">`), or a button whose whole text is the Save
 * word of a control-panel language (utils/languages: "Save", "Enregistrer", "保存", …), inside
 * that form. A form drawn without a `<form>` element has only the second kind, and then not inside
 * a dialog (the pop-up's or a banner's). Enter counts only inside that `<form>`.
 */
import type { ScannedForm } from './scan-form';
import { cleanText } from './find-controls';

const CONTROL = 'button, [role="button"], input[type="submit"], input[type="button"]';
const DIALOG = '[role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"]';

/** The `<form>` element around the scanned form's controls, if the page uses one. */
export function formElementOf(form: ScannedForm | null): HTMLFormElement | null {
  if (!form) return null;
  const elements: Element[] = [...form.handles.map((h) => h.element), ...(form.nameInput ? [form.nameInput] : [])];
  for (const element of elements) {
    const found = element.closest('form');
    if (found) return found;
  }
  return null;
}

function norm(text: string): string {
  return cleanText(text).normalize('NFC').toLowerCase();
}

/** The control's own form (a `form=` attribute names one elsewhere in the page). */
function ownerForm(control: Element): HTMLFormElement | null {
  return control instanceof HTMLButtonElement || control instanceof HTMLInputElement ? control.form : control.closest('form');
}

function isSubmitType(control: Element): boolean {
  if (control instanceof HTMLButtonElement) return control.type === 'submit';
  return control instanceof HTMLInputElement && control.type === 'submit';
}

function textOf(control: Element): string {
  if (control instanceof HTMLInputElement) return control.value;
  return control.textContent ?? '';
}

/** `target` (a trusted click's) is the Save control of `form`. */
export function isFormSaveControl(target: EventTarget | null, form: ScannedForm | null, saveWords: readonly string[]): boolean {
  if (!(target instanceof Element) || !form) return false;
  const control = target.closest(CONTROL);
  if (!control) return false;
  const root = formElementOf(form);
  const inForm = root !== null && (ownerForm(control) === root || root.contains(control));
  if (inForm && isSubmitType(control)) return true;
  const words = new Set(saveWords.map(norm));
  if (!words.has(norm(textOf(control)))) return false;
  return root ? inForm : control.closest(DIALOG) === null;
}

/** `target` (a trusted Enter's) is inside the `<form>` being read. */
export function isEnterInForm(target: EventTarget | null, form: ScannedForm | null): boolean {
  if (!(target instanceof Element) || target instanceof HTMLTextAreaElement) return false;
  const root = formElementOf(form);
  return root !== null && target.closest('form') === root;
}
