// @vitest-environment happy-dom
/**
 * The capture watcher on the fixture's rendered pop-ups: one record per set of credentials
 * however often the dialog re-renders, retries with their delays when the background does not
 * answer, and one warning for a pop-up it cannot read. The background is reached through
 * browser.runtime.sendMessage (WXT's fakeBrowser), the lowest point every message passes.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from '../../../utils/content/context';
import { showNotice } from '../../../components/page/notice';
import { watchForCredentials } from '../../../utils/content/capture-watcher';
import { ENGLISH_POPUP_LABELS, credentialPopupsIn } from '../../../utils/dom/read-credentials';
import { scanForm } from '../../../utils/dom/scan-form';
import { CREDENTIALS, loadPage, VARIANTS, type Variant } from '../fixtures/markup';

// The real notice, counted.
vi.mock('../../../components/page/notice', async (original) => {
  const real = await original<typeof import('../../../components/page/notice')>();
  return { ...real, showNotice: vi.fn(real.showNotice) };
});

/** The background's answer to a capture, unless a test says otherwise. */
const notice = (detail: string, warn = false, actions: Array<{ id: string; label: string }> = []) => ({ warn, title: 'vault_notice_captured_title', detail, actions });
const ok = { ok: true, recordId: 'r1', missing: [], notice: notice('vault_notice_captured_detail') };
let sendMessage: MockInstance;
let stop: (() => void) | null = null;
const onInvalidated = vi.fn();
const listeners: Array<() => void> = [];
const ctx = {
  onInvalidated,
  isValid: true,
  isNewest: true,
  // Removed after each test, as the real context removes them when it ends: a listener left
  // from an earlier test must not answer this test's clicks.
  addEventListener: (target: EventTarget, type: string, listener: EventListener, options?: AddEventListenerOptions) => {
    target.addEventListener(type, listener, options);
    listeners.push(() => target.removeEventListener(type, listener, options));
  },
  setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
} as unknown as ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  // Keys instead of sentences: the assertions name the message, whatever its wording.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    subs?.length ? `${key}(${subs.join('|')})` : key) as typeof fakeBrowser.i18n.getMessage);
  sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
  sendMessage.mockResolvedValue(ok);
  vi.mocked(showNotice).mockClear();
  onInvalidated.mockClear();
});
afterEach(() => {
  stop?.();
  stop = null;
  for (const remove of listeners.splice(0)) remove();
  vi.useRealTimers();
});

interface SentCapture {
  type: string;
  captureId: string;
  popup: typeof CREDENTIALS;
  form: { scopes: Record<string, string> };
}
/** The requests the watcher sent to the background. */
const sent = () => sendMessage.mock.calls.map((call) => call[0] as SentCapture).filter((m) => m.type !== 'capture:expect');
/** How often the watcher told the background a Save was clicked (so it gets ready meanwhile). */
const expected = () => sendMessage.mock.calls.filter((call) => (call[0] as { type: string }).type === 'capture:expect').length;
const notices = () => vi.mocked(showNotice).mock.calls.map(([kind, title, detail]) => ({ kind, title, detail }));
/** Lets mutation observers and promise chains run (real or fake timers). */
const settle = async () => {
  if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(0);
  else await new Promise((r) => setTimeout(r, 0));
};

/**
 * The fixture's page after Save, with its pop-up taken out again: returns a function that puts
 * a fresh copy of that pop-up (or of the element the page mounts it in) back where it was.
 */
function pageBeforePopup(variant: Variant): () => Element {
  loadPage(`${variant}-credentials-popup`);
  const dialog = credentialPopupsIn(document.body)[0]!;
  // BigDesign portals the modal into a div of its own; the others mount the dialog itself.
  const holder = variant === 'bigdesign' ? Array.from(document.body.children).find((c) => c.contains(dialog))! : dialog;
  const parent = holder.parentElement!;
  holder.remove();
  return () => {
    const copy = holder.cloneNode(true) as Element;
    parent.append(copy);
    return copy;
  };
}

function start(): void {
  stop = watchForCredentials(ctx, () => scanForm(document));
}

/** The watcher running on the page under a pop-up still to come; returns what shows the pop-up. */
function watch(variant: Variant): () => Element {
  const showPopup = pageBeforePopup(variant);
  start();
  return showPopup;
}

