/**
 * Everything Scopekeeper does on the create page: wait for the form (it may render late), show
 * the panel and row markers, keep them live as the user changes dropdowns, and fill on request.
 */
import { t } from '../i18n';
import type { ContentScriptContext } from './context';
import { decide } from '../dom/decide-request';
import { scanForm, type ScannedForm } from '../dom/scan-form';
import type { PresetsState } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import { isPresetFragment } from '../presets/link-format';
import type { Preset } from '../presets/types';
import type { Panel } from '../../components/page/panel';
import { installedPageUi, type PageUi } from '../../components/page/ui-handle';
import { PRESETS_CHANGED } from '../../components/page/link-offer';
import { needsReading, readMenus } from '../dom/options';
import { useVocabulary } from '../scopes/registry';
import { sharedVocabulary, type VocabularySource } from './vocabulary';
import type { FillReport, PageDecision, StatusView } from '../decide/types';

/**
 * Whether this document was loaded, by a navigation of its own (not a reload, not history), from
 * a URL with this fragment: what a redirect that kept the link's fragment gives. A fragment the
 * page's own scripts put in the URL afterwards (location.hash, history.pushState) is not, and
 * plants nothing. Read in this isolated world, whose Performance methods the page cannot replace.
 */
function loadedWithFragment(hash: string): boolean {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  // A navigation entry's name is the document's URL, always a valid one.
  const loaded = entry?.type === 'navigate' && new URL(entry.name);
  return !!loaded && loaded.hash === hash && loaded.pathname === location.pathname;
}

/** What a fill decides on: the token type, access level and each row's option text. */
function formState(form: ScannedForm): string {
  const m = form.model;
  return JSON.stringify([m.tokenType?.currentText, m.accessLevel?.current, m.rows.map((r) => r.currentText)]);
}

export class CreatePageSession {
  #presets: PresetsState = { presets: [], selectedId: null };
  /** Choices made in this panel, and the last one being stored: see #loadPresets. */
  #chosen = 0;
  #storing: Promise<unknown> | null = null;
  /** The in-page UI and the panel, once the background has injected them (components/page/ui.ts). */
  #ui: PageUi | null = null;
  #panel: Panel | null = null;
  #observer: MutationObserver;
  #form: ScannedForm | null = null;
  #lastFill: FillReport | null = null;
  /** The form as the last fill left it: any change after that (by hand or by the page) clears "Form filled". */
  #filledState: string | null = null;
  /** The decision shown now (the panel re-renders it while a fill runs, without asking again). */
  #decision: PageDecision | null = null;
  /** Which decision request is the newest, and which one the decision shown answers: while they
   *  are equal, the shown decision is the background's answer on #form, so a fill may start from
   *  it without asking again (utils/dom/fill-form.ts). */
  #asked = 0;
  #answered = 0;
  #vocabularyLoaded = false;
  #busy = false;
  #frame = 0;
  #stopped = false;

  /** `vocabulary`: the page's one vocabulary fetch, shared with the capture watcher (./vocabulary.ts). */
  readonly #ctx: ContentScriptContext;
  readonly #vocabulary: VocabularySource;
  readonly #scan: (root: Document) => ScannedForm;

  /** `scan`: reads the create form this session serves (the store-level one, or the account-level
   *  one: utils/dom/account-form.ts). */
  constructor(ctx: ContentScriptContext, vocabulary: VocabularySource = sharedVocabulary(), scan: (root: Document) => ScannedForm = scanForm) {
    this.#ctx = ctx;
    this.#vocabulary = vocabulary;
    this.#scan = scan;
    // Re-read on any DOM change (late rendering, menus closing) and on value events, coalesced
    // into one scan per frame.
    this.#observer = new MutationObserver(() => this.#schedule());
    const onEvent = () => this.#schedule();
    ctx.addEventListener(document, 'change', onEvent, { capture: true });
    ctx.addEventListener(document, 'input', onEvent, { capture: true });
    // The popup may have changed the chosen preset while the page was in the background.
    ctx.addEventListener(window, 'focus', () => void this.#loadPresets());
  }

  start(): void {
    this.#observe();
    this.#schedule();
    // The panel shows once the presets are there too: a preset list that fills in later would move
    // under the merchant's (or a keyboard user's) hands.
    void this.#loadVocabulary(this.#loadPresets());
    void this.#loadOffer();
  }

  /** A preset link whose fragment survived BigCommerce's redirect is handed over here; the
   *  deep-link page's own script hands it over otherwise. Either way the background parses it,
   *  and says in the panel that a link is waiting, with a script of its own (link-offer.ts). */
  async #loadOffer(): Promise<void> {
    if (isPresetFragment(location.hash) && loadedWithFragment(location.hash)) await sendToBackground('link:found', { fragment: location.hash.slice(1) });
    await sendToBackground('link:show', {});
  }

