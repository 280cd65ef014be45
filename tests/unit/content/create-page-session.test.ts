// @vitest-environment happy-dom
/**
 * The create-page session on the fixture's rendered markup: the panel and row markers follow the
 * form, Fill runs collect → decide → execute and reports, stop() leaves the page as it was.
 * The background answers through browser.runtime.sendMessage (WXT's fakeBrowser); comboboxes
 * run with the React stand-in of tests/unit/fixtures/markup/index.ts (e2e covers the real ones).
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from '../../../utils/content/context';
import { CreatePageSession } from '../../../utils/content/create-page-session';
import { findControls } from '../../../utils/dom/find-controls';
import type { Preset } from '../../../utils/presets/types';
import { fakeReactComboboxes, loadPage, type FakeReact } from '../fixtures/markup';
import { decide } from '../../../utils/decide/decide';
import { vocabulary } from '../../../utils/background/vocabulary';
import type { BackgroundRequest } from '../../../utils/messaging/protocol';
import { excludedRows } from '../../../utils/presets/choice';
import { showLinkOffer } from '../../../components/page/link-offer';
import { installPageUi } from '../../../components/page/ui';

const preset = (id: string, scopes: Preset['scopes']): Preset => ({
  id,
  name: `Preset ${id}`,
  description: '',
  sources: [{ url: `https://example.com/${id}`, title: `${id} guide` }],
  tokenType: 'v2v3',
  // A fill types it into the empty Name field: with the name too short, "Form filled" is never said.
  accountName: `Integration ${id}`,
  scopes,
});
const ORDERS = preset('orders', { orders: { level: 'modify', required: true }, products: { level: 'read-only', required: true } });
const LATE = preset('late', { customers: { level: 'read-only', required: true } });

// happy-dom 21 has no Option constructor; the panel builds its preset list with `new Option()`.
if (typeof Option === 'undefined') {
  vi.stubGlobal('Option', function Option(text = '', value?: string) {
    const option = document.createElement('option');
    option.text = text;
    if (value !== undefined) option.value = value;
    return option;
  });
}

let sendMessage: MockInstance;
/** What the background holds: the presets and the chosen one. */
let state: { presets: Preset[]; selectedId: string | null };
/** What the background holds for this store: presetId → optional rows left out. */
let choices: Record<string, string[]>;
/** Whether a preset link is waiting for this tab and store (link:show, link:waiting). */
let pendingLink: boolean;
let session: CreatePageSession | null = null;
let fake: FakeReact | null = null;

const ctx = {
  isValid: true,
  addEventListener: (target: EventTarget, type: string, listener: EventListener, options?: AddEventListenerOptions) =>
    target.addEventListener(type, listener, options),
  onInvalidated: vi.fn(),
} as unknown as ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    subs?.length ? `${key}(${subs.join('|')})` : key) as typeof fakeBrowser.i18n.getMessage);
  state = { presets: [ORDERS], selectedId: null };
  choices = {};
  pendingLink = false;
  // eslint-disable-next-line @typescript-eslint/no-misused-promises, @typescript-eslint/require-await -- stands in for sendMessage's promise overload (the cast names all its overloads); async wraps each answer in a promise as the real one does
  sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (request: BackgroundRequest) => {
    switch (request.type) {
      // The background's real answers: the vocabulary (catalogue, styles) and its decisions, with
      // the optional rows this store left out (the background's record, never the page's word).
      case 'vocabulary:get':
        return structuredClone(vocabulary());
      case 'page-ui:load':
        // The background injects the panel and markers (entrypoints/page-ui.ts) into the page's world.
        installPageUi();
        return { ok: true };
      case 'form:decide': {
        // The background looks the preset up by id among those it stores.
        const preset = state.presets.find((p) => p.id === request.presetId) ?? null;
        return structuredClone(
          decide(request.model, preset, request.lastFill, preset ? excludedRows(preset, choices[preset.id]) : new Set(), request.failed),
        );
      }
      case 'presets:get':
        return structuredClone(state);
      case 'presets:select':
        state = { ...state, selectedId: request.id ?? null };
        return { ok: true };
      case 'choices:set':
        choices[request.presetId] = request.excluded;
        return { ok: true };
      case 'link:show':
        // The background injects the offer's own script (entrypoints/link-offer.ts) only when a link waits.
        if (pendingLink) void showLinkOffer(document);
        return { ok: true };
      case 'link:waiting':
        return { waiting: pendingLink };
      default:
        return { ok: true };
    }
  }) as typeof fakeBrowser.runtime.sendMessage);
});
afterEach(() => {
  session?.stop();
  session = null;
  fake?.uninstall();
  fake = null;
});