describe.each(VARIANTS)('capture on the %s fixture', (variant) => {
  it('sends the pop-up’s values with the form under it, once, and confirms', async () => {
    const showPopup = watch(variant);
    showPopup();
    await settle();
    expect(sent()).toEqual([
      {
        type: 'capture',
        // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers (expect.stringMatching …) as any
        captureId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        popup: { ...CREDENTIALS, labelled: [] },
        // No trusted click or Enter came first (happy-dom makes none).
        trustedSave: false,
        savedApiPath: null,
        savedScopes: null,
        form: {
          name: 'Snapshot account',
          apiPath: 'https://api.bigcommerce.com/stores/abc123/v3/',
          // The token type as its id, not the page's words for it.
          tokenType: 'v2v3',
          // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers (expect.stringMatching …) as any
          scopes: expect.objectContaining({ orders: 'none', 'metafields-access': 'standard' }),
        },
      },
    ]);
    expect(Object.keys(sent()[0]!.form.scopes)).toHaveLength(28);
    expect(notices()).toEqual([{ kind: 'ok', title: 'vault_notice_captured_title', detail: 'vault_notice_captured_detail' }]);
  });

  it('sends one record however often the dialog re-renders or is replaced', async () => {
    const showPopup = watch(variant);
    const popup = showPopup();
    await settle();
    for (let i = 0; i < 3; i++) {
      // Re-render in place: every node replaced by an equal one, values written again.
      const dialog = credentialPopupsIn(popup)[0]!;
      dialog.replaceChildren(...Array.from(dialog.children, (c) => c.cloneNode(true)));
      for (const input of dialog.querySelectorAll('input')) input.setAttribute('value', input.value);
      await settle();
    }
    // Unmounted and mounted again with the same values.
    popup.remove();
    showPopup();
    await settle();
    expect(sent()).toHaveLength(1);
  });
});

describe('capture', () => {
  it('sends another record for other credentials', async () => {
    const showPopup = watch('native');
    showPopup().remove();
    await settle();
    const second = showPopup();
    second.querySelector('input')!.setAttribute('value', 'anotherclientid0123456789abcdef');
    await settle();
    expect(sent().map((m) => m.popup.clientId)).toEqual([CREDENTIALS.clientId, 'anotherclientid0123456789abcdef']);
    expect(new Set(sent().map((m) => m.captureId)).size).toBe(2);
  });

  it('captures a pop-up the page removes in the same task', async () => {
    const showPopup = watch('legacy');
    showPopup().remove();
    await settle();
    expect(sent().map((m) => m.popup)).toEqual([{ ...CREDENTIALS, labelled: [] }]);
  });

  it('captures a pop-up already open when the watcher starts', async () => {
    loadPage('bigdesign-credentials-popup');
    start();
    await settle();
    expect(sent().map((m) => m.popup)).toEqual([{ ...CREDENTIALS, labelled: [] }]);
  });

  it('shows the notice as the background words it (missing fields warn)', async () => {
    sendMessage.mockResolvedValue({ ok: true, recordId: 'r1', missing: ['clientSecret'], notice: notice('Worded by the background', true) });
    watch('native')();
    await settle();
    expect(notices()).toEqual([{ kind: 'warn', title: 'vault_notice_captured_title', detail: 'Worded by the background' }]);
  });

  it('sends a notice button’s id back on a trusted click only', async () => {
    const actions = [
      { id: '6f1c2a7e-8a4b-4c3d-9e2f-1a2b3c4d5e6f', label: 'Encrypt for Acme' },
      { id: '0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b', label: 'Open in vault' },
    ];
    sendMessage.mockResolvedValue({ ...ok, notice: notice('vault_notice_captured_detail', false, actions) });
    watch('native')();
    await settle();
    const buttons = Array.from(document.querySelector('scopekeeper-notice')!.shadowRoot!.querySelectorAll('button.a'));
    expect(buttons.map((b) => b.textContent)).toEqual(['Encrypt for Acme', 'Open in vault']);
    // A page script's click is not trusted: nothing is sent.
    (buttons[0] as HTMLElement).click();
    await settle();
    expect(sent().filter((m) => m.type === 'notice:action')).toEqual([]);
    const trusted = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    buttons[1]!.dispatchEvent(trusted);
    await settle();
    expect(sent().filter((m) => m.type === 'notice:action')).toEqual([{ type: 'notice:action', id: actions[1]!.id }]);
  });

  it('stops watching when stopped, and stops with the content script', async () => {
    const showPopup = watch('native');
    expect(onInvalidated).toHaveBeenCalled();
    stop!();
    showPopup();
    await settle();
    expect(sent()).toEqual([]);
  });
});

