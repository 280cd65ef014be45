/**
 * The in-page panel: a landmark named "Scopekeeper" in an open shadow root (styles isolated both
 * ways), placed in the page's flow above the form so it never covers the page's own controls.
 * Plain DOM rather than Preact, kept small: it is injected into every create page (./ui.ts).
 */
import { t } from '../../utils/i18n';
import { pageStyles } from './styles';
import type { Preset } from '../../utils/presets/types';
import { el, h, link, seenClick, shadowWith } from './dom';
import type { OptionalTick } from '../../utils/decide/types';

export interface PanelView {
  presets: Preset[];
  selectedId: string | null;
  /** The one-line status, e.g. "28 of 28 scopes match". */
  status: string;
  /** Problems worth the user's attention, one sentence each. */
  problems: string[];
  busy: boolean;
  /** The chosen preset's optional rows, each with its "Include" tick (worded by the background). */
  optional: OptionalTick[];
  /** The page is not fully understood: show "Copy page report". */
  puzzled: boolean;
}

export interface PanelCallbacks {
  onSelect: (id: string | null) => void;
  onFill: () => void;
  onInclude: (id: string, included: boolean) => void;
  /** The page report's JSON (utils/dom/page-report.ts); null when the background did not answer. */
  pageReport: () => Promise<string | null>;
}

export function createPanel(callbacks: PanelCallbacks) {
  const host = document.createElement('scopekeeper-panel');
  // Texts are set as text nodes and attributes from the locale, never parsed as HTML.
  const select = h('select', { id: 'sk-preset' });
  const button = h('button', { type: 'button' }, t('content_fillButton'));
  const include = h('fieldset', { hidden: '' }, h('legend', null, t('content_includeLegend')));
  const status = h('p', { role: 'status' });
  const problems = h('ul', { class: 'problems', hidden: '' });
  const reportButton = h('button', { type: 'button', class: 'secondary' }, t('content_pageReport'));
  const reportStatus = h('span', { 'aria-live': 'polite' });
  const report = h('div', { class: 'row report', hidden: '' }, reportButton, reportStatus);
  const notes = h('div', { class: 'notes' });
  // Notes that must be read: open, above Fill form (never folded into "Notes (3)").
  const important = h('div', { class: 'important', role: 'note', hidden: '' });
  const source = h('div', { class: 'source' });
  // The style sheet arrives with the vocabulary (see update()).
  const shadow = shadowWith(
    host,
    '',
    h(
      'section',
      { 'aria-label': t('content_panelTitle') },
      h('h2', null, t('content_panelTitle')),
      important,
      h('div', { class: 'row' }, h('label', { for: 'sk-preset' }, t('content_presetLabel')), select, button),
      include,
      status,
      problems,
      report,
      notes,
      source,
    ),
  );
  // Only the user drives the panel: the page can call click() or dispatch change, but it cannot
  // make a trusted event. (A value set without an event is put back at the next update.)
  let chosen = '';
  select.addEventListener('change', (e) => (e.isTrusted ? callbacks.onSelect(select.value || null) : (select.value = chosen)));
  // A click must also be one the merchant could see (seenClick: not on a button stretched or made
  // transparent by the page over its own content).
  button.addEventListener('click', (e) => seenClick(e, button) && callbacks.onFill());
  reportButton.addEventListener('click', (e) => {
    if (!seenClick(e, reportButton)) return;
    callbacks
      .pageReport()
      .then((json) => (json === null ? Promise.reject(new Error('no report')) : copyText(json, shadow)))
      .then(
      () => (reportStatus.textContent = t('content_pageReportCopied')),
      () => (reportStatus.textContent = t('content_pageReportFailed')),
    );
  });

  let renderedPresets: Preset[] | null = null;
  let renderedFor: Preset | undefined | null = null;
  let renderedOptional = '';

  const style = shadow.querySelector('style')!;

  function update(view: PanelView): void {
    // The styles arrive with the vocabulary (./styles.ts); the panel is shown only after that.
    if (!style.textContent) style.textContent = pageStyles().panel;
    if (view.presets !== renderedPresets) {
      renderedPresets = view.presets;
      select.replaceChildren(new Option(t('content_choosePreset'), ''), ...view.presets.map((p) => new Option(p.name, p.id)));
    }
    select.value = chosen = view.selectedId ?? '';
    button.disabled = view.busy || !view.selectedId;
    status.textContent = view.status;
    const preset = view.presets.find((p) => p.id === view.selectedId);
    // Rebuilt only when what they show changes: every rebuild would lose focus and an open <details>.
    if (preset !== renderedFor) {
      renderedFor = preset;
      renderNotes(notes, preset?.notes ?? []);
      const must = preset?.importantNotes ?? [];
      important.hidden = must.length === 0;
      important.replaceChildren(...(must.length ? [el('h3', t('presets_important_notes')), ...must.map((n) => el('p', n))] : []));
      source.replaceChildren(...(preset?.sources.length ? [t('content_sources'), ...preset.sources.flatMap((s) => [' ', link(s.url, s.title)])] : []));
    }
    const optionalKey = JSON.stringify(view.optional);
    if (optionalKey !== renderedOptional) {
      renderedOptional = optionalKey;
      include.hidden = view.optional.length === 0;
      include.replaceChildren(include.firstElementChild!, ...view.optional.map((row) => checkbox(row, callbacks)));
    }
    if (report.hidden === view.puzzled) report.hidden = !view.puzzled;
    problems.hidden = view.problems.length === 0;
    problems.replaceChildren(...view.problems.map((text) => el('li', text)));
  }

  return { host, update };
}

export type Panel = ReturnType<typeof createPanel>;

function checkbox(row: OptionalTick, callbacks: PanelCallbacks): HTMLLabelElement {
  const label = el('label');
  const box = el('input');
  box.type = 'checkbox';
  box.checked = row.included;
  // A real click only: the page's scripts can reach this open shadow root.
  box.addEventListener('change', (e) => e.isTrusted && callbacks.onInclude(row.id, box.checked));
  label.append(box, ` ${row.text}`);
  return label;
}

/** One short note as it is; longer notes folded to their first line, unfolded on demand. */
function renderNotes(box: Element, notes: readonly string[]): void {
  if (notes.length === 0) return box.replaceChildren();
  const [first] = notes;
  if (notes.length === 1 && first!.length <= 100) return box.replaceChildren(el('p', `${t('content_notes')}: ${first}`));
  const details = el('details');
  const summary = el('summary', `${t('content_notes')}${notes.length > 1 ? ` (${notes.length})` : ''}: `);
  summary.append(Object.assign(el('span', first), { className: 'clip' }));
  const list = el('ul');
  list.append(...notes.map((n) => el('li', n)));
  details.append(summary, list);
  box.replaceChildren(details);
}

/** The page's clipboard (the click is the user's gesture); a hidden textarea where that is refused. */
async function copyText(text: string, shadow: ShadowRoot): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    shadow.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('copy refused');
  }
}
