/**
 * One marker per scope row, appended inside the row's own container (below its control, in the
 * page's flow) so it never covers a control. Words and colour, never colour alone.
 */
import type { ScannedForm } from '../../utils/dom/scan-form';
import { pageStyles } from './styles';
import type { MarkerView } from '../../utils/decide/types';
import { h, shadowWith } from './dom';

const MARKER_TAG = 'scopekeeper-marker';

function markerFor(container: Element): HTMLElement {
  const existing = Array.from(container.children).find((c) => c.localName === MARKER_TAG) as HTMLElement | undefined;
  if (existing) return existing;
  const host = document.createElement(MARKER_TAG);
  shadowWith(host, pageStyles().marker, h('span'));
  container.append(host);
  return host;
}

/** `markers`: the background's words per row key (null: no preset, markers hidden). */
export function updateMarkers(form: ScannedForm, markers: MarkerView[] | null): void {
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
    const { text, className, status, scope, signal } = marker;
    if (host.hidden) host.hidden = false;
    if (host.dataset.status !== status || host.dataset.text !== text) {
      host.dataset.status = status;
      host.dataset.text = text;
      host.dataset.scope = scope;
      host.dataset.signal = signal;
      const span = host.shadowRoot!.querySelector('span')!;
      span.className = className;
      span.textContent = text;
    }
  }
}

export function removeMarkers(root: ParentNode): void {
  for (const marker of root.querySelectorAll(MARKER_TAG)) marker.remove();
}
