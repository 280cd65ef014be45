/**
 * A capture from a content script, already checked for sender and schema by the router
 * (./handle-content-request.ts): seal it to the vault's public key and persist it, and only then
 * answer. Needs no passphrase; never echoes a value.
 */
import type { Browser } from 'wxt/browser';
import { classifyUrl } from '../control-panel-url';
import type { CaptureReply } from '../messaging/protocol';
import type { CaptureRequest } from './message-schemas';
import type { Vault } from '../vault';
import type { ExtraFlag } from '../vault/seal';
import { announceRecordsChanged } from '../vault/events';

/** At most this many captures per tab per minute: a real merchant makes one at a time. */
const MAX_PER_TAB_PER_MINUTE = 10;
const recent = new Map<number, number[]>();

function rateLimited(tabId: number, now: number): boolean {
  const times = (recent.get(tabId) ?? []).filter((t) => now - t < 60_000);
  times.push(now);
  recent.set(tabId, times);
  return times.length > MAX_PER_TAB_PER_MINUTE;
}

const MISSING_FLAG = {
  clientId: 'missing-client-id',
  clientSecret: 'missing-client-secret',
  accessToken: 'missing-access-token',
} as const;

/** `sender` has passed isControlPanelContentScript: it has a tab and a control-panel URL. */
export async function handleCapture(request: CaptureRequest, sender: Browser.runtime.MessageSender, vault: Vault): Promise<CaptureReply> {
  if (rateLimited(sender.tab?.id ?? -1, Date.now())) return { ok: false, code: 'rate-limit' };
  const { captureId, popup, form } = request;
  // The store is the one whose control panel sent this, never what the page's form claims.
  const origin = new URL(sender.url!).origin;
  const storeHash = classifyUrl(sender.url!).storeHash!;
  const extraFlags: ExtraFlag[] = [];
  const missing = (['clientId', 'clientSecret', 'accessToken'] as const).filter((k) => !popup[k]);
  for (const field of missing) extraFlags.push(MISSING_FLAG[field]);
  let apiPath = form.apiPath;
  if (!apiPath) {
    apiPath = `https://api.bigcommerce.com/stores/${storeHash}/v3/`;
    extraFlags.push('api-path-from-host');
  }
  let name = form.name?.trim() ?? '';
  if (!name) {
    name = 'Unnamed API account';
    extraFlags.push('name-missing');
  }
  const result = await vault.capture(
    {
      name,
      apiPath,
      clientId: popup.clientId ?? '',
      clientSecret: popup.clientSecret ?? '',
      accessToken: popup.accessToken ?? '',
    },
    { captureId, origin, storeHash, tokenType: form.tokenType ?? 'unknown', scopes: form.scopes, extraFlags },
  );
  // An open vault page shows the new record at once (no data in the announcement).
  if (result.status === 'stored') announceRecordsChanged();
  return { ok: true, recordId: result.recordId, missing };
}
