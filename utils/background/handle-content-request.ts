/**
 * The background's answers to content scripts. Only preset look-ups: content scripts can never
 * read the vault through here.
 */
import type { Browser } from 'wxt/browser';
import { contentRequestSchema } from '../message-schemas';
import { getPresetsState, selectPreset } from '../preset-store';
import { isControlPanelContentScript } from '../sender';

export async function handleContentRequest(message: unknown, sender: Browser.runtime.MessageSender, runtimeId: string) {
  if (!isControlPanelContentScript(sender, runtimeId)) return undefined;
  const parsed = contentRequestSchema.safeParse(message);
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
