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
import { choiceHome, classifyUrl, isAccountLevelKind } from '../control-panel-url';
import { senderPageUrl } from './sender';
import type { CaptureReply } from '../messaging/protocol';
import type { CaptureRequest } from './capture-schema';
import type { SealingVault } from '../vault/sealing-vault';
import type { NoticeFile, SealInputs } from './notice-file';
import { savedLevels } from '../decide/saved-form';
import type { ExtraFlag } from '../vault/seal';
import { announceRecordsChanged } from '../vault/events';
import { ACCOUNT_LEVEL_TOKEN_TYPE, accountRecordHome } from '../vault/account-level';
import { accountFromApiPath } from '../vault/formats';
import { accountScopeById } from '../scopes/account-catalogue';
import { isScopeId } from '../scopes/catalogue';
import { CaptureBounds } from './capture-bounds';
import { captureContext } from './capture-context';
import { chosenForCapture } from '../presets/chosen-snapshot';
import { choicesForStore } from '../presets/choice-store';
import type { Preset } from '../presets/types';
import { offerNoticeActions } from './notice-actions';
import { captureNotice } from '../decide/capture-notice';
import { CAPTURE_STORED_MARK, markLatest } from './timing-marks';

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

/**
 * Account UUIDs seen on an account-level form at a trusted Save (the merchant pressed the form's
 * own Save while it showed that API path), in this worker's memory. A capture filed under any
 * other UUID is marked 'unverified-account': the page wrote it, and nothing the merchant did
 * confirmed it (a page could otherwise file records under a victim account's UUID).
 */
const verifiedAccounts = new Set<string>();
const MAX_VERIFIED_ACCOUNTS = 100;

function accountVerified(account: string, trustedSave: boolean, savedApiPath: string | null): boolean {
  if (trustedSave && accountFromApiPath(savedApiPath ?? '') === account) {
    if (verifiedAccounts.size >= MAX_VERIFIED_ACCOUNTS) verifiedAccounts.delete(verifiedAccounts.values().next().value!);
    verifiedAccounts.add(account);
    return true;
  }
  return verifiedAccounts.has(account);
}

const MISSING_FLAG = {
  clientId: 'missing-client-id',
  clientSecret: 'missing-client-secret',
  accessToken: 'missing-access-token',
} as const;

export interface CaptureVaults {
  main: SealingVault;
  /** Where captures go while the main vault's header cannot be read. */
  rescue?: () => SealingVault;
  /** Seals the "Encrypt for …" file (./notice-file.ts), asked only when the preset names
   *  hand-off keys and only after the record is stored: age is not on the capture path. */
  sealFile?: (inputs: SealInputs) => Promise<NoticeFile | undefined>;
  /** Makes sure t() has its words before the notice is worded (./english-fallback.ts
   *  ensureMessages), asked after the record is stored. */
  words?: () => Promise<void>;
  /** The chosen preset resolved the full way (utils/presets/stored.ts), asked only when its
   *  snapshot does not match storage (utils/presets/chosen-snapshot.ts). */
  resolvePreset: () => Promise<Preset | null>;
}

/** The main vault, or the rescue vault when the main one's header cannot be read. */
async function writableVault(vaults: CaptureVaults): Promise<{ vault: SealingVault; rescued: boolean }> {
  try {
    // Reads the header (once per worker: the sealing key is then kept, see SealingVault).
    await vaults.main.sealingKey();
    return { vault: vaults.main, rescued: false };
  } catch {
    // Never overwrite or "repair" it: that would orphan every record sealed to its key.
    if (!vaults.rescue) throw new Error('vault header unreadable');
    return { vault: vaults.rescue(), rescued: true };
  }
}

/**
 * The form's scopes this record keeps: only the rows of the form the sender's page has (a page
 * cannot make a store-level record carry account-level resources, or the reverse). Account-level
 * resources left at None grant nothing and are not kept; store rows are kept as the form set
 * them, None included, as before.
 */
function recordedScopes(scopes: CaptureRequest['form']['scopes'], accountLevel: boolean): Record<string, string> {
  return Object.fromEntries(
    Object.entries(scopes).filter(([id, level]) => (accountLevel ? accountScopeById(id) !== null && level !== 'none' : isScopeId(id))),
  );
}