/** What the session asked or told, apart from the vocabulary, the UI and the decisions (asked all the time). */
const requests = () =>
  sendMessage.mock.calls
    .map((call) => call[0] as { type: string; id?: string | null })
    .filter((r) => r.type !== 'vocabulary:get' && r.type !== 'page-ui:load' && r.type !== 'form:decide');
/** Frames and tasks: the session re-reads the page once per animation frame, then asks the background. */
const settle = async () => {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    await new Promise((r) => setTimeout(r, 0));
  }
};

/** The page with a started session, once it has read the page and the presets. */
async function open(page: Parameters<typeof loadPage>[0], selectedId: string | null = null): Promise<CreatePageSession> {
  state.selectedId = selectedId;
  loadPage(page);
  session = new CreatePageSession(ctx);
  session.start();
  await settle();
  return session;
}

const panel = () => document.querySelector('scopekeeper-panel');
const panelPart = (selector: string) => panel()?.shadowRoot?.querySelector(selector) ?? null;
const status = () => panelPart('[role=status]')?.textContent;
const markers = () => Array.from(document.querySelectorAll<HTMLElement>('scopekeeper-marker'));
const markerOf = (label: string) => findControls(document).find((h) => h.label === label)!.container.querySelector<HTMLElement>('scopekeeper-marker');

