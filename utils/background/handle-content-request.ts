/**
 * The background's answers to content scripts (BackgroundProtocol): preset look-ups, the
 * vocabulary (catalogue and language tables) and captures. Each message is checked once, sender then schema, before it is dispatched. Content
 * scripts can never read the vault through here.
 */
import type { Browser } from 'wxt/browser';
import type { BackgroundProtocol, Reply } from '../messaging/protocol';
import { getPresetsState, selectPreset } from '../presets/store';
import type { Vault } from '../vault';
import { handleCapture } from './handle-capture';
import { popupLabels } from './popup-labels';
import { backgroundRequestSchema } from './message-schemas';
import { isControlPanelContentScript } from './sender';
import { vocabulary } from './vocabulary';
import { decide } from './decide';
import { browser } from 'wxt/browser';
import { buildPageReport } from '../dom/page-report';
import { readPositions } from '../scopes/structure';

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
  if (!isControlPanelContentScript(sender, runtimeId)) return isCapture ? { ok: false, code: 'sender' } : undefined;
  const parsed = backgroundRequestSchema.safeParse(message);
  if (!parsed.success) return isCapture ? { ok: false, code: 'schema' } : undefined;
  const request = parsed.data;
  switch (request.type) {
    case 'presets:get':
      return getPresetsState();
    case 'vocabulary:get':
      return vocabulary();
    case 'page-report:build':
      return {
        json: JSON.stringify(buildPageReport({ ...request.facts, model: readPositions(request.facts.model) }, browser.runtime.getManifest().version), null, 2),
      };
    case 'form:decide':
      return decide(request.model, request.preset, request.lastFill);
    case 'presets:select':
      await selectPreset(request.id);
      return { ok: true };
    case 'capture:labels':
      return popupLabels();
    case 'capture':
      return handleCapture(request, sender, { main: vault(), rescue });
  }
}
