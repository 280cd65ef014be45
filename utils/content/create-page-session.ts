/**
 * Everything Scopekeeper does on the create page: wait for the form (it may render late), show
 * the panel and row markers, keep them live as the user changes dropdowns, and fill on request.
 */
import { t } from '../i18n';
import type { ContentScriptContext } from './context';
import { diffForm, type FormDiff } from '../form/diff';
import { fillForm } from '../dom/fill-form';
import { type FormFlavour, scanForm, type ScannedForm, STORE_FORM } from '../dom/scan-form';
import type { FillReport, LinkOffer, PagePresets } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import { excludedRows, optionalRowIds } from '../presets/choice';
import { isPresetFragment } from '../presets/link-format';
import type { Preset } from '../presets/types';
import { scopeById } from '../scopes/catalogue';
import { removeMarkers, updateMarkers } from '../../components/page/markers';
import { createPanel, type Panel } from '../../components/page/panel';
import { describeDiff } from '../../components/page/status-text';

export class CreatePageSession {
  private presets: PagePresets = { presets: [], selectedId: null, excluded: {} };
  private offer: LinkOffer | null = null;
  private panel: Panel;
  private observer: MutationObserver;
  private form: ScannedForm | null = null;
  private diff: FormDiff | null = null;
  private lastFill: FillReport | null = null;
  private busy = false;
  private frame = 0;
  private stopped = false;