describe('CreatePageSession on the native create page', () => {
  it('shows the panel above the form, lists the presets and asks for one', async () => {
    await open('native-create');
    // The presets, and whether a preset link is waiting to be offered.
    expect(requests()).toEqual([{ type: 'presets:get' }, { type: 'link:show' }]);
    expect(panel()?.nextElementSibling).toBe(document.querySelector('form'));
    expect(status()).toBe('content_choosePresetToCheck_other(28)');
    const options = Array.from((panelPart('select') as HTMLSelectElement).options, (o) => o.textContent);
    expect(options).toEqual(['content_choosePreset', 'Preset orders']);
    expect((panelPart('button') as HTMLButtonElement).disabled).toBe(true);
    // A marker per row, hidden while there is nothing to compare with.
    expect(markers()).toHaveLength(28);
    expect(markers().every((m) => m.hidden)).toBe(true);
    expect(session!.formFound).toBe(true);
    expect(session!.statusView?.problems).toEqual([]);
  });

  it('compares the form with the preset chosen in the panel, and tells the background', async () => {
    await open('native-create');
    const select = panelPart('select') as HTMLSelectElement;
    // The page's own change event is not the user's: ignored, and the shown choice put back.
    select.value = 'orders';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(requests()).not.toContainEqual({ type: 'presets:select', id: 'orders' });
    expect(select.value).toBe('');
    // The user's (happy-dom cannot make a trusted event: this one stands in for it).
    select.value = 'orders';
    const userChange = new Event('change');
    Object.defineProperty(userChange, 'isTrusted', { value: true });
    select.dispatchEvent(userChange);
    await settle();
    expect(requests()).toContainEqual({ type: 'presets:select', id: 'orders' });
    expect(status()).toBe('content_rowsToChange_other(2)');
    expect(session!.statusView?.status).toBe('content_rowsToChange_other(2)');
    const problems = Array.from(panelPart('ul')?.children ?? [], (li) => li.textContent);
    // Rows named (in the panel and in what the popup shows), and required ones not set yet say not to save.
    expect(problems).toEqual(['content_nameTooShort_other(4)', 'content_doNotSave', 'content_requiredUnset(Orders, Products)']);
    expect(markerOf('Orders')?.dataset.status).toBe('missing');
    expect(markerOf('Customers')?.dataset.status).toBe('not-in-preset');
  });

  it('a reload of the presets that answers with the stored choice does not undo a choice made meanwhile', async () => {
    await open('native-create');
    const select = panelPart('select') as HTMLSelectElement;
    // Focusing the select inside a frame focuses the frame's window, which reloads the presets:
    // that answer left the background before the user's choice below was stored.
    const stale = structuredClone(state);
    let answerStale: () => void = () => undefined;
    const real = sendMessage.getMockImplementation()!;
    sendMessage.mockImplementation(((request: BackgroundRequest) =>
      request.type === 'presets:get' ? new Promise<unknown>((resolve) => (answerStale = () => resolve(stale))) : (real(request) as Promise<unknown>)) as typeof fakeBrowser.runtime.sendMessage);
    window.dispatchEvent(new Event('focus'));
    select.value = 'orders';
    const userChange = new Event('change');
    Object.defineProperty(userChange, 'isTrusted', { value: true });
    select.dispatchEvent(userChange);
    await settle();
    answerStale();
    await settle();
    expect(select.value).toBe('orders');
    expect(session!.selectedPreset?.id).toBe('orders');
    expect(status()).toBe('content_rowsToChange_other(2)');
  });

  it('follows the user’s changes to the form', async () => {
    await open('native-create', 'orders');
    const orders = findControls(document).find((h) => h.label === 'Orders')!.element as HTMLSelectElement;
    orders.value = 'modify';
    orders.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(status()).toBe('content_rowsToChange_one(1)');
    expect(markerOf('Orders')?.dataset.status).toBe('right');
  });

  it('fills the form with the chosen preset and reports it', async () => {
    await open('native-create', 'orders');
    expect(await session!.fill()).toMatchObject({ ok: true, message: 'content_fillDone', notSet: [] });
    await settle();
    expect(status()).toBe('content_matchCount_other(28|28) content_fillDone');
    expect(markerOf('Products')?.dataset.status).toBe('right');
  });

  it('starts from the decision shown for the unchanged form, asks once after the fill, and shows that answer as it is', async () => {
    await open('native-create', 'orders');
    await settle();
    const decides = () => sendMessage.mock.calls.filter((call) => (call[0] as { type: string }).type === 'form:decide').length;
    const before = decides();
    await session!.fill();
    expect(decides() - before).toBe(1);
    // Shown without another question: the panel already says what the fill did.
    expect(status()).toBe('content_matchCount_other(28|28) content_fillDone');
  });

  it('asks before the fill too when the form changed since the decision shown', async () => {
    await open('native-create', 'orders');
    await settle();
    const decides = () => sendMessage.mock.calls.filter((call) => (call[0] as { type: string }).type === 'form:decide').length;
    // Changed without an event the session hears: the reading it decided on is not the form's now.
    const orders = findControls(document).find((h) => h.label === 'Orders')!.element as HTMLSelectElement;
    orders.value = orders.options[1]!.value;
    const before = decides();
    expect((await session!.fill()).ok).toBe(true);
    expect(decides() - before).toBe(2);
  });

  it('reports the rows the page did not take', async () => {
    await open('native-create', 'orders');
    const orders = findControls(document).find((h) => h.label === 'Orders')!.element as HTMLSelectElement;
    // A React-controlled select whose state refuses the change.
    orders.addEventListener('change', () => (orders.value = 'None'));
    expect(await session!.fill()).toMatchObject({ ok: false, message: 'content_fillCouldNotSet(Orders)', notSet: ['Orders'] });
    await settle();
    expect(panelPart('ul')?.textContent).toContain('content_fillCouldNotSet(Orders)');
  });

  it('fills with the preset the popup sends, adding it when it was created after the page loaded', async () => {
    await open('native-create');
    // The popup created it and chose it through the background; this page's list is older.
    state = { presets: [...state.presets, LATE], selectedId: LATE.id };
    const report = await session!.fill(LATE.id);
    expect(report.ok).toBe(true);
    expect(findControls(document).find((h) => h.label === 'Customers')!.element.value).toBe('read-only');
    // The popup has stored its choice already: nothing is told again; the list is read once more.
    expect(requests()).toEqual([{ type: 'presets:get' }, { type: 'link:show' }, { type: 'presets:get' }]);
    await settle();
    const select = panelPart('select') as HTMLSelectElement;
    expect(Array.from(select.options, (o) => o.textContent)).toEqual(['content_choosePreset', 'Preset orders', 'Preset late']);
    expect(select.value).toBe('late');
  });

  it('refuses a fill without a preset, and a second fill while one runs', async () => {
    await open('native-create');
    expect(await session!.fill()).toMatchObject({ ok: false, message: 'content_fillNoPreset', notSet: [] });
    state.selectedId = 'orders';
    window.dispatchEvent(new Event('focus'));
    await settle();
    const first = session!.fill();
    expect(await session!.fill()).toMatchObject({ ok: false, message: 'content_fillBusy', notSet: [] });
    expect((await first).ok).toBe(true);
  });

  it('keeps the form as last read for a capture when the page has already removed it', async () => {
    await open('native-credentials-popup');
    document.querySelector('form')!.remove();
    expect(session!.formForCapture()?.model.name).toBe('Snapshot account');
    await settle();
    // Once the removal has been read, there is no form to report.
    expect(session!.formFound).toBe(false);
  });

  it('leaves the page as it was when stopped', async () => {
    await open('native-create', 'orders');
    expect(markers().filter((m) => !m.hidden)).toHaveLength(28);
    session!.stop();
    expect(panel()).toBeNull();
    expect(markers()).toEqual([]);
    // Nothing comes back on later changes.
    document.querySelector('form')!.append(document.createElement('div'));
    await settle();
    expect(panel()).toBeNull();
    expect(markers()).toEqual([]);
  });
});

