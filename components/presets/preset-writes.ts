/**
 * The options page's writes of presets, as intents to the background (the one writer of preset
 * state, utils/background/handle-extension-request.ts). No answer reads as a refusal the page can
 * word, never as success.
 */
import { askBackground } from '../../utils/messaging/ask-background';
import type { ExtensionProtocol, PresetResult } from '../../utils/messaging/protocol';

export async function savePreset(payload: ExtensionProtocol['presets:save']['payload']): Promise<ExtensionProtocol['presets:save']['reply']> {
  return (await askBackground('presets:save', payload)) ?? noAnswer();
}

export async function importPresets(text: string): Promise<ExtensionProtocol['presets:import']['reply']> {
  return (await askBackground('presets:import', { text })) ?? noAnswer();
}

export async function deletePreset(id: string): Promise<boolean> {
  return (await askBackground('presets:delete', { id }))?.ok ?? false;
}

function noAnswer<T>(): PresetResult<T> {
  return { ok: false, issues: [{ path: '', message: 'the background did not answer', code: 'no-answer' }] };
}
