/**
 * Where presets are kept: the custom ones and the chosen preset's id in storage.local, with the
 * chosen preset's snapshot for the capture path (./chosen-snapshot.ts). Written here only, always
 * through writePresetState, so the three are written together (./store.ts checks what it writes).
 * The chosen preset is also read back on its own: the selection, the built-ins, and a parse of
 * that one custom preset, without reading or checking the others.
 */
import { storage } from 'wxt/utils/storage';
import { BUILTIN_PRESETS } from './builtin';
import { chosenSnapshot, customPresets, entriesWithId, extensionVersion, selectedPresetId, snapshotSource, type ChosenSnapshot } from './chosen-snapshot';
import { presetSchema } from './schema';
import type { Preset } from './types';

/**
 * What `id` resolves to, as ./store.ts getPresetsState would find it: a built-in first (a custom
 * preset never takes a built-in's id), else the first stored custom preset with that id that
 * still validates; null when nothing is chosen or the choice no longer exists.
 */
function resolve(id: string | null, raw: unknown): Preset | null {
  if (id === null) return null;
  const builtin = BUILTIN_PRESETS.find((p) => p.id === id);
  if (builtin) return builtin;
  for (const entry of entriesWithId(raw, id)) {
    const parsed = presetSchema.safeParse(entry);
    if (parsed.success) return parsed.data;
  }
  return null;
}

function snapshotOf(id: string | null, raw: unknown): ChosenSnapshot | null {
  if (id === null) return null;
  const preset = resolve(id, raw);
  return { version: extensionVersion(), id, source: snapshotSource(raw, id), preset, scopeOrder: preset ? Object.keys(preset.scopes) : [] };
}

/** The chosen preset, resolved from storage now. */
export async function selectedPreset(): Promise<Preset | null> {
  const [id, raw] = await Promise.all([selectedPresetId.getValue(), customPresets.getValue()]);
  return resolve(id, raw);
}

/**
 * Writes the custom presets and/or the selection, with the chosen preset's snapshot, in one
 * storage write. Nothing given: rewrites the snapshot from storage as it is (after an update).
 * Returns the chosen preset as written.
 */
export async function writePresetState(next: { custom?: unknown[]; selectedId?: string | null } = {}): Promise<Preset | null> {
  const [id, raw] = await Promise.all([
    next.selectedId !== undefined ? next.selectedId : selectedPresetId.getValue(),
    next.custom ?? customPresets.getValue(),
  ]);
  const snapshot = snapshotOf(id, raw);
  await storage.setItems([
    ...(next.custom ? [{ item: customPresets, value: next.custom }] : []),
    ...(next.selectedId !== undefined ? [{ item: selectedPresetId, value: next.selectedId }] : []),
    { item: chosenSnapshot, value: snapshot },
  ]);
  return snapshot?.preset ?? null;
}
