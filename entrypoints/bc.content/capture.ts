/**
 * Capture: the moment a credentials pop-up is inserted, read it (even if the page removes it in
 * the same task: the mutation record still holds the detached node), add the name, API path,
 * token type and scope levels from the form, and hand everything to the background, which
 * seals it before answering. Values stay in this script's memory only until acknowledged.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { credentialPopupsIn, readCredentials } from '../../utils/dom/read-credentials';
import type { ScannedForm } from '../../utils/dom/scan-form';
import type { CaptureRequest, CaptureReply } from '../../utils/messages';
import { showNotice } from './notice';

const RETRY_DELAYS_MS = [0, 100, 300, 1000, 3000];

function formFields(form: ScannedForm | null): CaptureRequest['form'] {
  const scopes: Record<string, string> = {};
  for (const row of form?.model.rows ?? []) {
    if (row.scopeId && row.currentLevel) scopes[row.scopeId] = row.currentLevel;
  }
  return {
    name: form?.model.name ?? null,
    apiPath: form?.model.apiPath ?? null,
    tokenType: form?.model.tokenType?.currentText ?? null,
    scopes,
  };
}

async function send(request: CaptureRequest): Promise<CaptureReply | null> {
  for (const delay of RETRY_DELAYS_MS) {
    if (delay) await new Promise((r) => setTimeout(r, delay));
    try {
      const reply = (await browser.runtime.sendMessage(request)) as CaptureReply | undefined;
      if (reply) return reply;
    } catch {
      // The service worker may be starting, or the extension was reloaded under the page.
    }
  }
  return null;
}

export function watchForCredentials(ctx: ContentScriptContext, currentForm: () => ScannedForm | null): () => void {
  const seen = new WeakSet<Element>();
  const captured = new Set<string>();

  async function capture(popup: Element): Promise<void> {
    const popupValues = readCredentials(popup);
    if (!popupValues.clientId && !popupValues.clientSecret && !popupValues.accessToken) {
      showNotice('warn', 'Scopekeeper could not read these credentials', 'Copy the Client ID, Client Secret and Access Token by hand before you close this pop-up.');
      return;
    }
    // One pop-up, one record, however often React re-renders it.
    const fingerprint = `${popupValues.clientId}|${popupValues.accessToken}`;
    if (captured.has(fingerprint)) return;
    captured.add(fingerprint);
    const reply = await send({ type: 'capture', captureId: crypto.randomUUID(), popup: popupValues, form: formFields(currentForm()) });
    if (reply?.ok) {
      const missing = reply.missing.length ? ` Not found in the pop-up: ${reply.missing.join(', ')}; copy those by hand.` : '';
      showNotice(
        reply.missing.length ? 'warn' : 'ok',
        'Credentials captured and encrypted',
        `Scopekeeper stored them in its vault. Delete the .txt file BigCommerce downloaded once you have what you need.${missing}`,
      );
    } else {
      captured.delete(fingerprint);
      showNotice('warn', 'Scopekeeper could not save these credentials', 'Copy them by hand before you close this pop-up.');
    }
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        // Usually the dialog arrives whole; if its content arrives later, look at its dialog.
        const host = node instanceof Element && node.isConnected ? node.parentElement?.closest('[role="dialog"], dialog') : null;
        for (const popup of host ? credentialPopupsIn(host) : credentialPopupsIn(node)) {
          if (seen.has(popup)) continue;
          seen.add(popup);
          void capture(popup);
        }
      }
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  // A pop-up already open when the script arrived (e.g. after an extension update).
  for (const popup of credentialPopupsIn(document.body)) {
    seen.add(popup);
    void capture(popup);
  }
  const stop = () => observer.disconnect();
  ctx.onInvalidated(stop);
  return stop;
}
