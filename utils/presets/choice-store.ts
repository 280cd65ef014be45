/**
 * Where the optional-row choices live: storage.local, per store and preset, as the complete list
 * of rows left out (./choice.ts resolves it against the preset). Background and extension pages
 * only; the content script asks the background (BackgroundProtocol 'presets:get' / 'choices:set').
 */
import { storage } from 'wxt/utils/storage';
import type { Preset } from './types';
import { optionalRowIds } from './choice';

/** storeHash → presetId → scope ids left out. */
type Choices = Record<string, Record<string, string[]>>;

const optionalChoices = storage.defineItem<Choices>('local:optionalChoices', { fallback: {} });

/** Storage is writable by anything with profile access: keep only well-formed entries. */
function clean(raw: unknown): Choices {
  const out: Choices = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [store, perPreset] of Object.entries(raw)) {
    if (typeof perPreset !== 'object' || perPreset === null) continue;
    for (const [presetId, ids] of Object.entries(perPreset as Record<string, unknown>)) {
      if (Array.isArray(ids) && ids.every((id) => typeof id === 'string')) (out[store] ??= {})[presetId] = ids;
    }
  }
  return out;
}

/** Every stored choice for one store (presetId → rows left out). */
export async function choicesForStore(storeHash: string): Promise<Record<string, string[]>> {
  return clean(await optionalChoices.getValue())[storeHash] ?? {};
}

/** Stores the complete choice; ids that are not optional rows of the preset are dropped. */
export async function setExcluded(storeHash: string, preset: Preset, excluded: readonly string[]): Promise<string[]> {
  const optional = optionalRowIds(preset);
  const kept = optional.filter((id) => excluded.includes(id));
  const all = clean(await optionalChoices.getValue());
  (all[storeHash] ??= {})[preset.id] = kept;
  await optionalChoices.setValue(all);
  return kept;
}
