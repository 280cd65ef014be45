/**
 * A capture from a content script, already checked for sender and schema by the router
 * (./handle-content-request.ts): seal it to the vault's public key and persist it, and only then
 * answer. Needs no passphrase; never echoes a value.
 *
 * Never refused for good: at a storage bound it answers 'busy' and the content script retries; a
 * vault whose header cannot be read (e.g. written by a newer version) gets the capture sealed
 * into the rescue vault instead, and the reply says so.
 */
import type { Browser } from 'wxt/browser';
import { classifyUrl } from '../control-panel-url';
import type { CaptureReply } from '../messaging/protocol';
import type { CaptureRequest } from './message-schemas';
import type { Vault } from '../vault';
import type { ExtraFlag } from '../vault/seal';
import { announceRecordsChanged } from '../vault/events';
import { ACCOUNT_API_PATH_RE } from '../vault/formats';
import { CaptureBounds } from './capture-bounds';
import { captureContext } from './capture-context';

/**
 * Where an account-level record is filed. Such an account serves every store of the BigCommerce
 * account, so its header's store field holds the account's UUID (hex, without hyphens: the
 * field's shape) when the form's API path names one; else the store whose panel it was
 * created in; else 'unknown'. The full API path stays in the sealed body.
 */
function accountLevelHome(uuid: string | undefined, hostStoreHash: string | null): string {
  return uuid ? uuid.replace(/-/g, '') : (hostStoreHash ?? 'unknown');
}

const bounds = new CaptureBounds();

/** Values already stored, by a digest that never leaves memory: a re-injected script and the
 *  one it replaced (or two frames) reading the same pop-up make one record, not two. */
const storedDigests = new Map<string, { reply: CaptureReply; at: number }>();
const DIGEST_TTL_MS = 15 * 60_000;

async function digestOf(popup: CaptureRequest['popup']): Promise<string> {
  const text = JSON.stringify([popup.clientId, popup.clientSecret, popup.accessToken, popup.labelled.map((l) => l.value)]);
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const MISSING_FLAG = {
  clientId: 'missing-client-id',
  clientSecret: 'missing-client-secret',
  accessToken: 'missing-access-token',
} as const;

export interface CaptureVaults {
  main: Vault;
  /** Where captures go while the main vault's header cannot be read. */
  rescue?: () => Vault;
}

/** The main vault, or the rescue vault when the main one's header cannot be read. */
async function writableVault(vaults: CaptureVaults): Promise<{ vault: Vault; rescued: boolean }> {
  try {
    await vaults.main.readMeta();
    return { vault: vaults.main, rescued: false };
  } catch {
    // Never overwrite or "repair" it: that would orphan every record sealed to its key.
    if (!vaults.rescue) throw new Error('vault header unreadable');
    return { vault: vaults.rescue(), rescued: true };
  }
}

/** `sender` has passed isControlPanelContentScript: it has a tab and a control-panel URL. */
export async function handleCapture(
  request: CaptureRequest,
  sender: Browser.runtime.MessageSender,
  vaults: CaptureVaults,
): Promise<CaptureReply> {
  const { captureId, popup, form, trustedSave } = request;
  // The store is the one whose control panel sent this, never what the page's form claims.
  const origin = new URL(sender.url!).origin;
  const hostStoreHash = classifyUrl(sender.url!).storeHash;
  const account = form.kind === 'account-level';
  const accountUuid = account ? ACCOUNT_API_PATH_RE.exec(form.apiPath ?? '')?.[1] : undefined;
  const storeHash = account ? accountLevelHome(accountUuid, hostStoreHash) : hostStoreHash;
  // accounts.bigcommerce.com has no store: only an account-level capture can come from there.
  if (storeHash === null) return { ok: false, code: 'sender' };

  const digest = await digestOf(popup);
  const seen = storedDigests.get(digest);
  if (seen && Date.now() - seen.at < DIGEST_TTL_MS) return seen.reply;
  if (!bounds.admit(sender.tab?.id ?? -1, storeHash, trustedSave)) return { ok: false, code: 'busy' };

  const extraFlags: ExtraFlag[] = [];
  const tokenType = account ? 'account-level' : (form.tokenType ?? 'unknown');
  // A Stencil-CLI token is a token only: its pop-up has no client id or secret to miss.
  const expected = tokenType === 'stencil-cli' ? (['accessToken'] as const) : (['clientId', 'clientSecret', 'accessToken'] as const);
  const missing = expected.filter((k) => !popup[k]);
  for (const field of missing) extraFlags.push(MISSING_FLAG[field]);
  if (popup.labelled.length > 0) extraFlags.push('labels-unrecognised');
  if (!trustedSave) extraFlags.push('no-trusted-save');
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
  // What the merchant chose in Scopekeeper (looked up here, never taken from the page).
  // A failed look-up must not cost the capture: it is then recorded without them.
  // A preset that cannot be read must not cost the capture.
  const kind = account ? 'account-level' : 'store-level';
  const { keepTxt, optional, presetId } = await captureContext(storeHash, kind).catch(() => ({ keepTxt: false, optional: undefined, presetId: null }));
  if (keepTxt) extraFlags.push('keep-txt');
  try {
    const { vault, rescued } = await writableVault(vaults);
    const result = await vault.capture(
      {
        name,
        apiPath,
        clientId: popup.clientId ?? '',
        clientSecret: popup.clientSecret ?? '',
        accessToken: popup.accessToken ?? '',
        ...(popup.labelled.length ? { labelled: popup.labelled } : {}),
      },
      {
        captureId,
        origin,
        storeHash,
        tokenType,
        scopes: account ? (form.accountScopes ?? {}) : form.scopes,
        extraFlags,
        optional,
        presetId,
        // Header v2's account-level fields: the kind, and the account's UUID when the form named it.
        ...(account ? { kind: 'account-level' as const, ...(accountUuid ? { account: accountUuid } : {}) } : {}),
      },
    );
    const reply: CaptureReply = { ok: true, recordId: result.recordId, missing, keepTxt, ...(rescued ? { rescued } : {}) };
    storedDigests.set(digest, { reply, at: Date.now() });
    // An open vault page shows the new record at once (no data in the announcement).
    if (result.status === 'stored') announceRecordsChanged();
    return reply;
  } catch {
    // Quota or an IndexedDB failure: the content script keeps the values and retries.
    return { ok: false, code: 'storage' };
  }
}
