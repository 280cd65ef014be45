/**
 * Where presets live: the built-ins in code, custom ones and the chosen preset in
 * storage.local. Used by the background and the extension pages (never the content script,
 * which asks the background, so storage.local can be closed to content scripts).
 */
import { storage } from 'wxt/utils/storage';
import { BUILTIN_PRESETS } from './presets/builtin';
import { presetSchema } from './presets/schema';
import type { Preset } from './presets/types';
import type { PresetsState } from './messages';

const selectedPresetId = storage.defineItem<string | null>('local:selectedPresetId', { fallback: null });
const customPresets = storage.defineItem<unknown[]>('local:customPresets', { fallback: [] });

/** Custom presets that still validate; a damaged entry is skipped, never thrown at the user. */
export async function loadCustomPresets(): Promise<Preset[]> {
  const raw = await customPresets.getValue();
  const valid: Preset[] = [];
  for (const entry of Array.isArray(raw) ? raw : []) {
    const parsed = presetSchema.safeParse(entry);
    if (parsed.success) valid.push(parsed.data as Preset);
  }
  return valid;
}

export async function saveCustomPresets(presets: Preset[]): Promise<void> {
  await customPresets.setValue(presets);
}

export async function allPresets(): Promise<Preset[]> {
  return [...BUILTIN_PRESETS, ...(await loadCustomPresets())];
}

export function isBuiltinPresetId(id: string): boolean {
  return BUILTIN_PRESETS.some((p) => p.id === id);
}

export async function getPresetsState(): Promise<PresetsState> {
  const [presets, selectedId] = await Promise.all([allPresets(), selectedPresetId.getValue()]);
  // A selection whose preset was deleted reads as no selection.
  return { presets, selectedId: presets.some((p) => p.id === selectedId) ? selectedId : null };
}

export async function selectPreset(id: string | null): Promise<void> {
  await selectedPresetId.setValue(id);
}

export function watchSelectedPreset(callback: (id: string | null) => void): () => void {
  return selectedPresetId.watch((id) => callback(id ?? null));
}