/** `sender` has passed isControlPanelContentScript: it has a tab and a control-panel URL. */
export async function handleCapture(
  request: CaptureRequest,
  sender: Browser.runtime.MessageSender,
  vaults: CaptureVaults,
): Promise<CaptureReply> {
  const { captureId, popup, form, trustedSave } = request;
  // The store, and whether this is an account-level account, come from the page that sent it,
  // never from what the page's form claims.
  // The page as it is now (its tab's URL after an in-app navigation, ./sender.ts), on the origin
  // the sender's own URL names.
  const origin = new URL(sender.url!).origin;
  const page = classifyUrl(senderPageUrl(sender));
  const accountLevel = isAccountLevelKind(page.kind);
  // An account-level record is filed under its account (named by the form's API path when it
  // has the account shape); accounts.bigcommerce.com has no store hash.
  const account = accountLevel ? accountFromApiPath(form.apiPath ?? '') : null;
  const storeHash = accountLevel ? accountRecordHome(account, page.storeHash) : page.storeHash!;

  const digest = await digestOf(popup);
  const seen = storedDigests.get(digest);
  if (seen && Date.now() - seen.at < DIGEST_TTL_MS) return seen.reply;
  // Bounded by the tab and the page's origin, never by where the record is filed: an
  // account-level record is filed under the UUID the page's form shows, which a page can
  // change with every pop-up.
  if (!bounds.admit(sender.tab?.id ?? -1, origin, trustedSave)) return { ok: false, code: 'busy' };

  const extraFlags: ExtraFlag[] = [];
  // The account-level form has no token type control: its kind is its type.
  const tokenType = accountLevel ? ACCOUNT_LEVEL_TOKEN_TYPE : (form.tokenType ?? 'unknown');
  // A Stencil-CLI token is a token only: its pop-up has no client id or secret to miss.
  const expected = tokenType === 'stencil-cli' ? (['accessToken'] as const) : (['clientId', 'clientSecret', 'accessToken'] as const);
  const missing = expected.filter((k) => !popup[k]);
  for (const field of missing) extraFlags.push(MISSING_FLAG[field]);
  if (popup.labelled.length > 0) extraFlags.push('labels-unrecognised');
  if (!trustedSave) extraFlags.push('no-trusted-save');
  if (account && !accountVerified(account, trustedSave, request.savedApiPath)) extraFlags.push('unverified-account');
  let apiPath = form.apiPath ?? '';
  if (!apiPath && accountLevel) {
    // An account-level path names the account, which the host does not: kept empty, and said.
    extraFlags.push('missing-api-path');
  } else if (!apiPath) {
    apiPath = `https://api.bigcommerce.com/stores/${storeHash}/v3/`;
    extraFlags.push('api-path-from-host');
  }
  let name = form.name?.trim() ?? '';
  if (!name) {
    name = 'Unnamed API account';
    extraFlags.push('name-missing');
  }
  // What the merchant chose in Scopekeeper (looked up here, never taken from the page).
  // A failed look-up must not cost the capture: it is then recorded without them, and flagged.
  // The optional-row choices are where choices:set keeps them for this page (choiceHome).
  // After a trusted Save, the form as saved: each row at the lower of its levels at the click and
  // when the pop-up appeared (a page cannot raise the form in between to claim more).
  const asSaved = trustedSave && request.savedScopes ? savedLevels(request.savedScopes, form.scopes) : form.scopes;
  const scopes = recordedScopes(asSaved, accountLevel);
  // The vault's key is read while the preset is looked up (both are reads; the seal needs both).
  const target = writableVault(vaults);
  target.catch(() => undefined);
  const saved = { trustedSave, scopes: asSaved }; // as read, None included: a row read, and not set
  // The chosen preset and this store's optional-row choices are read at once (each read is a trip
  // to the browser process), as are the vault's key above.
  const { keepTxt, optional, presetId, sealFor, handoff, atSave, credentialFields } = await Promise.all([
    chosenForCapture(vaults.resolvePreset),
    choicesForStore(choiceHome(page) ?? storeHash),
  ])
    .then(([chosen, choices]) => captureContext(chosen, choices, accountLevel ? 'account-level' : 'store-level', saved))
    .catch(() => {
      // Said on the record: "no preset" would otherwise read as "none was chosen".
      extraFlags.push('preset-unread');
      return { keepTxt: false, sealFor: undefined, optional: undefined, presetId: null, handoff: undefined, atSave: undefined, credentialFields: undefined };
    });
  if (keepTxt) extraFlags.push('keep-txt');
  // Only the write is retried on failure: once the record is stored, nothing after it (the
  // notice's buttons and words) may turn the reply into "not stored".
  let stored: { result: Awaited<ReturnType<SealingVault['capture']>>; rescued: boolean; fields: Record<'name' | 'apiPath' | 'clientId' | 'clientSecret' | 'accessToken', string> };
  try {
    const { vault, rescued } = await target;
    const fields = { name, apiPath, clientId: popup.clientId ?? '', clientSecret: popup.clientSecret ?? '', accessToken: popup.accessToken ?? '' };
    const result = await vault.capture(
      {
        ...fields,
        ...(popup.labelled.length ? { labelled: popup.labelled } : {}),
      },
      {
        captureId,
        origin,
        storeHash,
        tokenType,
        scopes,
        extraFlags,
        optional,
        presetId,
        ...(handoff ? { handoff } : {}),
        ...(atSave ? { atSave } : {}),
        ...(accountLevel ? { kind: 'account-level' as const, ...(account ? { account } : {}) } : {}),
      },
    );
    stored = { result, rescued, fields };
    markLatest(CAPTURE_STORED_MARK);
  } catch {
    // Quota or an IndexedDB failure: the content script keeps the values and retries.
    return { ok: false, code: 'storage' };
  }
  const { result, rescued, fields } = stored;
  // The notice's buttons: the vault at this record, and a file sealed now for the hand-off keys
  // bound into it (./notice-actions.ts, ./notice-file.ts).
  // Buttons failing to be offered, or the file failing to be sealed, cost the buttons only, never the capture.
  const file = handoff && vaults.sealFile ? await vaults.sealFile({ recipients: handoff, selection: credentialFields ?? 'all', fields }).catch(() => undefined) : undefined;
  const ids = await offerNoticeActions(sender.tab?.id ?? -1, result.recordId, file).catch(() => null);
  await vaults.words?.().catch(() => undefined);
  const notice = captureNotice({ missing, keepTxt, rescued }, ids);
  const reply: CaptureReply = { ok: true, recordId: result.recordId, missing, keepTxt, ...(rescued ? { rescued } : {}), ...(sealFor ? { sealFor } : {}), notice };
  storedDigests.set(digest, { reply, at: Date.now() });
  // An open vault page shows the new record at once (no data in the announcement).
  if (result.status === 'stored') announceRecordsChanged();
  return reply;
}
