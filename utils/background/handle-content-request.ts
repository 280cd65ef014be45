/**
 * The background's answers to content scripts: preset look-ups and captures. Content scripts can
 * never read the vault through here.
 */
import type { Browser } from 'wxt/browser';
import { contentRequestSchema } from '../message-schemas';
import { getPresetsState, selectPreset } from '../preset-store';
import { isControlPanelContentScript } from '../sender';
import type { Vault } from '../vault';
import { handleCapture } from './handle-capture';

export async function handleContentRequest(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  runtimeId: string,
  vault: () => Vault,
) {
  if (!isControlPanelContentScript(sender, runtimeId)) return undefined;
  const parsed = contentRequestSchema.safeParse(message);
  if (!parsed.success) return (message as { type?: unknown })?.type === 'capture' ? { ok: false, code: 'schema' } : undefined;
  const request = parsed.data;
  switch (request.type) {
    case 'presets:get':
      return getPresetsState();
    case 'presets:select':
      await selectPreset(request.id);
      return getPresetsState();
    case 'capture':
      return handleCapture(request, sender, runtimeId, vault());
  }
}
