/**
 * Capture: the moment a credentials pop-up is inserted, read it (even if the page removes it in
 * the same task: the mutation record still holds the detached node), add the name, API path,
 * token type and scope levels from the form, and hand everything to the background, which
 * seals it before answering. Values stay in this script's memory only until acknowledged.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { credentialPopupsIn, readCredentials, type PopupCredentials } from '../dom/read-credentials';
import type { ScannedForm } from '../dom/scan-form';
import { t, type MessageKey } from '../i18n';
import type { CapturePayload, CaptureReply } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import { tokenTypeFromText } from '../form/token-type';
import { showNotice } from '../../components/page/notice';

const RETRY_DELAYS_MS = [0, 100, 300, 1000, 3000];
const DIALOG = '[role="dialog"], [role="alertdialog"], dialog';

const FIELD_NAME: Readonly<Record<string, MessageKey>> = {
  clientId: 'vault_field_client_id',
  clientSecret: 'vault_field_client_secret',
  accessToken: 'vault_field_access_token',
};

function formFields(form: ScannedForm | null): CapturePayload['form'] {
  const scopes: Record<string, string> = {};
  const account = form?.model.kind === 'account-level';
  for (const row of form?.model.rows ?? []) {
    // An unticked account-level resource grants nothing: not recorded, like an absent row.
    if (row.scopeId && row.currentLevel && !(account && row.currentLevel === 'none')) scopes[row.scopeId] = row.currentLevel;
  }
  return {
    name: form?.model.name ?? null,
    apiPath: form?.model.apiPath ?? null,
    tokenType: tokenTypeFromText(form?.model.tokenType?.currentText ?? ''),
    ...(account ? { scopes: {}, kind: 'account-level', accountScopes: scopes } : { scopes }),
  };
}

async function send(payload: CapturePayload): Promise<CaptureReply | null> {
  for (const delay of RETRY_DELAYS_MS) {
    if (delay) await new Promise((r) => setTimeout(r, delay));
    // No reply: the service worker may be starting, or the extension was reloaded under the page.
    const reply = await sendToBackground('capture', payload);
    if (reply) return reply;
  }
  return null;
}

function isEmpty(values: PopupCredentials): boolean {
  return !values.clientId && !values.clientSecret && !values.accessToken;
}

/** Pop-ups a mutation may have created or filled in: dialogs among the added nodes, and the
 *  dialog around the mutated node (content or values that arrive after the dialog itself). */
function popupsTouchedBy(record: MutationRecord, into: Set<Element>): void {
  for (const node of record.addedNodes) for (const popup of credentialPopupsIn(node)) into.add(popup);
  const target = record.target instanceof Element ? record.target : record.target.parentElement;
  const around = target?.isConnected ? target.closest(DIALOG) : null;
  if (around) for (const popup of credentialPopupsIn(around)) into.add(popup);
}

export function watchForCredentials(ctx: ContentScriptContext, currentForm: () => ScannedForm | null): () => void {
  /** Values already sent (or being sent): one set of credentials, one record, however often
   *  React re-renders or replaces the dialog. */
  const captured = new Set<string>();
  const warned = new WeakSet<Element>();

  function inspect(popup: Element): void {
    const values = readCredentials(popup);
    if (isEmpty(values)) {
      // Not marked as done: if the values arrive later, the next mutation captures them.
      if (!warned.has(popup)) {
        warned.add(popup);
        showNotice('warn', t('vault_notice_unreadable_title'), t('vault_notice_unreadable_detail'));
      }
      return;
    }
    const fingerprint = `${values.clientId}|${values.clientSecret}|${values.accessToken}`;
    if (captured.has(fingerprint)) return;
    captured.add(fingerprint);
    // The form is read now, synchronously: the page may navigate away in its next task.
    void deliver({ captureId: crypto.randomUUID(), popup: values, form: formFields(currentForm()) }, fingerprint);
  }

  async function deliver(payload: CapturePayload, fingerprint: string): Promise<void> {
    const reply = await send(payload);
    if (reply?.ok) {
      const missing = reply.missing.map((m) => (FIELD_NAME[m] ? t(FIELD_NAME[m]) : m));
      const detail = t('vault_notice_captured_detail') + (missing.length ? ` ${t('vault_notice_partial', missing.join(', '))}` : '');
      showNotice(missing.length ? 'warn' : 'ok', t('vault_notice_captured_title'), detail);
    } else {
      captured.delete(fingerprint);
      showNotice('warn', t('vault_notice_failed_title'), t('vault_notice_failed_detail'));
    }
  }

  const observer = new MutationObserver((records) => {
    const popups = new Set<Element>();
    for (const record of records) popupsTouchedBy(record, popups);
    for (const popup of popups) inspect(popup);
  });
  // characterData and value attributes: a pop-up whose values are filled in after it mounted.
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value'] });
  // A pop-up already open when the script arrived (e.g. after an extension update).
  for (const popup of credentialPopupsIn(document.body)) inspect(popup);
  const stop = () => observer.disconnect();
  ctx.onInvalidated(stop);
  return stop;
}
