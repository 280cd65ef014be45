/**
 * The in-page panel: a landmark named "Scopekeeper" in an open shadow root (styles isolated both
 * ways), placed in the page's flow above the form so it never covers the page's own controls.
 * Plain DOM rather than Preact: this code loads on every control-panel page.
 */
import { t } from '../../utils/i18n';
import type { LinkOffer } from '../../utils/messaging/protocol';
import type { Preset } from '../../utils/presets/types';
import { el, link } from './dom';
import { renderLinkOffer } from './link-offer';

export interface PanelView {
  presets: Preset[];
  selectedId: string | null;
  /** The one-line status, e.g. "28 of 28 scopes match". */
  status: string;
  /** Problems worth the user's attention, one sentence each. */
  problems: string[];
  busy: boolean;
  /** The chosen preset's optional rows, each with its "Include" tick. */
  optional: { id: string; label: string; included: boolean }[];
  /** A preset link waiting for "Add preset" or "Dismiss". */
  offer: LinkOffer | null;
}

export interface PanelCallbacks {
  onSelect(id: string | null): void;
  onFill(): void;
  onInclude(id: string, included: boolean): void;
  onAddLink(): void;
  onDismissLink(): void;
}

const CSS = `
:host { all: initial; display: block; margin: 0 0 16px; }
section { font: 14px/1.4 system-ui, sans-serif; color: #1d2a4d; background: #f3f6ff; border: 1px solid #c9d3f5;
  border-radius: 8px; padding: 12px 16px; display: grid; gap: 8px; }
h2 { font-size: 15px; margin: 0; }
.row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
select, button { font: inherit; padding: 6px 10px; border-radius: 6px; border: 1px solid #8a97c2; background: #fff; color: inherit; }
select { min-width: 16em; max-width: 100%; }
button { background: #3c64f4; border-color: #3c64f4; color: #fff; font-weight: 600; cursor: pointer; }
button:disabled { opacity: .6; cursor: progress; }
:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
[role=status] { margin: 0; font-weight: 600; }
ul { margin: 0; padding-left: 1.2em; color: #8a1c1c; }
a { color: #2849c7; }
[hidden]{display:none!important}section>*{min-width:0}fieldset{border:0;margin:0;padding:0;display:flex;gap:4px 14px;flex-wrap:wrap}legend{float:left;font-weight:600}
p,h3{margin:0;font-size:14px}summary{cursor:pointer;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
details[open] .clip{display:none}.notes ul,.offer ul{color:inherit}
.offer{border:2px solid #3c64f4;border-radius:6px;padding:8px 12px;display:grid;gap:6px}
.offer button+button{background:none;color:inherit;border-color:#8a97c2;font-weight:400}
@media (prefers-color-scheme: dark) {
  section { background: #1b2233; color: #e8ecf8; border-color: #3b4666; }
  select { background: #10151f; color: #e8ecf8; }
  ul { color: #ffb4b4; } a { color: #9db4ff; }
}`;

export function createPanel(callbacks: PanelCallbacks) {
  const host = document.createElement('scopekeeper-panel');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = `<style>${CSS}</style>
<section><h2></h2><div class="offer" hidden></div>
<div class="row"><label for="sk-preset"></label><select id="sk-preset"></select><button type="button"></button></div>
<fieldset hidden><legend></legend></fieldset><p role="status"></p><ul class="problems" hidden></ul>
<div class="notes"></div><div class="source"></div></section>`;
  // Texts are set through textContent/attributes from the locale, never parsed as HTML.
  shadow.querySelector('section')!.setAttribute('aria-label', t('content_panelTitle'));
  shadow.querySelector('h2')!.textContent = t('content_panelTitle');
  shadow.querySelector('label')!.textContent = t('content_presetLabel');
  const select = shadow.querySelector('select')!;
  const button = shadow.querySelector('button')!;
  button.textContent = t('content_fillButton');
  const status = shadow.querySelector('[role=status]')!;
  const source = shadow.querySelector('.source')!;
  const notes = shadow.querySelector('.notes')!;
  const problems = shadow.querySelector('.problems') as HTMLElement;
  const offer = shadow.querySelector('.offer') as HTMLElement;
  const include = shadow.querySelector('fieldset')!;
  include.firstElementChild!.textContent = t('content_includeLegend');
  // Only the user drives the panel: the page can call click() or dispatch change, but it cannot
  // make a trusted event. (A value set without an event is put back at the next update.)
  let chosen = '';
  select.addEventListener('change', (e) => (e.isTrusted ? callbacks.onSelect(select.value || null) : (select.value = chosen)));
  button.addEventListener('click', (e) => e.isTrusted && callbacks.onFill());

  let renderedPresets: Preset[] | null = null;
  let renderedFor: Preset | undefined | null = null;
  let renderedOptional = '';
  let renderedOffer: LinkOffer | null | undefined;

  function update(view: PanelView): void {
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
      source.replaceChildren(...(preset?.sources.length ? [t('content_sources'), ...preset.sources.flatMap((s) => [' ', link(s.url, s.title)])] : []));
    }
    const optionalKey = JSON.stringify(view.optional);
    if (optionalKey !== renderedOptional) {
      renderedOptional = optionalKey;
      include.hidden = view.optional.length === 0;
      include.replaceChildren(include.firstElementChild!, ...view.optional.map((row) => checkbox(row, callbacks)));
    }
    if (view.offer !== renderedOffer) {
      renderedOffer = view.offer;
      offer.hidden = !view.offer;
      offer.replaceChildren(...(view.offer ? renderLinkOffer(view.offer, callbacks) : []));
    }
    problems.hidden = view.problems.length === 0;
    problems.replaceChildren(...view.problems.map((text) => el('li', text)));
  }

  return { host, update };
}

export type Panel = ReturnType<typeof createPanel>;

function checkbox(row: PanelView['optional'][number], callbacks: PanelCallbacks): HTMLLabelElement {
  const label = el('label');
  const box = el('input');
  box.type = 'checkbox';
  box.checked = row.included;
  // A real click only: the page's scripts can reach this open shadow root.
  box.addEventListener('change', (e) => e.isTrusted && callbacks.onInclude(row.id, box.checked));
  label.append(box, ` ${t('content_includeRow', row.label)}`);
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
