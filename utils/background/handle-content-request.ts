/**
 * The background's answers to content scripts (BackgroundProtocol): preset look-ups and
 * captures. Each message is checked once, sender then schema, before it is dispatched. Content
 * scripts can never read the vault through here.
 */
import type { Browser } from 'wxt/browser';
import type { BackgroundProtocol, Reply } from '../messaging/protocol';
import { allPresets, getPresetsState, selectPreset } from '../presets/store';
import { choicesForStore, setExcluded } from '../presets/choice-store';
import { classifyUrl } from '../control-panel-url';
import type { Vault } from '../vault';
import { handleCapture } from './handle-capture';
import { archiveStoreRecord, storeRecords } from './handle-list-audit';
import { injectListAudit } from './inject-list-audit';
import { announceRecordsChanged } from '../vault/events';
import { popupLabels } from './popup-labels';
import { addLinkedPreset, dismissLink, linkFound, linkOffer } from './link-offer';
import { backgroundRequestSchema, linkFoundSchema } from './message-schemas';
import { isControlPanelContentScript, isDeepLinkContentScript } from './sender';

type AnyReply = Reply<BackgroundProtocol, keyof BackgroundProtocol>;

export async function handleContentRequest(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  runtimeId: string,
  vault: () => Vault,
  rescue?: () => Vault,
): Promise<AnyReply | undefined> {
  // A refused capture still gets an answer, so the page can tell the user; other refused
  // requests get none.
  const isCapture = typeof message === 'object' && message !== null && 'type' in message && message.type === 'capture';
  // The deep-link page may only hand over a preset link's fragment, before BigCommerce redirects.
  if (isDeepLinkContentScript(sender, runtimeId)) {
    const found = linkFoundSchema.safeParse(message);
    if (!found.success) return undefined;
    await linkFound(found.data.fragment, 'deep-link');
    return { ok: true };
  }
  if (!isControlPanelContentScript(sender, runtimeId)) return isCapture ? { ok: false, code: 'sender' } : undefined;
  const parsed = backgroundRequestSchema.safeParse(message);
  if (!parsed.success) return isCapture ? { ok: false, code: 'schema' } : undefined;
  const request = parsed.data;
  // The sender passed isControlPanelContentScript: its URL is a control-panel page of a store,
  // or an account-level page of accounts.bigcommerce.com (no store: no per-store choices there).
  const page = classifyUrl(sender.url!);
  const storeHash = page.storeHash;
  switch (request.type) {
    case 'presets:get': {
      const [state, excluded] = await Promise.all([getPresetsState(), storeHash ? choicesForStore(storeHash) : {}]);
      // Only presets for this page's form: account-level ones on the account-level pages.
      const accountPage = page.kind.startsWith('account-');
      return { ...state, presets: state.presets.filter((p) => (p.kind === 'account-level') === accountPage), excluded };
    }
    case 'presets:select':
      await selectPreset(request.id);
      return { ok: true };
    case 'capture:labels':
      return popupLabels();
    case 'capture':
      return handleCapture(request, sender, { main: vault(), rescue });
    case 'list:audit':
    case 'vault:store-records':
    case 'vault:archive': {
      // Only the list page asks, and only about the store whose panel it is (from the sender's URL).
      if (page.kind !== 'list' || !storeHash) return undefined;
      if (request.type === 'list:audit') return injectListAudit(sender);
      if (request.type === 'vault:store-records') return storeRecords(vault(), storeHash);
      const result = await archiveStoreRecord(vault(), storeHash, request.recordId);
      if (result.ok) announceRecordsChanged();
      return result;
    }
    case 'choices:set': {
      const preset = (await allPresets()).find((p) => p.id === request.presetId);
      if (preset && storeHash) await setExcluded(storeHash, preset, request.excluded);
      return { ok: true };
    }
    case 'link:found':
      await linkFound(request.fragment, 'create-page');
      return { ok: true };
    case 'link:get':
      return linkOffer();
    case 'link:add':
      return addLinkedPreset();
    case 'link:dismiss':
      return dismissLink();
  }
}