describe('capture retries', () => {
  it('tries again after 100 and 300 ms while the background does not answer', async () => {
    vi.useFakeTimers();
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection')).mockResolvedValueOnce(undefined).mockResolvedValue(ok);
    const showPopup = watch('bigdesign');
    showPopup();
    await settle();
    expect(sendMessage).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(99);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sendMessage).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(299);
    expect(sendMessage).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sendMessage).toHaveBeenCalledTimes(3);
    // The same request each time: the background stores a repeated captureId once.
    expect(new Set(sent().map((m) => m.captureId)).size).toBe(1);
    expect(notices().map((n) => n.title)).toEqual(['vault_notice_captured_title']);
  });

  it('after four quick tries keeps the values, says so, and retries until stored, with the same captureId', async () => {
    vi.useFakeTimers();
    sendMessage.mockRejectedValue(new Error('Could not establish connection'));
    watch('native')();
    await settle();
    await vi.advanceTimersByTimeAsync(100 + 300 + 1000);
    expect(sendMessage).toHaveBeenCalledTimes(4);
    expect(notices()).toEqual([{ kind: 'warn', title: 'vault_notice_waiting_title', detail: 'vault_notice_waiting_detail' }]);
    // A storage bound or a failed write answers 'busy' / 'storage': still kept, still retried.
    sendMessage.mockReset().mockResolvedValueOnce({ ok: false, code: 'storage' }).mockResolvedValue(ok);
    await vi.advanceTimersByTimeAsync(2000);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(notices().at(-1)?.title).toBe('vault_notice_captured_title');
  });
});

describe('an unreadable pop-up', () => {
  it('is reported once, sends nothing, and is captured when its values arrive', async () => {
    loadPage('bigdesign-credentials-popup');
    const inputs = Array.from(credentialPopupsIn(document.body)[0]!.querySelectorAll('input'));
    for (const input of inputs) {
      input.value = '';
      input.setAttribute('value', '');
    }
    start();
    await settle();
    // The dialog re-renders, still without values.
    for (const input of inputs) input.setAttribute('value', '');
    await settle();
    expect(notices()).toEqual([{ kind: 'warn', title: 'vault_notice_unreadable_title', detail: 'vault_notice_unreadable_detail' }]);
    expect(sent()).toEqual([]);
    inputs.forEach((input, i) => {
      const value = [CREDENTIALS.clientId, CREDENTIALS.clientSecret, CREDENTIALS.accessToken][i]!;
      input.value = value;
      input.setAttribute('value', value);
    });
    await settle();
    expect(sent().map((m) => m.popup)).toEqual([{ ...CREDENTIALS, labelled: [] }]);
    expect(notices().map((n) => n.title)).toEqual(['vault_notice_unreadable_title', 'vault_notice_captured_title']);
  });
});

