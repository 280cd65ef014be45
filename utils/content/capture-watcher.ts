/**
 * Capture: the moment a credentials pop-up is inserted, read it (even if the page removes it in
 * the same task: the mutation record still holds the detached node), add the name, API path,
 * token type and scope levels from the form, and hand everything to the background, which
 * seals it before answering. Values stay in this script's memory until acknowledged: at a bound,
 * a write failure or a sleeping worker the capture waits here and is sent again (the same
 * captureId, so it is stored once), and after the quick tries the page says so.
 *
 * Frame-agnostic: it watches the document of whatever frame it runs in.
 *
 * When the extension is gone under the page (updated, reloaded, disabled), this watcher keeps
 * looking: a pop-up then gets a notice to copy the values by hand, unless a newer copy of the
 * script (re-injected after an update) is there to capture it.
 */
import type { ContentScriptContext } from './context';
import { ENGLISH_POPUP_LABELS, credentialPopupsIn, isEmptyReading, readPopup, type PopupLabels, type PopupReading } from '../dom/read-credentials';
import type { ScannedForm } from '../dom/scan-form';
import { isEnterInForm, isFormSaveControl, saveCandidate } from '../dom/submit-control';
import { t } from '../i18n';
import type { CapturePayload } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import { tokenTypeFromText } from '../form/token-type';
import { otherNoticeShown, showNotice } from '../../components/page/notice';

/** Quick retries while the service worker wakes up (the first four), then the patient ones of a
 *  capture kept in this tab; the last delay repeats for as long as the page lives. */
const DELAYS_MS = [0, 100, 300, 1000, 2000, 5000, 10_000, 30_000, 60_000];
const QUICK_TRIES = 4;
/** A pop-up this soon after a trusted click on the form's Save or Enter in it follows a real Save (servers can be slow). */
const TRUSTED_SAVE_WINDOW_MS = 30_000;
/** Waiting captures no trusted Save preceded: a page drawing pop-ups in a loop cannot make this
 *  tab hold more (a real one is never dropped for them). */
const MAX_WAITING_UNTRUSTED = 5;
/** At most one early wake-up (the pointer on Save, or focus on it) in this long: a woken service
 *  worker stays up for 30 s after its last event. */
const APPROACH_WAKE_EVERY_MS = 10_000;
/** How long an orphan lets a newer script answer a pop-up before it warns by itself. */
const ORPHAN_GRACE_MS = 2000;
const DIALOG = '[role="dialog"], [role="alertdialog"], dialog';

/** Each identified row's level as the form shows it. */
function scopesOf(form: ScannedForm | null): CapturePayload['form']['scopes'] {
  const scopes: Record<string, string> = {};
  for (const row of form?.model.rows ?? []) {
    if (row.scopeId && row.currentLevel) scopes[row.scopeId] = row.currentLevel;
  }
  return scopes;
}

function formFields(form: ScannedForm | null, reading: PopupReading): CapturePayload['form'] {
  const scopes = scopesOf(form);
  const named = tokenTypeFromText(form?.model.tokenType?.currentText ?? '');
  return {
    name: form?.model.name ?? null,
    apiPath: form?.model.apiPath ?? null,
    // The `stencil init` quick start names the token type when the form did not.
    tokenType: named ?? (reading.stencilCommand ? 'stencil-cli' : null),
    scopes,
  };
}

/** Pop-ups a mutation may have created or filled in: dialogs among the added nodes, and the
 *  dialog around the mutated node (content or values that arrive after the dialog itself). */
function popupsTouchedBy(record: MutationRecord, labels: PopupLabels, into: Set<Element>): void {
  for (const node of record.addedNodes) for (const popup of credentialPopupsIn(node, labels)) into.add(popup);
  const target = record.target instanceof Element ? record.target : record.target.parentElement;
  const around = target?.isConnected ? target.closest(DIALOG) : null;
  if (around) for (const popup of credentialPopupsIn(around, labels)) into.add(popup);
}

interface Attempt {
  payload: CapturePayload;
  fingerprint: string;
  tries: number;
}

