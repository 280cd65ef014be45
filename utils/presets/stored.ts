/**
 * Where presets are kept: the custom ones and the chosen preset's id in storage.local (written by
 * ./store.ts only), and the chosen preset read back on its own for the capture path
 * (utils/background/capture-context.ts): the selection, the built-ins, and a parse of that one
 * custom preset, without reading or checking the others.
 */
import { storage } from 'wxt/utils/storage';
import { BUILTIN_PRESETS } from './builtin';
import { presetSchema } from './schema';
import type { Preset } from './types';

export const selectedPresetId = storage.defineItem<string | null>('local:selectedPresetId', { fallback: null });
export const customPresets = storage.defineItem<unknown[]>('local:customPresets', { fallback: [] });

export function rawId(entry: unknown): unknown {
  return typeof entry === 'object' && entry !== null && 'id' in entry ? entry.id : undefined;
}

/**
 * The chosen preset, as ./store.ts getPresetsState would find it: a built-in first (a custom
 * preset never takes a built-in's id), else the first stored custom preset with that id that
 * still validates; null when nothing is chosen or the choice no longer exists.
 */
export async function selectedPreset(): Promise<Preset | null> {
  const [id, raw] = await Promise.all([selectedPresetId.getValue(), customPresets.getValue()]);
  if (id === null) return null;
  const builtin = BUILTIN_PRESETS.find((p) => p.id === id);
  if (builtin) return builtin;
  for (const entry of Array.isArray(raw) ? raw : []) {
    if (rawId(entry) !== id) continue;
    const parsed = presetSchema.safeParse(entry);
    if (parsed.success) return parsed.data;
  }
  return null;
}
