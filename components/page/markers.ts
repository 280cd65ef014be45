/**
 * One marker per scope row, appended inside the row's own container (below its control, in the
 * page's flow) so it never covers a control. Words and colour, never colour alone.
 */
import type { ScannedForm } from '../../utils/dom/scan-form';
import { pageStyles } from './styles';
import type { MarkerView, TeachQuestion } from '../../utils/decide/types';
import { h, shadowWith } from './dom';

/** A trusted choice in a row's "Which scope is …?": the row's label and the chosen value. */
export type OnTeach = (label: string, value: string) => void;

const MARKER_TAG = 'scopekeeper-marker';

function markerFor(container: Element): HTMLElement {
  const existing = Array.from(container.children).find((c) => c.localName === MARKER_TAG) as HTMLElement | undefined;
  if (existing) return existing;
  const host = document.createElement(MARKER_TAG);
  shadowWith(host, pageStyles().marker, h('span'));
  container.append(host);
  return host;
}

/**
 * The row's question as a native select named "Which scope is <label>?". Only a trusted change
 * teaches (the page can reach this open shadow root and dispatch events, not trusted ones).
 */
function teachSelect(question: TeachQuestion, label: string, onTeach: OnTeach): HTMLSelectElement {
  const select = h('select', { 'aria-label': question.question, title: question.question });
  select.append(new Option(question.prompt, ''), ...question.choices.map((c) => new Option(c.text, c.value)));
  let chosen = question.current;
  select.addEventListener('change', (e) => {
    // A value set by the page's script is put back; a trusted choice teaches at once.
    if (e.isTrusted && select.value) onTeach(label, (chosen = select.value));
    else select.value = chosen;
  });
  return select;
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
    // The question stays while the row is unknown (rebuilt only when it changes: focus stays).
    const root = host.shadowRoot!;
    const asked = root.querySelector('select');
    const key = teach ? JSON.stringify([row.label, teach.question, teach.choices]) : '';
    // Never rebuilt while focused: the merchant may be moving through it with the arrow keys.
    if ((asked?.dataset.key ?? '') !== key && (!asked || root.activeElement !== asked || !teach)) {
      asked?.remove();
      if (teach && onTeach) {
        const select = teachSelect(teach, row.label, onTeach);
        select.dataset.key = key;
        select.value = teach.current;
        root.append(select);
      }
    } else if (asked && teach && root.activeElement !== asked && asked.value !== teach.current) asked.value = teach.current;
  }
}

export function removeMarkers(root: ParentNode): void {
  for (const marker of root.querySelectorAll(MARKER_TAG)) marker.remove();
}