describe('CreatePageSession: optional rows, notes, preset links', () => {
  const OPTIONAL = preset('opt', { orders: { level: 'modify', required: true }, products: { level: 'read-only', required: false } });
  const click = (el: Element | null | undefined) => {
    // A real click is trusted; happy-dom's synthetic ones are not, so the handlers are called as the browser would.
    const event = new MouseEvent('click');
    Object.defineProperty(event, 'isTrusted', { value: true });
    el!.dispatchEvent(event);
  };

  it('a tick per optional row; unticking leaves the row at its default, right, and tells the background', async () => {
    state.presets = [OPTIONAL];
    await open('native-create', 'opt');
    const box = panelPart('fieldset input') as HTMLInputElement;
    expect(panelPart('fieldset label')?.textContent?.trim()).toBe('content_includeRow(Products)');
    expect(box.checked).toBe(true);
    expect(markerOf('Products')?.dataset.status).toBe('missing');
    box.checked = false;
    // A script's change event is not the merchant's: ignored.
    box.dispatchEvent(new Event('change'));
    await settle();
    expect(requests().map((r) => r.type)).not.toContain('choices:set');
    const change = new Event('change');
    Object.defineProperty(change, 'isTrusted', { value: true });
    box.dispatchEvent(change);
    await settle();
    expect(requests()).toContainEqual({ type: 'choices:set', presetId: 'opt', excluded: ['products'] });
    expect(markerOf('Products')?.dataset.status).toBe('right');
    expect(status()).toBe('content_rowsToChange_one(1) content_leftOut(Products)');
    await session!.fill();
    expect(findControls(document).find((h) => h.label === 'Products')!.element.value).toBe('None');
    expect(findControls(document).find((h) => h.label === 'Orders')!.element.value).toBe('modify');
  });

  it('the stored choice comes with the decision, the preset notes with the presets', async () => {
    state.presets = [{ ...OPTIONAL, notes: ['Short note.'] }];
    choices = { opt: ['products'] };
    await open('native-create', 'opt');
    expect((panelPart('fieldset input') as HTMLInputElement).checked).toBe(false);
    expect(panelPart('.notes')?.textContent).toBe('content_notes Short note.');
    expect(panelPart('.source a')?.getAttribute('href')).toBe('https://example.com/opt');
  });

  it('says a preset link is waiting, shows none of its preset, and only a real click asks for the review page; nothing is added or filled here', async () => {
    pendingLink = true;
    await open('native-create');
    expect(panelPart('.offer p')?.textContent).toBe('links_waiting');
    expect(panelPart('.offer li')).toBeNull();
    const buttons = Array.from(panel()!.shadowRoot!.querySelectorAll('.offer button'));
    expect(buttons.map((b) => b.textContent)).toEqual(['links_review_button']);
    buttons[0]!.dispatchEvent(new MouseEvent('click'));
    expect(requests().map((r) => r.type)).not.toContain('link:review');
    click(buttons[0]);
    await settle();
    expect(requests().map((r) => r.type)).toContain('link:review');
    // No message of the content script can add a link's preset: only the review page can.
    expect(requests().map((r) => r.type).filter((t) => /^link:(add|get|dismiss)/.test(t))).toEqual([]);
    // Settled in the review page: when the tab shows again the notice goes and the presets reload.
    pendingLink = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(panelPart('.offer')).toBeNull();
    expect(requests().filter((r) => r.type === 'presets:get')).toHaveLength(2);
    expect(findControls(document).find((h) => h.label === 'Orders')!.element.value).toBe('None');
  });
});

describe('CreatePageSession elsewhere', () => {
  it('waits for a form on a page without one, and will not fill', async () => {
    state.selectedId = 'orders';
    document.body.innerHTML = '<main><h1>Store-level API accounts</h1></main>';
    session = new CreatePageSession(ctx);
    session.start();
    await settle();
    expect(panel()).toBeNull();
    expect(session.formFound).toBe(false);
    expect(await session.fill()).toMatchObject({ ok: false, message: 'content_fillNoForm', notSet: [] });
  });

  it('shows nothing rather than guessing when the background cannot be reached', async () => {
    // Without the vocabulary (catalogue, languages) no row can be identified: no panel, no throw.
    sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
    await open('native-create');
    expect(panel()).toBeNull();
    expect(session!.formFound).toBe(false);
  });

  it.each(['bigdesign', 'legacy'] as const)('fills the %s comboboxes', async (variant) => {
    state.selectedId = 'orders';
    loadPage(`${variant}-create`);
    fake = fakeReactComboboxes(variant);
    session = new CreatePageSession(ctx);
    session.start();
    await settle();
    expect(await session.fill()).toMatchObject({ ok: true, message: 'content_fillDone', notSet: [] });
    await settle();
    expect(status()).toBe('content_matchCount_other(28|28) content_fillDone');
  });
});
