/**
 * The background's answers to content scripts: preset look-ups and captures. Content scripts can
 * never read the vault through here.
 */
import type { Browser } from 'wxt/browser';
import { presetRequestSchema } from './message-schemas';
import { getPresetsState, selectPreset } from '../presets/store';
import { isControlPanelContentScript } from './sender';
import type { Vault } from '../vault';
import { handleCapture } from './handle-capture';

export async function handleContentRequest(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  runtimeId: string,
  vault: () => Vault,
) {
  // A capture is checked (sender, schema) by its own handler, once.
  if ((message as { type?: unknown } | null)?.type === 'capture') return handleCapture(message, sender, runtimeId, vault());
  if (!isControlPanelContentScript(sender, runtimeId)) return undefined;
  const parsed = presetRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  switch (request.type) {
    case 'presets:get':
      return getPresetsState();
    case 'presets:select':
      await selectPreset(request.id);
      return getPresetsState();
  }
}
