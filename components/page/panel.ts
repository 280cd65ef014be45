/**
 * The in-page panel: a landmark named "Scopekeeper" in an open shadow root (styles isolated both
 * ways), placed in the page's flow above the form so it never covers the page's own controls.
 * Plain DOM rather than Preact: this code loads on every control-panel page.
 */
import { t } from '../../utils/i18n';
import type { Preset } from '../../utils/presets/types';

export interface PanelView {
  presets: Preset[];
  selectedId: string | null;
  /** The one-line status, e.g. "28 of 28 scopes match". */
  status: string;
  /** Problems worth the user's attention, one sentence each. */
  problems: string[];
  busy: boolean;
}

export interface PanelCallbacks {
  onSelect(id: string | null): void;
  onFill(): void;
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
@media (prefers-color-scheme: dark) {
  section { background: #1b2233; color: #e8ecf8; border-color: #3b4666; }
  select { background: #10151f; color: #e8ecf8; }
  ul { color: #ffb4b4; } a { color: #9db4ff; }
}`;

export function createPanel(callbacks: PanelCallbacks) {
  const host = document.createElement('scopekeeper-panel');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = `<style>${CSS}</style>
<section>
  <h2></h2>
  <div class="row">
    <label for="sk-preset"></label>
    <select id="sk-preset"></select>
    <button type="button"></button>
  </div>
  <p role="status"></p>
  <div class="source"></div>
  <ul hidden></ul>
</section>`;
  // Texts are set through textContent/attributes from the locale, never parsed as HTML.
  shadow.querySelector('section')!.setAttribute('aria-label', t('content_panelTitle'));
  shadow.querySelector('h2')!.textContent = t('content_panelTitle');
  shadow.querySelector('label')!.textContent = t('content_presetLabel');
  const select = shadow.querySelector('select')!;
  const button = shadow.querySelector('button')!;
  button.textContent = t('content_fillButton');
  const status = shadow.querySelector('[role=status]')!;
  const source = shadow.querySelector('.source')!;
  const problems = shadow.querySelector('ul')!;
  // Only the user drives the panel: the page can call click() or dispatch change, but it cannot
  // make a trusted event. (A value set without an event is put back at the next update.)
  let chosen = '';
  select.addEventListener('change', (e) => (e.isTrusted ? callbacks.onSelect(select.value || null) : (select.value = chosen)));
  button.addEventListener('click', (e) => e.isTrusted && callbacks.onFill());

  let renderedPresets: Preset[] | null = null;

  function update(view: PanelView): void {
    if (view.presets !== renderedPresets) {
      renderedPresets = view.presets;
      select.replaceChildren(new Option(t('content_choosePreset'), ''), ...view.presets.map((p) => new Option(p.name, p.id)));
    }
    select.value = chosen = view.selectedId ?? '';
    button.disabled = view.busy || !view.selectedId;
    status.textContent = view.status;
    const preset = view.presets.find((p) => p.id === view.selectedId);
    const link = preset?.sources[0];
    source.replaceChildren();
    if (link) {
      const a = document.createElement('a');
      a.href = link.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = t('content_sourceLink', link.title);
      source.append(a);
    }
    problems.hidden = view.problems.length === 0;
    problems.replaceChildren(
      ...view.problems.map((text) => {
        const li = document.createElement('li');
        li.textContent = text;
        return li;
      }),
    );
  }

  return { host, update };
}

export type Panel = ReturnType<typeof createPanel>;