  /** `flavour`: which create form this page is (the background sends only presets for it; the
   *  popup sends no preset for the other form). */
  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly flavour: FormFlavour = STORE_FORM,
  ) {
    this.panel = createPanel({
      onSelect: (id) => void this.select(id),
      onFill: () => void this.fill(),
      onInclude: (id, included) => void this.include(id, included),
      onAddLink: () => void this.settleLink('link:add'),
      onDismissLink: () => void this.settleLink('link:dismiss'),
    });
    // Re-read on any DOM change (late rendering, menus closing) and on value events, coalesced
    // into one scan per frame.
    this.observer = new MutationObserver(() => this.schedule());
    const onEvent = () => this.schedule();
    ctx.addEventListener(document, 'change', onEvent, { capture: true });
    ctx.addEventListener(document, 'input', onEvent, { capture: true });
    // The popup may have changed the chosen preset while the page was in the background.
    ctx.addEventListener(window, 'focus', () => void this.loadPresets());
  }

  start(): void {
    this.observe();
    this.schedule();
    void this.loadPresets();
    void this.loadOffer();
  }

  /** A preset link whose fragment survived BigCommerce's redirect is handed over here; the
   *  deep-link page's own script hands it over otherwise. Either way the background parses it. */
  private async loadOffer(): Promise<void> {
    if (isPresetFragment(location.hash)) await sendToBackground('link:found', { fragment: location.hash.slice(1) });
    const offer = await sendToBackground('link:get', {});
    if (!this.stopped) {
      this.offer = offer;
      this.refresh();
    }
  }

  /** "Add preset" adds and chooses it (the background does both); neither button fills. */
  private async settleLink(type: 'link:add' | 'link:dismiss'): Promise<void> {
    this.offer = null;
    this.refresh();
    await sendToBackground(type, {});
    this.lastFill = null;
    await this.loadPresets();
  }

  /** The optional rows of `preset` left out on this store. */
  private excludedFor(preset: Preset): Set<string> {
    return excludedRows(preset, this.presets.excluded[preset.id]);
  }

  private async include(id: string, included: boolean): Promise<void> {
    const preset = this.selectedPreset;
    if (!preset) return;
    const excluded = this.excludedFor(preset);
    if (included) excluded.delete(id);
    else excluded.add(id);
    this.presets = { ...this.presets, excluded: { ...this.presets.excluded, [preset.id]: [...excluded] } };
    this.lastFill = null;
    this.refresh();
    await sendToBackground('choices:set', { presetId: preset.id, excluded: [...excluded] });
  }

  private observe(): void {
    this.observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['value', 'aria-expanded'] });
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    cancelAnimationFrame(this.frame);
    this.panel.host.remove();
    removeMarkers(document);
  }

  get selectedPreset(): Preset | null {
    return this.presets.presets.find((p) => p.id === this.presets.selectedId) ?? null;
  }

  /** The form now, or as last read if the page has already moved on: what a capture records. */
  formForCapture(): ScannedForm | null {
    const now = scanForm(document, this.flavour);
    if (now.model.rows.length > 0) return now;
    return this.formFound ? this.form : null;
  }

  get formFound(): boolean {
    return (this.form?.model.rows.length ?? 0) > 0;
  }

  /** What the popup shows: the status with its problems, each naming its rows. */
  get summary(): string | null {
    if (!this.diff || !this.form) return null;
    const { status, problems } = describeDiff(this.form, this.diff, this.selectedPreset, null);
    return [status, ...problems].join(' ');
  }

  private async loadPresets(): Promise<void> {
    // null: the extension was updated or reloaded under this page ("Extension context invalidated").
    const state = await sendToBackground('presets:get', {});
    if (state && !this.stopped) {
      this.presets = state;
      this.refresh();
    }
  }

  private async select(id: string | null): Promise<void> {
    this.presets = { ...this.presets, selectedId: id };
    this.lastFill = null;
    this.refresh();
    await sendToBackground('presets:select', { id });
  }

  private schedule(): void {
    if (this.frame || this.stopped || this.busy) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.ctx.isValid) this.refresh();
    });
  }

  /** Collect and decide, then show: the panel, and a marker on every row. */
  refresh(): void {
    if (this.stopped) return;
    this.form = scanForm(document, this.flavour);
    const preset = this.selectedPreset;
    const excluded = preset ? this.excludedFor(preset) : new Set<string>();
    this.diff = preset && this.formFound ? diffForm(this.form.model, preset, excluded) : null;
    this.mountPanel();
    updateMarkers(this.form, this.diff);
    this.panel.update({
      presets: this.presets.presets,
      selectedId: this.presets.selectedId,
      busy: this.busy,
      optional: preset ? optionalRowIds(preset).map((id) => ({ id, label: scopeById(id)?.label ?? id, included: !excluded.has(id) })) : [],
      offer: this.offer,
      ...describeDiff(this.form, this.diff, preset, this.lastFill),
    });
  }

  /** In the page's flow, just above the form's first control; re-placed if React replaced it. */
  private mountPanel(): void {
    const first = this.form?.handles[this.form.model.tokenType?.key ?? this.form.model.rows[0]?.key ?? -1];
    const anchor = first?.element.closest('form') ?? first?.container ?? null;
    if (!anchor?.parentElement) return;
    if (this.panel.host.nextElementSibling !== anchor) anchor.parentElement.insertBefore(this.panel.host, anchor);
  }

  /** Fills with the chosen preset, or with `given` (the popup's choice, which it sends along
   *  with the optional rows it left out). */
  async fill(given?: Preset, givenExcluded?: string[]): Promise<FillReport> {
    if (given) {
      // The popup has already stored its choice; this page only follows it. A preset imported
      // or created after this page loaded is not in the list yet: add it.
      const known = this.presets.presets.some((p) => p.id === given.id);
      const excluded = givenExcluded ? { ...this.presets.excluded, [given.id]: givenExcluded } : this.presets.excluded;
      this.presets = { presets: known ? this.presets.presets : [...this.presets.presets, given], selectedId: given.id, excluded };
      this.lastFill = null;
    }
    const preset = given ?? this.selectedPreset;
    if (!preset) return { ok: false, message: t('content_fillNoPreset'), notSet: [] };
    if (!this.formFound) return { ok: false, message: t('content_fillNoForm'), notSet: [] };
    if (this.busy) return { ok: false, message: t('content_fillBusy'), notSet: [] };
    this.busy = true;
    this.refresh();
    // Nothing is re-read while filling (the fill re-reads at its end), so stop recording the
    // page's every mutation for it: each row's menu and render would queue records for nothing.
    this.observer.disconnect();
    try {
      const outcome = await fillForm(document, preset, this.excludedFor(preset), this.flavour);
      const notSet = [...new Set([...outcome.failures.map((f) => f.label), ...outcome.notSet])];
      this.lastFill = {
        ok: notSet.length === 0,
        message: notSet.length === 0 ? t('content_fillDone') : t('content_fillCouldNotSet', notSet.join(', ')),
        notSet,
      };
      return this.lastFill;
    } finally {
      this.busy = false;
      if (!this.stopped) this.observe();
      this.refresh();
    }
  }
}
