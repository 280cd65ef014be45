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

/** The pop-up's texts per field in every language the extension knows (the background sends
 *  them; English is built in for when it cannot be reached). */
export interface PopupLabels {
  clientId: readonly string[];
  clientSecret: readonly string[];
  accessToken: readonly string[];
  title: readonly string[];
  /** The create form's Save button in every language (a trusted Save, ../content/capture-watcher.ts). */
  save?: readonly string[];
}

export const ENGLISH_POPUP_LABELS: PopupLabels = {
  clientId: ['Client ID'],
  clientSecret: ['Client Secret'],
  accessToken: ['Access Token'],
  // The title is searched for anywhere in the dialog's text, so "API Credential" also finds the
  // plural "API Credentials" and "BigCommerce API Credentials".
  title: ['API Credential'],
  save: ['Save'],
};

/** A value whose label was not understood, with the text shown beside it. */
interface LabelledValue {
  label: string;
  value: string;
}

export interface PopupReading extends PopupCredentials {
  /** Credential-shaped values no known label claimed, each with the label text beside it. */
  labelled: LabelledValue[];
  /** The Stencil-CLI quick start (`stencil init … -t <token>`) was shown. */
  stencilCommand: boolean;
}

type FieldKey = keyof PopupCredentials;
const FIELD_KEYS: readonly FieldKey[] = ['clientId', 'clientSecret', 'accessToken'];

/** Case, Unicode form and typographic apostrophes do not tell labels apart. */
function norm(text: string): string {
  return cleanText(text).normalize('NFC').replace(/[\u2019\u02bc]/g, "'");
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Label", "Label:" or "Label: value" at the start of a text; a label ends at a space, a colon
 *  or the end (\b is ASCII-only and would not end "Jeton d'accès"). */
function labelPattern(texts: readonly string[]): RegExp {
  const alternatives = [...texts].sort((a, b) => b.length - a.length).map((t) => escape(norm(t)));
  return new RegExp(`^(?:${alternatives.join('|')})(?=$|[\\s:\uff1a])\\s*[:\uff1a]?\\s*`, 'i');
}

interface Patterns {
  fields: ReadonlyArray<readonly [FieldKey, RegExp]>;
  /** Any field's label: a value must never be another field's label. */
  any: RegExp;
  title: RegExp;
}

const patternCache = new WeakMap<PopupLabels, Patterns>();

function patternsFor(labels: PopupLabels): Patterns {
  let p = patternCache.get(labels);
  if (!p) {
    p = {
      fields: FIELD_KEYS.map((k) => [k, labelPattern(labels[k])] as const),
      any: labelPattern(FIELD_KEYS.flatMap((k) => labels[k])),
      title: new RegExp(labels.title.map((t) => escape(norm(t))).join('|'), 'i'),
    };
    patternCache.set(labels, p);
  }
  return p;
}

/** The smallest elements whose own text starts with the label. */
function labelElements(root: Element, label: RegExp): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('label, dt, th, span, div, p, strong, b, h3, h4, td, li')) {
    const text = norm(el.textContent ?? '');
    if (!label.test(text)) continue;
    // Skip an element when a child carries the same text start (keep the innermost).
    if (Array.from(el.children).some((c) => label.test(norm(c.textContent ?? '')))) continue;
    found.push(el);
  }
  return found;
}

function byId(root: Element, id: string): Element | null {
  return id ? root.querySelector(`#${CSS.escape(id)}`) : null;
}

function controlOf(label: Element, root: Element): HTMLInputElement | HTMLTextAreaElement | null {
  const el = label instanceof HTMLLabelElement ? byId(root, label.htmlFor) : null;
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : null;
}

function follows(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** Text in buttons ("Copy"), icons and styles is never a label or a value. */
function isChrome(node: Node): boolean {
  return !!node.parentElement?.closest('button, svg, style, script');
}

/**
 * The first value carrier after `label` inside `box`, node by node in document order (a plain
 * textContent would glue "…43210" and the next "Client Secret" together): an input's value, or a
 * text that is not another field's label.
 * undefined: nothing after the label in this box, so the caller looks in a wider one.
 */
function firstValueAfter(label: Element, box: Element, any: RegExp): string | null | undefined {
  const walker = box.ownerDocument.createTreeWalker(box, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (label.contains(node) || !follows(label, node)) continue;
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) return cleanText(node.value) || null;
    if (node.nodeType !== Node.TEXT_NODE || isChrome(node)) continue;
    const text = cleanText(node.textContent);
    if (text) return any.test(norm(text)) ? null : (text.split(' ')[0] ?? null);
  }
  return undefined;
}

function valueNear(label: Element, root: Element, pattern: RegExp, any: RegExp): string | null {
  const control = controlOf(label, root);
  if (control) return cleanText(control.value) || null;
  // "Client ID: abc…" in a single element.
  const own = norm(label.textContent ?? '').replace(pattern, '');
  if (own && !any.test(own)) return own.split(' ')[0] ?? null;
  // Widen the box around the label until something follows it.
  for (let box = label.parentElement; box && root.contains(box); box = box.parentElement) {
    const value = firstValueAfter(label, box, any);
    if (value !== undefined) return value;
  }
  return null;
}

export function readCredentials(popup: Element, labels: PopupLabels = ENGLISH_POPUP_LABELS): PopupCredentials {
  const out: PopupCredentials = { clientId: null, clientSecret: null, accessToken: null };
  const { fields, any } = patternsFor(labels);
  for (const [key, pattern] of fields) {
    for (const label of labelElements(popup, pattern)) {
      const value = valueNear(label, popup, pattern, any);
      if (value) {
        out[key] = value;
        break;
      }
    }
  }
  return out;
}