/** `loadLabels`: the pop-up's labels in every language (the background's); English until then. */
export function watchForCredentials(
  ctx: ContentScriptContext,
  currentForm: () => ScannedForm | null,
  loadLabels: () => Promise<PopupLabels | null> = () => Promise.resolve(null),
): () => void {
  // Words for the orphan's notice, resolved ahead: once the extension is gone, i18n is gone too.
  // Not in the page's load task (the first message lookup of a page costs ~10 ms): when the page
  // is idle, or at the latest when they are needed.
  let orphanWords: [string, string] | undefined;
  const resolveOrphanWords = () => (orphanWords ??= [t('vault_notice_orphan_title'), t('vault_notice_orphan_detail')]);
  window.requestIdleCallback?.(resolveOrphanWords, { timeout: 1000 });
  let labels: PopupLabels = ENGLISH_POPUP_LABELS;
  void loadLabels().then((l) => {
    if (l) labels = l;
  });

  // A trusted click on the form's own Save, or Enter in that form: the page cannot make these
  // (isTrusted), and a click on any other button (a cookie banner's "Accept") is not a Save.
  // On window, capturing, so the page's own listeners cannot hide them first. The form is read
  // only for a click on a button-like control (clicks elsewhere cost nothing).
  let lastTrustedSave = Number.NEGATIVE_INFINITY;
  /** The form's API path at that Save: an account-level record names the account it showed. */
  let savedApiPath: string | null = null;
  /** The rows as they were at that Save: the record claims no more than was saved. */
  let savedScopes: CapturePayload['savedScopes'] = null;
  /** The one pop-up a trusted Save vouches for (the first seen after it): a dialog the page draws
   *  later in the same window is not vouched for by that Save. */
  let vouched: Element | null = null;
  const saved = (form: ScannedForm | null) => {
    lastTrustedSave = performance.now();
    // The background gets ready (a stopped service worker starts) while the control panel saves.
    void sendToBackground('capture:expect', {});
    savedApiPath = form?.model.apiPath ?? null;
    savedScopes = scopesOf(form);
    vouched = null;
  };
  const onClick = (e: Event) => {
    if (!e.isTrusted || !(e.target instanceof Element) || !e.target.closest('button, [role="button"], input')) return;
    const form = currentForm();
    if (isFormSaveControl(e.target, form, labels.save ?? ENGLISH_POPUP_LABELS.save!)) saved(form);
  };
  const onKey = (e: Event) => {
    if (!e.isTrusted || (e as KeyboardEvent).key !== 'Enter' || !(e.target instanceof Element) || !e.target.closest('form')) return;
    const form = currentForm();
    if (isEnterInForm(e.target, form)) saved(form);
  };
  ctx.addEventListener(window, 'click', onClick, { capture: true });
  ctx.addEventListener(window, 'keydown', onKey, { capture: true });
  // The pointer on the form's Save, or focus on it (Tab), comes a moment before the Save itself:
  // say so then too. A stopped service worker whose process is gone takes about 0.2 s to start
  // (docs/background-split.md), which the time to press the button then hides. Only a wake-up:
  // nothing is read or vouched for until the Save.
  let lastApproach = Number.NEGATIVE_INFINITY;
  // The last candidate the form said is not its Save (a `<button>` is a submit control unless it
  // says otherwise): the pointer moving over it, or over what is inside it, reads the form once.
  let notSave: Element | null = null;
  const onApproach = (e: Event) => {
    if (!e.isTrusted || performance.now() - lastApproach < APPROACH_WAKE_EVERY_MS) return;
    const saveWords = labels.save ?? ENGLISH_POPUP_LABELS.save!;
    const control = saveCandidate(e.target, saveWords);
    if (!control || control === notSave) return;
    if (!isFormSaveControl(control, currentForm(), saveWords)) {
      notSave = control;
      return;
    }
    lastApproach = performance.now();
    void sendToBackground('capture:expect', {});
  };
  ctx.addEventListener(window, 'pointerover', onApproach, { capture: true });
  ctx.addEventListener(window, 'focusin', onApproach, { capture: true });

  /** Values already sent (or being sent): one set of credentials, one record, however often
   *  React re-renders or replaces the dialog. */
  const captured = new Set<string>();
  const warned = new WeakSet<Element>();
  let waitingUntrusted = 0;

  function inspect(popup: Element): void {
    if (!ctx.isValid) return orphaned(popup);
    const reading = readPopup(popup, labels);
    if (isEmptyReading(reading)) {
      // Not marked as done: if the values arrive later, the next mutation captures them.
      if (!warned.has(popup)) {
        warned.add(popup);
        showNotice('warn', t('vault_notice_unreadable_title'), t('vault_notice_unreadable_detail'));
      }
      return;
    }
    const fingerprint = JSON.stringify([reading.clientId, reading.clientSecret, reading.accessToken, reading.labelled.map((l) => l.value)]);
    if (captured.has(fingerprint)) return;
    captured.add(fingerprint);
    const { stencilCommand: _, ...values } = reading;
    // The form is read now, synchronously: the page may navigate away in its next task.
    const trustedSave = performance.now() - lastTrustedSave < TRUSTED_SAVE_WINDOW_MS && (vouched ??= popup) === popup;
    const payload: CapturePayload = {
      captureId: crypto.randomUUID(),
      popup: values,
      trustedSave,
      savedApiPath: trustedSave ? savedApiPath : null,
      savedScopes: trustedSave ? savedScopes : null,
      form: formFields(currentForm(), reading),
    };
    void deliver({ payload, fingerprint, tries: 0 });
  }

  /** The extension is gone: nothing can be stored from this script. */
  function orphaned(popup: Element): void {
    if (warned.has(popup) || !ctx.isNewest) return;
    warned.add(popup);
    // A newer script in another world (re-injected after an update) may capture it: give it a
    // moment, and stay quiet if it has spoken.
    const [title, detail] = resolveOrphanWords();
    window.setTimeout(() => {
      if (!otherNoticeShown()) showNotice('warn', title, detail);
    }, ORPHAN_GRACE_MS);
  }

  async function deliver(item: Attempt): Promise<void> {
    // No reply: the service worker may be starting, or the extension is gone under the page.
    const reply = await sendToBackground('capture', item.payload);
    if (item.tries >= QUICK_TRIES && !item.payload.trustedSave) waitingUntrusted--;
    if (reply?.ok) {
      // Worded by the background (utils/decide/capture-notice.ts); a button sends its id back.
      const { warn, title, detail, actions } = reply.notice;
      showNotice(warn ? 'warn' : 'ok', title, detail, actions, (id) => void sendToBackground('notice:action', { id }));
    } else if (!ctx.isValid) {
      captured.delete(item.fingerprint);
      showNotice('warn', ...resolveOrphanWords());
    } else if (reply && reply.code !== 'busy' && reply.code !== 'storage') {
      // Refused as not ours (sender, schema): sending it again would change nothing.
      captured.delete(item.fingerprint);
      showNotice('warn', t('vault_notice_failed_title'), t('vault_notice_failed_detail'));
    } else {
      const next = { ...item, tries: item.tries + 1 };
      if (next.tries >= QUICK_TRIES) {
        // Kept in this tab: a page drawing pop-ups in a loop cannot make it hold more than a few
        // untrusted ones (a real one, after a trusted Save, is never dropped for them).
        if (!next.payload.trustedSave && ++waitingUntrusted > MAX_WAITING_UNTRUSTED) {
          waitingUntrusted--;
          return;
        }
        if (next.tries === QUICK_TRIES) showNotice('warn', t('vault_notice_waiting_title'), t('vault_notice_waiting_detail'));
      }
      ctx.setTimeout(() => void deliver(next), DELAYS_MS[Math.min(next.tries, DELAYS_MS.length - 1)]!);
    }
  }

  const observer = new MutationObserver((records) => {
    const popups = new Set<Element>();
    for (const record of records) popupsTouchedBy(record, labels, popups);
    for (const popup of popups) inspect(popup);
  });
  // characterData and value attributes: a pop-up whose values are filled in after it mounted.
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value'] });
  // A pop-up already open when the script arrived (e.g. re-injected after an extension update).
  for (const popup of credentialPopupsIn(document.body, labels)) inspect(popup);
  const stop = () => observer.disconnect();
  // Replaced by a newer copy of this script: that one watches now. (When the extension is gone
  // instead, keep watching, to warn.)
  ctx.onInvalidated(() => {
    if (!ctx.isNewest) stop();
  });
  return stop;
}
