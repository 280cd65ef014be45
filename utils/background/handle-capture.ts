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
import { ACCOUNT_API_PATH_RE } from '../vault/formats';

/**
 * Where an account-level record is filed. Such an account serves every store of the BigCommerce
 * account, so its header's store field holds the account's UUID (hex, without hyphens: the
 * field's shape) when the form's API path names one; else the store whose panel it was
 * created in; else 'unknown'. The full API path stays in the sealed body.
 */
function accountLevelHome(apiPath: string | null, hostStoreHash: string | null): string {
  const uuid = ACCOUNT_API_PATH_RE.exec(apiPath ?? '')?.[1];
  return uuid ? uuid.replace(/-/g, '') : (hostStoreHash ?? 'unknown');
}

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
  const hostStoreHash = classifyUrl(sender.url!).storeHash;
  const account = form.kind === 'account-level';
  const storeHash = account ? accountLevelHome(form.apiPath, hostStoreHash) : hostStoreHash;
  // accounts.bigcommerce.com has no store: only an account-level capture can come from there.
  if (storeHash === null) return { ok: false, code: 'sender' };
  const extraFlags: ExtraFlag[] = [];
  const missing = (['clientId', 'clientSecret', 'accessToken'] as const).filter((k) => !popup[k]);
  for (const field of missing) extraFlags.push(MISSING_FLAG[field]);
  let apiPath = form.apiPath;
  // An account-level path cannot be derived from the host (it names the account, not a store):
  // kept empty, and the record's format flags say so.
  if (!apiPath && account) apiPath = '';
  else if (!apiPath) {
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
    {
      captureId,
      origin,
      storeHash,
      tokenType: account ? 'account-level' : (form.tokenType ?? 'unknown'),
      scopes: account ? (form.accountScopes ?? {}) : form.scopes,
      extraFlags,
    },
  );
  // An open vault page shows the new record at once (no data in the announcement).
  if (result.status === 'stored') announceRecordsChanged();
  return { ok: true, recordId: result.recordId, missing };
}
