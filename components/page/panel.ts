/**
 * The in-page panel: a landmark named "Scopekeeper" in an open shadow root (styles isolated both
 * ways), placed in the page's flow above the form so it never covers the page's own controls.
 * Plain DOM rather than Preact, kept small: it is injected into every create page (./ui.ts).
 */
import { t } from '../../utils/i18n';
import { pageStyles } from './styles';
import type { Preset } from '../../utils/presets/types';
import { el, h, link, seenClick, shadowWith } from './dom';
import type { OptionalTick, PageView, PanelWords } from '../../utils/decide/types';
import { panelWords } from '../../utils/decide/panel-words';

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
  /** The headline, problems and the panel's words in the page's language (issue 20, item 6);
   *  without it, `status`, `problems` and the browser's language. */
  page?: PageView;
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
  // Texts are set as text nodes and attributes from the locale, never parsed as HTML; the browser's
  // language until the first decision brings the page's (update()).
  let words = panelWords('', t);
  const select = h('select', { id: 'sk-preset' });
  const button = h('button', { type: 'button' });
  const legend = h('legend');
  const include = h('fieldset', { hidden: '' }, legend);
  const status = h('p', { role: 'status' });
  const problems = h('ul', { class: 'problems', hidden: '' });
  const reportButton = h('button', { type: 'button', class: 'secondary' });
  const reportStatus = h('span', { 'aria-live': 'polite' });
  const report = h('div', { class: 'row report', hidden: '' }, reportButton, reportStatus);
  const notes = h('div', { class: 'notes' });
  // Notes that must be read: open, above Fill form (never folded into "Notes (3)").
  const important = h('div', { class: 'important', role: 'note', hidden: '' });
  const source = h('div', { class: 'source' });
  const heading = h('h2');
  const presetLabel = h('label', { for: 'sk-preset' });
  const section = h('section', null, heading, important, h('div', { class: 'row' }, presetLabel, select, button), include, status, problems, report, notes, source);
  // The style sheet arrives with the vocabulary (see update()).
  const shadow = shadowWith(host, '', section);
  function speak(next: PanelWords): void {
    words = next;
    if (next.lang) section.lang = next.lang;
    else section.removeAttribute('lang');
    section.setAttribute('aria-label', next.title);
    heading.textContent = next.title;
    presetLabel.textContent = next.presetLabel;
    button.textContent = next.fill;
    legend.textContent = next.includeLegend;
    reportButton.textContent = next.pageReport;
    reportStatus.textContent = '';
  }
  speak(words);
  /** A fill started by this panel's button: focus comes back to it when the fill ends (the fill
   *  focuses the page's own controls on its way, issue 20, item 10). */
  let fillClicked = false;
  let wasBusy = false;
  // Only the user drives the panel: the page can call click() or dispatch change, but it cannot
  // make a trusted event. (A value set without an event is put back at the next update.)
  let chosen = '';
  select.addEventListener('change', (e) => (e.isTrusted ? callbacks.onSelect(select.value || null) : (select.value = chosen)));
  // A click must also be one the merchant could see (seenClick: not on a button stretched or made
  // transparent by the page over its own content).
  button.addEventListener('click', (e) => seenClick(e, button) && ((fillClicked = true), callbacks.onFill()));
  reportButton.addEventListener('click', (e) => {
    if (!seenClick(e, reportButton)) return;
    callbacks
      .pageReport()
      .then((json) => (json === null ? Promise.reject(new Error('no report')) : copyText(json, shadow)))
      .then(
      () => (reportStatus.textContent = words.pageReportCopied),
      () => (reportStatus.textContent = words.pageReportFailed),
    );
  });

  let renderedPresets: Preset[] | null = null;
  let renderedFor: Preset | undefined | null = null;
  let renderedOptional = '';

  const style = shadow.querySelector('style')!;

  function update(view: PanelView): void {
    // The styles arrive with the vocabulary (./styles.ts); the panel is shown only after that.
    if (!style.textContent) style.textContent = pageStyles().panel;
    // The page's colour scheme, not the system's: read where the panel is, at every update (the
    // page may switch its theme; the class is not an attribute the session observes).
    if (host.parentElement) {
      const dark = pageIsDark(host.parentElement);
      if (host.classList.contains('dark') !== dark) host.classList.toggle('dark', dark);
    }
    const page = view.page;
    const languageChanged = page !== undefined && JSON.stringify(page.words) !== JSON.stringify(words);
    if (page && languageChanged) speak(page.words);
    if (view.presets !== renderedPresets || languageChanged) {
      renderedPresets = view.presets;
      select.replaceChildren(new Option(words.choosePreset, ''), ...view.presets.map((p) => new Option(p.name, p.id)));
    }
    select.value = chosen = view.selectedId ?? '';
    button.disabled = view.busy || !view.selectedId;
    if (wasBusy && !view.busy && fillClicked) {
      fillClicked = false;
      if (!button.disabled) button.focus();
    }
    wasBusy = view.busy;
    status.textContent = page?.status ?? view.status;
    const preset = view.presets.find((p) => p.id === view.selectedId);
    // Rebuilt only when what they show changes: every rebuild would lose focus and an open <details>.
    if (preset !== renderedFor || languageChanged) {
      renderedFor = preset;
      renderNotes(notes, preset?.notes ?? [], words.notes);
      source.replaceChildren(...(preset?.sources.length ? [words.sources, ...preset.sources.flatMap((s) => [' ', link(s.url, s.title)])] : []));
      const must = preset?.importantNotes ?? [];
      important.hidden = must.length === 0;
      important.replaceChildren(...(must.length ? [el('h3', words.importantNotes), ...must.map((n) => el('p', n))] : []));
    }
    const optionalKey = JSON.stringify(view.optional);
    if (optionalKey !== renderedOptional) {
      renderedOptional = optionalKey;
      include.hidden = view.optional.length === 0;
      include.replaceChildren(include.firstElementChild!, ...view.optional.map((row) => checkbox(row, callbacks)));
    }
    if (report.hidden === view.puzzled) report.hidden = !view.puzzled;
    const shown = page?.problems ?? view.problems;
    problems.hidden = shown.length === 0;
    problems.replaceChildren(...shown.map((text) => el('li', text)));
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
function renderNotes(box: Element, notes: readonly string[], heading: string): void {
  if (notes.length === 0) return box.replaceChildren();
  const [first] = notes;
  // The heading carries its language's colon ("Notes:", "Remarques :", "备注：", no space after a full-width one).
  const lead = heading.endsWith('：') ? heading : `${heading} `;
  if (notes.length === 1 && first!.length <= 100) return box.replaceChildren(el('p', `${lead}${first}`));
  const details = el('details');
  const summary = el('summary', lead);
  summary.append(Object.assign(el('span', first), { className: 'clip' }));
  // How many more there are, in figures (no words to translate).
  if (notes.length > 1) summary.append(` +${notes.length - 1}`);
  const list = el('ul');
  list.append(...notes.map((n) => el('li', n)));
  details.append(summary, list);
  box.replaceChildren(details);
}

/**
 * Whether the page around the panel is dark (issue 20, item 10): the first opaque background
 * from `from` up, by its luminance; with none, the document's own `color-scheme` (the canvas is
 * dark only when the page asks for dark, or for either and the system is dark). The system's
 * preference alone never decides: a light control panel keeps a light panel.
 */
function pageIsDark(from: Element): boolean {
  for (let n: Element | null = from; n; n = n.parentElement) {
    const rgba = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+%?))?/.exec(getComputedStyle(n).backgroundColor);
    if (!rgba) continue;
    const alpha = rgba[4] === undefined ? 1 : rgba[4].endsWith('%') ? parseFloat(rgba[4]) / 100 : Number(rgba[4]);
    if (alpha < 0.5) continue;
    const [r, g, b] = [rgba[1], rgba[2], rgba[3]].map((c) => {
      const v = Number(c) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 0.18;
  }
  const scheme = getComputedStyle(from.ownerDocument.documentElement).colorScheme;
  if (!/\bdark\b/.test(scheme)) return false;
  return !/\blight\b/.test(scheme) || matchMedia('(prefers-color-scheme: dark)').matches;
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
