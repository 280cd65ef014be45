/**
 * "Request credentials": the integrator picks a preset (any: built-in, custom, account-level) and
 * one of the vault's hand-off keys; the request is that preset with the key as its hand-off
 * recipient, carried as an ordinary preset link (utils/presets/link.ts), and a plain-text message
 * to paste into an e-mail. A built-in preset travels as a copy under its own id (a link may not
 * carry a built-in id); a preset that already names recipients keeps them as further recipients,
 * so one sealed file opens for each. Pure apart from the link's compression.
 */
import { presetLink } from '../presets/link';
import { isBuiltinPresetId } from '../presets/store';
import type { Preset, PresetHandoffRecipient } from '../presets/types';

const MAX_ID = 64;
const MAX_MORE = 4;

export interface RequestKey {
  name: string;
  recipient: string;
}

function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The id a built-in's copy travels under: `<id>-for-<key name>`, kebab-case, ≤ 64 characters. */
function requestPresetId(preset: Preset, key: RequestKey): string {
  if (!isBuiltinPresetId(preset.id)) return preset.id;
  const suffix = kebab(key.name) || 'integrator';
  const head = `${preset.id}-for-`;
  return `${head}${suffix}`.slice(0, MAX_ID).replace(/-+$/, '');
}

/** The preset a request carries: `preset` with `key` as its (first) hand-off recipient. */
export function requestPreset(preset: Preset, key: RequestKey): Preset {
  const earlier: PresetHandoffRecipient[] = preset.handoff
    ? [
        { recipient: preset.handoff.recipient, ...(preset.handoff.name ? { name: preset.handoff.name } : {}) },
        ...(preset.handoff.more ?? []),
      ]
    : [];
  const more = earlier.filter((r) => r.recipient !== key.recipient).slice(0, MAX_MORE);
  return {
    ...preset,
    id: requestPresetId(preset, key),
    handoff: { recipient: key.recipient, name: key.name, ...(more.length > 0 ? { more } : {}) },
  };
}

export async function requestLink(preset: Preset, key: RequestKey): Promise<string> {
  return presetLink(requestPreset(preset, key));
}

export interface RequestWords {
  /** "Hello, …" line with the preset's name. */
  intro: string;
  /** The merchant's message, if any. */
  message: string;
  steps: [string, string, string];
  /** Closing line naming the key. */
  closing: string;
}

/** The ready-to-paste text: intro, optional message, the link, three numbered steps, closing. */
export function requestMessage(link: string, words: RequestWords): string {
  const parts = [words.intro];
  if (words.message.trim()) parts.push(words.message.trim());
  parts.push(link);
  parts.push(words.steps.map((s, i) => `${i + 1}. ${s}`).join('\n'));
  parts.push(words.closing);
  return `${parts.join('\n\n')}\n`;
}
