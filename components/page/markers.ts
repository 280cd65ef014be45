/**
 * One marker per scope row, appended inside the row's own container (below its control, in the
 * page's flow) so it never covers a control. Words and colour, never colour alone.
 */
import { t } from '../../utils/i18n';
import type { FormDiff, RowDiff } from '../../utils/form/diff';
import type { ScannedForm } from '../../utils/dom/scan-form';
import { rowById } from '../../utils/scopes/rows';

const CSS = `
:host { all: initial; display: block; margin-top: 4px; }
:host([hidden]) { display: none; }
span { font: 600 12px/1.4 system-ui, sans-serif; border-radius: 4px; padding: 1px 6px; border-left: 4px solid; }
.right { color: #0b5b2a; background: #e3f6ea; }
.neutral { color: #3d4766; background: #eef0f5; }
.missing { color: #8a1c1c; background: #fde8e8; }
.over-granted { color: #7a4500; background: #fff1d6; }
.unrecognised, .unknown { color: #5b2a86; background: #f1e8fb; }`;

const MARKER_TAG = 'scopekeeper-marker';

function levelLabel(scopeId: string, levelId: string | null): string {
  if (levelId === null) return 'unknown';
  return rowById(scopeId)?.levels.find((l) => l.id === levelId)?.label ?? levelId;
}

/** The marker's words: what the preset wants and how the row stands. */
export function markerText(row: RowDiff | null): { text: string; className: string; status: string } {
  if (!row) return { text: t('content_markerUnknownRow'), className: 'unknown', status: 'unknown' };
  const want = levelLabel(row.scopeId, row.target);
  const need = t(
    row.excluded ? 'content_levelLeftOut' : row.inPreset ? (row.required ? 'content_levelRequired' : 'content_levelOptional') : 'content_levelNotInPreset',
    want,
  );
  switch (row.status) {
    case 'right':
      // A left-out optional row at its default is right, not missing.
      if (row.excluded) return { text: t('content_markerLeftOut', need), className: 'right', status: 'right' };
      return row.inPreset
        ? { text: t('content_markerRight', need), className: 'right', status: 'right' }
        : { text: t('content_markerNotInPreset', want), className: 'neutral', status: 'not-in-preset' };
    case 'missing':
      return { text: t('content_markerMissing', need), className: 'missing', status: 'missing' };
    case 'over-granted':
      return { text: t('content_markerOver', need), className: 'over-granted', status: 'over-granted' };
    case 'unrecognised':
      return { text: t('content_markerUnrecognised', need), className: 'unrecognised', status: 'unrecognised' };
  }
}

function markerFor(container: Element): HTMLElement {
  const existing = Array.from(container.children).find((c) => c.localName === MARKER_TAG) as HTMLElement | undefined;
  if (existing) return existing;
  const host = document.createElement(MARKER_TAG);
  host.attachShadow({ mode: 'open' }).innerHTML = `<style>${CSS}</style><span></span>`;
  container.append(host);
  return host;
}

export function updateMarkers(form: ScannedForm, diff: FormDiff | null): void {
  const byKey = new Map(diff?.rows.map((r) => [r.key, r]));
  for (const row of form.model.rows) {
    const handle = form.handles[row.key];
    if (!handle) continue;
    const host = markerFor(handle.container);
    // Attribute writes are guarded: each one would wake the page observer again.
    if (!diff) {
      if (!host.hidden) host.hidden = true;
      continue;
    }
    const { text, className, status } = markerText(byKey.get(row.key) ?? null);
    if (host.hidden) host.hidden = false;
    if (host.dataset.status !== status || host.dataset.text !== text) {
      host.dataset.status = status;
      host.dataset.text = text;
      host.dataset.scope = row.scopeId ?? '';
      const span = host.shadowRoot!.querySelector('span')!;
      span.className = className;
      span.textContent = text;
    }
  }
}

export function removeMarkers(root: ParentNode): void {
  for (const marker of root.querySelectorAll(MARKER_TAG)) marker.remove();
}