/** What a credential looks like whatever its label (docs/control-panel-facts.md §10: 31–32 alphanumerics,
 *  64 hex): one long word of letters and digits, never a sentence, path or URL. */
const CREDENTIAL_SHAPE = /^(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{20,256}$/;
/** The Stencil-CLI pop-up's quick start: `stencil init -p 3000 -t <token> -u <store url>`. */
const STENCIL_INIT = /\bstencil\s+init\b.*?\s-t\s+["']?([A-Za-z0-9_-]{8,256})/i;
const MAX_LABEL = 100;
const MAX_LABELLED = 8;

/** Text nodes of the pop-up in document order, without buttons and icons. */
function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!isChrome(node) && cleanText(node.textContent)) out.push(node as Text);
  }
  return out;
}

/** The text shown just before `node`: its label in any markup that puts the label first. */
function textBefore(node: Node, texts: readonly Text[]): string {
  for (let i = texts.length - 1; i >= 0; i--) {
    const text = texts[i]!;
    if (node === text || node.contains(text) || !follows(text, node)) continue;
    const words = cleanText(text.textContent);
    // A value-only text (another credential) is not a label.
    if (!words.split(' ').every((w) => CREDENTIAL_SHAPE.test(w))) return words;
  }
  return '';
}

function labelOfControl(control: Element, root: Element, texts: readonly Text[]): string {
  const forLabel = control.id ? root.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
  return cleanText(forLabel?.textContent) || cleanText(control.getAttribute('aria-label')) || textBefore(control, texts);
}

function tidyLabel(text: string): string {
  return text.replace(/[:\uff1a]\s*$/, '').trim().slice(0, MAX_LABEL);
}

/**
 * Every credential-shaped value in the pop-up with the text beside it: read-only inputs, code
 * and text blocks, and copy buttons' targets (`data-clipboard-text`; a target by id is an
 * element of the pop-up, read as text). Used for
 * the values no known label claimed, so a pop-up in an unknown language loses nothing.
 */
function credentialShapedValues(popup: Element): LabelledValue[] {
  const texts = textNodes(popup);
  const out: LabelledValue[] = [];
  for (const control of popup.querySelectorAll('input, textarea')) {
    const value = cleanText((control as HTMLInputElement).value);
    if (CREDENTIAL_SHAPE.test(value)) out.push({ label: labelOfControl(control, popup, texts), value });
  }
  for (const button of popup.querySelectorAll('[data-clipboard-text]')) {
    const value = cleanText(button.getAttribute('data-clipboard-text'));
    if (CREDENTIAL_SHAPE.test(value)) out.push({ label: cleanText(button.getAttribute('aria-label')) || textBefore(button, texts), value });
  }
  for (const text of texts) {
    const words = cleanText(text.textContent).split(' ');
    const at = words.findIndex((w) => CREDENTIAL_SHAPE.test(w));
    if (at < 0) continue;
    // "Label: value" in one text, or the value alone after its label.
    const own = words.slice(0, at).join(' ');
    for (const value of words.slice(at).filter((w) => CREDENTIAL_SHAPE.test(w))) {
      out.push({ label: own || textBefore(text, texts), value });
    }
  }
  return out.map((v) => ({ label: tidyLabel(v.label), value: v.value }));
}

/** Known labels first (./readCredentials), then every other credential-shaped value. */
export function readPopup(popup: Element, labels: PopupLabels = ENGLISH_POPUP_LABELS): PopupReading {
  const known = readCredentials(popup, labels);
  const text = popup.textContent ?? '';
  const stencil = STENCIL_INIT.exec(cleanText(text));
  // A token-only pop-up may show the token only inside its `stencil init` line.
  if (!known.accessToken && stencil) known.accessToken = stencil[1]!;
  const taken = new Set(FIELD_KEYS.map((k) => known[k]).filter(Boolean));
  const labelled: LabelledValue[] = [];
  for (const entry of credentialShapedValues(popup)) {
    if (taken.has(entry.value) || labelled.length >= MAX_LABELLED) continue;
    taken.add(entry.value);
    labelled.push(entry);
  }
  return { ...known, labelled, stencilCommand: stencil !== null };
}

export function isEmptyReading(r: PopupReading): boolean {
  return !r.clientId && !r.clientSecret && !r.accessToken && r.labelled.length === 0;
}

/** Whether a dialog looks like the credentials pop-up: it carries its title or names at least two
 *  of its fields, or shows the Stencil quick start or a credential-shaped value. */
export function isCredentialsPopup(el: Element, labels: PopupLabels = ENGLISH_POPUP_LABELS): boolean {
  const { fields, title } = patternsFor(labels);
  const named = fields.filter(([, pattern]) => labelElements(el, pattern).length > 0).length;
  if (named >= 2 || title.test(norm(el.textContent ?? ''))) return true;
  if (STENCIL_INIT.test(cleanText(el.textContent))) return true;
  return credentialShapedValues(el).length > 0;
}

const DIALOG = '[role="dialog"], [role="alertdialog"], dialog';

/** The credential pop-ups among nodes a mutation added (dialogs, or the dialog inside them). */
export function credentialPopupsIn(node: Node, labels: PopupLabels = ENGLISH_POPUP_LABELS): Element[] {
  if (!(node instanceof Element)) return [];
  const dialogs = node.matches(DIALOG) ? [node] : Array.from(node.querySelectorAll(DIALOG));
  return dialogs.filter((d) => isCredentialsPopup(d, labels));
}