  /** A tick changed: the background stores the complete choice for this store, then decides again. */
  async #include(id: string, included: boolean): Promise<void> {
    const preset = this.selectedPreset;
    if (!preset) return;
    const excluded = (this.#decision?.optional ?? []).filter((row) => (row.id === id ? !included : !row.included)).map((row) => row.id);
    this.#lastFill = null;
    this.#asked++; // the decision shown no longer holds for a fill
    await sendToBackground('choices:set', { presetId: preset.id, excluded });
    this.refresh();
  }

  #observe(): void {
    this.#observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['value', 'aria-expanded'] });
  }

  /** The catalogue and language tables, and the in-page UI, from the background (they are not
   *  bundled: budget). Without either, nothing is shown rather than something guessed. */
  async #loadVocabulary(presets: Promise<void>): Promise<void> {
    const [vocabulary, loaded] = await Promise.all([this.#vocabulary(), sendToBackground('page-ui:load', {}), presets]);
    const ui = loaded?.ok ? installedPageUi() : null;
    if (!vocabulary || !ui || this.#stopped) return;
    useVocabulary(vocabulary);
    ui.usePageStyles(vocabulary.styles);
    // The UI's bundle has its own registry: the fill reads the catalogue and tables there.
    ui.useVocabulary(vocabulary);
    this.#ui = ui;
    this.#panel = ui.createPanel({
      onSelect: (id) => void this.#select(id),
      onFill: () => void this.fill(),
      onInclude: (id, included) => void this.#include(id, included),
      pageReport: () => this.pageReport(),
    });
    // A preset link's offer was answered (link-offer.ts): Add preset chose a preset.
    this.#ctx.addEventListener(this.#panel.host, PRESETS_CHANGED, () => {
      this.#lastFill = null;
      void this.#loadPresets();
    });
    this.#vocabularyLoaded = true;
    this.refresh();
  }

  stop(): void {
    this.#stopped = true;
    this.#observer.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#panel?.host.remove();
    this.#ui?.removeMarkers(document);
  }

  get selectedPreset(): Preset | null {
    return this.#presets.presets.find((p) => p.id === this.#presets.selectedId) ?? null;
  }

  /** The form now, or as last read if the page has already moved on: what a capture records. */
  formForCapture(): ScannedForm | null {
    const now = this.#scan(document);
    if (now.model.rows.length > 0) return now;
    return this.formFound ? this.#form : null;
  }

  /** Whether this document shows the create form (a scope row or the Stencil access level). */
  get formFound(): boolean {
    return (this.#form?.model.rows.length ?? 0) > 0 || this.#form?.model.accessLevel != null;
  }

  /** The panel's headline and problems, for the popup (the same words, not only a count). */
  get statusView(): StatusView | null {
    return this.#decision?.view ?? null;
  }

  /** A JSON outline of what the adapter saw; never a typed value, never anything from a pop-up. */
  async pageReport(): Promise<string | null> {
    // The facts are read by the in-page UI's module (budget); without it there is no panel either.
    const facts = this.#ui?.pageFacts(this.#scan(document));
    const reply = facts && (await sendToBackground('page-report:build', { facts }));
    return reply?.json ?? null;
  }

  async #loadPresets(): Promise<void> {
    // A choice made here meanwhile wins over the stored one it may not have reached yet: focusing
    // the panel's select inside a frame focuses the frame's window, which reloads the presets
    // while the keys that follow are choosing.
    const chosen = this.#chosen;
    if (this.#storing) await this.#storing;
    // null: the extension was updated or reloaded under this page ("Extension context invalidated").
    const state = await sendToBackground('presets:get', {});
    if (state && !this.#stopped) {
      this.#presets = chosen === this.#chosen ? state : { ...state, selectedId: this.#presets.selectedId };
      this.refresh();
    }
  }

  async #select(id: string | null): Promise<void> {
    this.#chosen++;
    this.#presets = { ...this.#presets, selectedId: id };
    this.#lastFill = null;
    this.refresh();
    await (this.#storing = sendToBackground('presets:select', { id }));
  }

  #schedule(): void {
    if (this.#frame || this.#stopped || this.#busy) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (this.#ctx.isValid) this.refresh();
    });
  }

  /** Collect, have the background decide, then show: the panel, and a marker on every row. */
  refresh(): void {
    if (this.#stopped || !this.#vocabularyLoaded) return;
    const form = this.#scan(document);
    this.#form = form;
    if (!this.#busy && form.unreadMenus.some(needsReading)) {
      // Labels not understood: the list can only be read by position once each row's options are known.
      void this.#readMenus(form.unreadMenus);
    }
    // "Form filled" holds only while the form is exactly as the fill left it.
    if (this.#lastFill?.ok && this.#filledState !== formState(form)) this.#lastFill = null;
    const asked = ++this.#asked;
    void decide(form, this.#presets.selectedId, this.#lastFill).then((decision) => {
      // Answers can cross: only the newest reading is shown.
      if (decision && asked === this.#asked) this.#show(form, (this.#answered = asked, decision));
    });
  }

  /** The merchant said what a row or an option text is (a trusted choice at its marker): the
   *  background remembers it for this form (by the page's URL) and language, and the form is
   *  decided again with it. */
  async #teach(kind: 'row' | 'level', label: string, value: string): Promise<void> {
    this.#asked++; // the decision shown no longer holds for a fill
    await sendToBackground('taught:set', { language: this.#form!.model.language, kind, label, value });
    this.refresh();
  }

  /** Shows a decision: the panel's words and ticks, and the row markers. */
  #show(form: ScannedForm, decision: PageDecision): void {
    if (this.#stopped) return;
    this.#decision = decision;
    this.#mountPanel();
    this.#ui!.updateMarkers(form, decision.markers, (kind, label, value) => void this.#teach(kind, label, value));
    this.#updatePanel();
  }

  #updatePanel(): void {
    if (!this.#decision) return;
    this.#panel!.update({
      presets: this.#presets.presets,
      selectedId: this.#presets.selectedId,
      busy: this.#busy,
      optional: this.#decision.optional,
      ...this.#decision.view,
    });
  }

  async #readMenus(handles: ScannedForm['unreadMenus']): Promise<void> {
    this.#busy = true;
    try {
      await readMenus(handles);
    } finally {
      this.#busy = false;
      this.refresh();
    }
  }

  /** In the page's flow, just above the form's first control; re-placed if React replaced it. */
  #mountPanel(): void {
    const first = this.#form?.handles[this.#form.model.tokenType?.key ?? this.#form.model.rows[0]?.key ?? -1];
    const anchor = first?.element.closest('form') ?? first?.container ?? null;
    if (!anchor?.parentElement) return;
    const host = this.#panel!.host;
    if (host.nextElementSibling !== anchor) anchor.parentElement.insertBefore(host, anchor);
  }

  /** Fills with the chosen preset, or with the preset of `givenId` (the popup's choice, which the
   *  background has already stored, with the optional rows left out). One question to the
   *  background before the fill and one after (utils/dom/fill-form.ts); the answer after it is
   *  shown as it is. */
  async fill(givenId?: string): Promise<FillReport> {
    // A preset created or imported after this page loaded is not in the panel's list yet.
    const listStale = givenId !== undefined && !this.#presets.presets.some((p) => p.id === givenId);
    if (givenId !== undefined) {
      this.#presets = { ...this.#presets, selectedId: givenId };
      this.#lastFill = null;
    }
    const presetId = givenId ?? this.selectedPreset?.id;
    // One shape for every refusal (the content script's bytes are counted).
    // No UI: the fill's code (in the UI's bundle) is not there either, and no panel was shown.
    const ui = this.#ui;
    const refusal = !presetId ? 'content_fillNoPreset' : !this.formFound || !ui ? 'content_fillNoForm' : this.#busy ? 'content_fillBusy' : null;
    if (refusal !== null || !presetId || !ui) return { ok: false, message: t(refusal ?? 'content_fillNoPreset'), notSet: [], problems: [] };
    // The decision shown, when it answers the newest reading and the preset is the one it was
    // made for: the fill then starts without a question to the background.
    const current = givenId === undefined && this.#answered === this.#asked ? { form: this.#form!, decision: this.#decision! } : null;
    this.#busy = true;
    this.#asked++; // an answer still on its way describes the form before the fill
    // A re-reading queued for the next frame (the Name field's change event as it loses focus to
    // the button) would only ask the background during the fill: the fill reads the form itself.
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#updatePanel();
    // Nothing is re-read while filling (the fill re-reads at its end), so stop recording the
    // page's every mutation for it: each row's menu and render would queue records for nothing.
    this.#observer.disconnect();
    let shown = false;
    try {
      const outcome = await ui.fillForm(document, presetId, this.#scan, current);
      // Judged by the background on the fresh reading: "Form filled" only when everything was verified.
      const report = outcome.after?.fill ?? { ok: false, message: t('content_fillPartial'), notSet: [] };
      this.#lastFill = { ok: report.ok, message: report.message, notSet: report.notSet };
      this.#filledState = report.ok ? formState(outcome.form) : null;
      this.#busy = false;
      if (outcome.after) {
        this.#form = outcome.form;
        this.#show(outcome.form, outcome.after);
        shown = true;
      }
      return report;
    } finally {
      this.#busy = false;
      if (!this.#stopped) this.#observe();
      if (!shown) this.refresh();
      if (listStale) void this.#loadPresets();
    }
  }
}
