/**
 * The background's answers to content scripts (BackgroundProtocol): preset look-ups and
 * captures. Each message is checked once, sender then schema, before it is dispatched. Content
 * scripts can never read the vault through here.
 */
import type { Browser } from 'wxt/browser';
import type { BackgroundProtocol, Reply } from '../messaging/protocol';
import { getPresetsState, selectPreset } from '../presets/store';
import type { Vault } from '../vault';
import { handleCapture } from './handle-capture';
import { archiveStoreRecord, storeRecords } from './handle-list-audit';
import { classifyUrl } from '../control-panel-url';
import { readArchived, setArchived } from '../vault/archive';
import { announceRecordsChanged } from '../vault/events';
import { backgroundRequestSchema } from './message-schemas';
import { isControlPanelContentScript } from './sender';

type AnyReply = Reply<BackgroundProtocol, keyof BackgroundProtocol>;

export async function handleContentRequest(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  runtimeId: string,
  vault: () => Vault,
): Promise<AnyReply | undefined> {
  // A refused capture still gets an answer, so the page can tell the user; other refused
  // requests get none.
  const isCapture = typeof message === 'object' && message !== null && 'type' in message && message.type === 'capture';
  if (!isControlPanelContentScript(sender, runtimeId)) return isCapture ? { ok: false, code: 'sender' } : undefined;
  const parsed = backgroundRequestSchema.safeParse(message);
  if (!parsed.success) return isCapture ? { ok: false, code: 'schema' } : undefined;
  const request = parsed.data;
  switch (request.type) {
    case 'presets:get':
      return getPresetsState();
    case 'presets:select':
      await selectPreset(request.id);
      return { ok: true };
    case 'capture':
      return handleCapture(request, sender, vault());
    case 'vault:store-records':
    case 'vault:archive': {
      // Only the list page asks, and only about the store whose panel it is (from the sender's URL).
      const page = classifyUrl(sender.url!);
      if (page.kind !== 'list' || !page.storeHash) return undefined;
      if (request.type === 'vault:store-records') return storeRecords(vault(), page.storeHash, await readArchived());
      const result = await archiveStoreRecord(vault(), page.storeHash, request.recordId, setArchived);
      if (result.ok) announceRecordsChanged();
      return result;
    }
  }
}
