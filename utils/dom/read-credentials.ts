/**
 * Collect: read Client ID, Client Secret and Access Token out of a credentials pop-up, whatever
 * its markup: read-only inputs labelled by <label for>, label/value text pairs (dt/dd, spans), or
 * "Label: value" in one element. Works on a detached subtree too, because a pop-up can be removed
 * in the same task that inserted it. Reads `value`/`textContent` only, never innerHTML.
 */
import { cleanText } from './find-controls';

export interface PopupCredentials {
  clientId: string | null;
  clientSecret: string | null;
  accessToken: string | null;
}

const FIELDS = [
  ['clientId', /^client id\b\s*:?\s*/i],
  ['clientSecret', /^client secret\b\s*:?\s*/i],
  ['accessToken', /^access token\b\s*:?\s*/i],
] as const;

/** Any of the three labels: a value must never be another field's label. */
const ANY_LABEL = /^(client id|client secret|access token)\b/i;

/** The smallest elements whose own text starts with the label. */
function labelElements(root: Element, label: RegExp): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('label, dt, th, span, div, p, strong, b, h3, h4, td, li')) {
    const text = cleanText(el.textContent);
    if (!label.test(text)) continue;
    // Skip an element when a child carries the same text start (keep the innermost).
    if (Array.from(el.children).some((c) => label.test(cleanText(c.textContent)))) continue;
    found.push(el);
  }
  return found;
}

function controlOf(label: Element, root: Element): HTMLInputElement | HTMLTextAreaElement | null {
  const id = label instanceof HTMLLabelElement ? label.htmlFor : '';
  if (!id) return null;
  const el = root.querySelector(`#${CSS.escape(id)}`);
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : null;
}

function follows(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/**
 * The first value carrier after `label` inside `box`, node by node in document order (a plain
 * textContent would glue "…43210" and the next "Client Secret" together): an input's value, or a
 * text that is not another field's label. Text in buttons ("Copy") and icons is skipped.
 * undefined: nothing after the label in this box, so the caller looks in a wider one.
 */
function firstValueAfter(label: Element, box: Element): string | null | undefined {
  const walker = box.ownerDocument.createTreeWalker(box, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (label.contains(node) || !follows(label, node)) continue;
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) return cleanText(node.value) || null;
    if (node.nodeType !== Node.TEXT_NODE || node.parentElement?.closest('button, svg, style, script')) continue;
    const text = cleanText(node.textContent);
    if (text) return ANY_LABEL.test(text) ? null : (text.split(' ')[0] ?? null);
  }
  return undefined;
}

function valueNear(label: Element, root: Element, labelPattern: RegExp): string | null {
  const control = controlOf(label, root);
  if (control) return cleanText(control.value) || null;
  // "Client ID: abc…" in a single element.
  const own = cleanText(label.textContent).replace(labelPattern, '');
  if (own && !ANY_LABEL.test(own)) return own.split(' ')[0] ?? null;
  // Widen the box around the label until something follows it.
  for (let box = label.parentElement; box && root.contains(box); box = box.parentElement) {
    const value = firstValueAfter(label, box);
    if (value !== undefined) return value;
  }
  return null;
}

export function readCredentials(popup: Element): PopupCredentials {
  const out: PopupCredentials = { clientId: null, clientSecret: null, accessToken: null };
  for (const [key, pattern] of FIELDS) {
    for (const label of labelElements(popup, pattern)) {
      const value = valueNear(label, popup, pattern);
      if (value) {
        out[key] = value;
        break;
      }
    }
  }
  return out;
}

/** Whether an element looks like the credentials pop-up: a dialog that names the secret fields. */
export function isCredentialsPopup(el: Element): boolean {
  const text = el.textContent ?? '';
  return /access token/i.test(text) && /client (id|secret)/i.test(text);
}

/** The credential pop-ups among nodes a mutation added (dialogs, or the dialog inside them). */
export function credentialPopupsIn(node: Node): Element[] {
  if (!(node instanceof Element)) return [];
  const dialogs = node.matches('[role="dialog"], [role="alertdialog"], dialog')
    ? [node]
    : Array.from(node.querySelectorAll('[role="dialog"], [role="alertdialog"], dialog'));
  return dialogs.filter(isCredentialsPopup);
}
