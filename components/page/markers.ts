/**
 * One marker per scope row, appended inside the row's own container (below its control, in the
 * page's flow) so it never covers a control. Words and colour, never colour alone.
 */
import type { ScannedForm } from '../../utils/dom/scan-form';
import { pageStyles } from './styles';
import type { MarkerView, TeachQuestion } from '../../utils/decide/types';
import { h, seenClick, shadowWith } from './dom';

/** A trusted choice in a row's "Which scope is …?" or "Which level is …?": what was asked about
 *  (the row's label, or the option text) and the chosen value. */
export type OnTeach = (kind: TeachQuestion['kind'], subject: string, value: string) => void;

const MARKER_TAG = 'scopekeeper-marker';

function markerFor(container: Element): HTMLElement {
  const existing = Array.from(container.children).find((c) => c.localName === MARKER_TAG) as HTMLElement | undefined;
  if (existing) return existing;
  const host = document.createElement(MARKER_TAG);
  shadowWith(host, pageStyles().marker, h('span'));
  container.append(host);
  return host;
}

/** Keys that move through a select or open it: a choice made with them is the merchant's. Not
 *  type-ahead letters, which the page could catch by focusing the select while the merchant types
 *  elsewhere. */
const CHOOSING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'Enter', ' ']);

/** What each question's answer is now (the last decision's, or the merchant's last choice): a
 *  value the page sets is put back to it. Kept here, not in an attribute the page could rewrite. */
const answers = new WeakMap<HTMLSelectElement, string>();

/**
 * A question as a native select named "Which scope is <label>?" or "Which level is <text>?". Only
 * the merchant's choice teaches: a trusted change, after a trusted key that moves through it or a
 * click they could see (./dom.ts seenClick: the page can reach this open shadow root, and could
 * make the select transparent over its own dropdown), on one of the options built here, unchanged
 * (the page could rewrite an option's value or text, or add one). Anything else is put back.
 */
function teachSelect(question: TeachQuestion, onTeach: OnTeach): HTMLSelectElement {
  const select = h('select', { 'aria-label': question.question, title: question.question });
  const built = [new Option(question.prompt, ''), ...question.choices.map((c) => new Option(c.text, c.value))];
  select.append(...built);
  answers.set(select, question.current);
  let meant = false;
  select.addEventListener('mousedown', (e) => (meant = seenClick(e, select)));
  select.addEventListener('keydown', (e) => (meant = e.isTrusted && CHOOSING_KEYS.has(e.key)));
  select.addEventListener('change', (e) => {
    const i = select.selectedIndex;
    const choice = i > 0 ? question.choices[i - 1] : undefined;
    const ours = select.options.length === built.length && select.options[i] === built[i] && built[i]!.value === choice?.value && built[i]!.textContent === choice.text;
    if (e.isTrusted && meant && ours && choice) {
      answers.set(select, choice.value);
      onTeach(question.kind, question.subject, choice.value);
    } else select.value = answers.get(select) ?? '';
    meant = false;
  });
  return select;
}

/**
 * The marker's questions after its words, in order: each select rebuilt only when its question
 * changes, and never while focused (the merchant may be moving through it with the arrow keys);
 * one no longer asked is removed.
 */
function updateQuestions(root: ShadowRoot, questions: readonly TeachQuestion[], onTeach: OnTeach | undefined): void {
  const existing = new Map(Array.from(root.querySelectorAll('select'), (s) => [s.dataset.id, s]));
  let after: Element = root.querySelector('span')!;
  for (const question of onTeach ? questions : []) {
    const id = `${question.kind}|${question.subject}`;
    const key = JSON.stringify([question.question, question.choices]);
    let select = existing.get(id);
    existing.delete(id);
    const focused = !!select && root.activeElement === select;
    if (select && select.dataset.key !== key && !focused) {
      select.remove();
      select = undefined;
    }
    if (!select) {
      select = teachSelect(question, onTeach!);
      select.dataset.id = id;
      select.dataset.key = key;
      select.value = question.current;
    } else if (!focused) {
      answers.set(select, question.current);
      if (select.value !== question.current) select.value = question.current;
    }
    if (after.nextElementSibling !== select) after.after(select);
    after = select;
  }
  for (const select of existing.values()) select.remove();
}

/** `markers`: the background's words per row key (null: no preset, markers hidden). `onTeach`:
 *  a row's question was answered. */
export function updateMarkers(form: ScannedForm, markers: MarkerView[] | null, onTeach?: OnTeach): void {
  const byKey = new Map(markers?.map((m) => [m.key, m]));
  for (const row of form.model.rows) {
    const handle = form.handles[row.key];
    const marker = byKey.get(row.key);
    if (!handle) continue;
    const host = markerFor(handle.container);
    // Attribute writes are guarded: each one would wake the page observer again.
    if (!marker) {
      if (!host.hidden) host.hidden = true;
      continue;
    }
    const { text, className, status, scope, signal, teach } = marker;
    if (host.hidden) host.hidden = false;
    if (host.dataset.status !== status || host.dataset.text !== text || host.dataset.scope !== scope) {
      host.dataset.status = status;
      host.dataset.text = text;
      host.dataset.scope = scope;
      host.dataset.signal = signal;
      const span = host.shadowRoot!.querySelector('span')!;
      span.className = className;
      span.textContent = text;
    }
    // The questions stay while the row or its option texts are unknown.
    updateQuestions(host.shadowRoot!, [...(teach ? [teach] : []), ...(marker.levels ?? [])], onTeach);
  }
}

export function removeMarkers(root: ParentNode): void {
  for (const marker of root.querySelectorAll(MARKER_TAG)) marker.remove();
}
