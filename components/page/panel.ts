/**
 * The in-page panel: a landmark named "Scopekeeper" in an open shadow root (styles isolated both
 * ways), placed in the page's flow above the form so it never covers the page's own controls.
 * Plain DOM rather than Preact: this code loads on every control-panel page.
 */
import { t } from '../../utils/i18n';
import { pageStyles } from './styles';
import type { Preset } from '../../utils/presets/types';

export interface PanelView {
  presets: Preset[];
  selectedId: string | null;
  /** The one-line status, e.g. "28 of 28 scopes match". */
  status: string;
  /** Problems worth the user's attention, one sentence each. */
  problems: string[];
  busy: boolean;
  /** The page is not fully understood: show "Copy page report". */
  puzzled: boolean;
}

export interface PanelCallbacks {
  onSelect(id: string | null): void;
  onFill(): void;
  /** The page report's JSON (utils/dom/page-report.ts); null when the background did not answer. */
  pageReport(): Promise<string | null>;
}

export function createPanel(callbacks: PanelCallbacks) {
  const host = document.createElement('scopekeeper-panel');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = `<style></style>
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
  <div class="row report" hidden><button type="button" class="secondary"></button><span aria-live="polite"></span></div>
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
  const report = shadow.querySelector<HTMLElement>('.report')!;
  const reportButton = report.querySelector('button')!;
  const reportStatus = report.querySelector('span')!;
  reportButton.textContent = t('content_pageReport');
  reportButton.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    callbacks
      .pageReport()
      .then((json) => (json === null ? Promise.reject(new Error('no report')) : copyText(json, shadow)))
      .then(
      () => (reportStatus.textContent = t('content_pageReportCopied')),
      () => (reportStatus.textContent = t('content_pageReportFailed')),
    );
  });

  let renderedPresets: Preset[] | null = null;

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
    if (report.hidden === view.puzzled) report.hidden = !view.puzzled;
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