/** An event as the browser makes it for a real user (happy-dom makes only untrusted ones). */
function trusted(type: string, target: Element): void {
  const event = new Event(type, { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

/** A click as the browser makes it for a real user (happy-dom makes only untrusted ones). */
function trustedClick(target: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

function trustedEnter(target: Element): void {
  const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

/** A cookie banner the page draws, with its own buttons, outside the form. */
function cookieBanner(): HTMLElement {
  const banner = document.createElement('div');
  banner.setAttribute('role', 'region');
  banner.innerHTML = '<p>We use cookies.</p><button type="button">Accept</button><button>Save</button>';
  document.body.prepend(banner);
  return banner;
}

const saveButton = () => Array.from(document.querySelectorAll('form button')).find((b) => b.textContent?.trim() === 'Save')!;

describe('Save means Save (trust boundaries, item 5)', () => {
  it.each(VARIANTS)('%s: a trusted click on the form’s own Save makes the capture trusted', async (variant) => {
    const showPopup = watch(variant);
    trustedClick(saveButton());
    showPopup();
    await settle();
    expect(sent().map((m) => (m as unknown as { trustedSave: boolean }).trustedSave)).toEqual([true]);
    expect(expected()).toBe(1);
    expect((sent()[0] as unknown as { savedApiPath: string | null }).savedApiPath).toBe('https://api.bigcommerce.com/stores/abc123/v3/');
  });

  it.each(VARIANTS)('%s: a trusted click on a cookie banner’s buttons (even one reading "Save") does not', async (variant) => {
    const showPopup = watch(variant);
    const banner = cookieBanner();
    for (const button of banner.querySelectorAll('button')) trustedClick(button);
    // Nor a click on another control of the form, or on the page around it.
    trustedClick(document.querySelector('form [role="combobox"], form select, form button[aria-pressed]') ?? document.body);
    showPopup();
    await settle();
    expect(sent().map((m) => (m as unknown as { trustedSave: boolean }).trustedSave)).toEqual([false]);
    expect(expected()).toBe(0);
  });

  it.each(VARIANTS)('%s: the pointer reaching the form’s Save, or focus on it, wakes the background at most once in 10 s, and vouches for nothing', async (variant) => {
    const showPopup = watch(variant);
    const banner = cookieBanner();
    for (const button of banner.querySelectorAll('button')) trusted('pointerover', button);
    saveButton().dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(expected()).toBe(0);
    trusted('pointerover', saveButton());
    expect(expected()).toBe(1);
    trusted('focusin', saveButton());
    expect(expected()).toBe(1);
    const later = performance.now() + 10_001;
    const clock = vi.spyOn(performance, 'now').mockReturnValue(later);
    trusted('focusin', saveButton());
    expect(expected()).toBe(2);
    clock.mockRestore();
    showPopup();
    await settle();
    expect(sent().map((m) => (m as unknown as { trustedSave: boolean }).trustedSave)).toEqual([false]);
  });

  it('the pointer over a submit button outside the form reads the form once, and wakes nothing', () => {
    pageBeforePopup('bigdesign');
    const button = document.createElement('button'); // no type: a submit control, of no form here
    button.innerHTML = '<span>Preview</span>';
    document.body.prepend(button);
    const currentForm = vi.fn(() => scanForm(document));
    stop = watchForCredentials(ctx, currentForm);
    trusted('pointerover', button);
    trusted('pointerover', button.firstElementChild!);
    trusted('focusin', button);
    expect(currentForm).toHaveBeenCalledTimes(1);
    expect(expected()).toBe(0);
    trusted('pointerover', saveButton());
    expect(expected()).toBe(1);
  });

  it('an untrusted click on Save (the page’s own click()) does not', async () => {
    const showPopup = watch('bigdesign');
    (saveButton() as HTMLButtonElement).click();
    showPopup();
    await settle();
    expect(sent().map((m) => (m as unknown as { trustedSave: boolean }).trustedSave)).toEqual([false]);
  });

  it('Enter counts in the form being read, not in a form of the banner', async () => {
    const showPopup = watch('native');
    const banner = cookieBanner();
    banner.innerHTML = '<form><input type="email" name="newsletter"></form>';
    trustedEnter(banner.querySelector('input')!);
    const first = showPopup();
    await settle();
    first.remove();
    trustedEnter(document.querySelector('form input[type="text"], form input:not([type])')!);
    const second = showPopup();
    second.querySelector('input')!.setAttribute('value', 'anotherclientid0123456789abcdef');
    await settle();
    expect(sent().map((m) => (m as unknown as { trustedSave: boolean }).trustedSave)).toEqual([false, true]);
  });

  it('a Save word of another control-panel language counts (the background’s table)', async () => {
    loadPage('native-credentials-popup');
    const dialog = credentialPopupsIn(document.body)[0]!;
    dialog.remove();
    saveButton().textContent = 'Enregistrer';
    stop = watchForCredentials(ctx, () => scanForm(document), () => Promise.resolve({ ...ENGLISH_POPUP_LABELS, save: ['Save', 'Enregistrer'] }));
    await settle();
    trustedClick(saveButton() ?? Array.from(document.querySelectorAll('form button')).find((b) => b.textContent === 'Enregistrer')!);
    document.body.append(dialog.cloneNode(true));
    await settle();
    expect(sent().map((m) => (m as unknown as { trustedSave: boolean }).trustedSave)).toEqual([true]);
  });
});
