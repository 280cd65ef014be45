/**
 * The chosen preset as a capture needs it, read without the preset code (issue "Release 1.0",
 * item 4: a capture that wakes the service worker loads no preset table or schema). Preset state
 * (./stored.ts, the one writer) is written together with a snapshot of the chosen preset as it
 * resolves then: the version of the extension whose built-ins it was resolved against, the chosen
 * id, the stored entries with that id exactly as stored, and the resolved preset.
 *
 * A capture uses the snapshot only when it provably matches what resolving now would give: same
 * version, same chosen id, same stored entries for it. Anything else (an update, a write by
 * another path, a snapshot not yet written) resolves the preset the full way instead, so a
 * record never names, or binds the hand-off keys of, a preset that is no longer the chosen one
 * (docs/background-split.md, "The chosen preset").
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Preset } from './types';

export const selectedPresetId = storage.defineItem<string | null>('local:selectedPresetId', { fallback: null });
export const customPresets = storage.defineItem<unknown[]>('local:customPresets', { fallback: [] });

export interface ChosenSnapshot {
  version: string;
  id: string;
  /** JSON of every stored custom entry with this id (normally none or one), as stored. */
  source: string;
  /** What ./stored.ts resolved from them: null when the id names no preset any more. */
  preset: Preset | null;
  /** The preset's rows in its own order: Chrome's storage gives an object's keys back sorted,
   *  and the order is the preset's (a record lists its unset rows, a notice its rows, so). */
  scopeOrder: string[];
}

export const chosenSnapshot = storage.defineItem<ChosenSnapshot | null>('local:chosenPresetSnapshot', { fallback: null });

export function rawId(entry: unknown): unknown {
  return typeof entry === 'object' && entry !== null && 'id' in entry ? entry.id : undefined;
}

/** Objects with their keys sorted: Chrome's storage gives keys back sorted, the writer has them
 *  in the order it made them; the same entries must compare equal either way. */
const sortedKeys = (_key: string, value: unknown): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value;

/** The stored custom entries with this id (normally none or one), as stored. */
export function entriesWithId(raw: unknown, id: string): unknown[] {
  return (Array.isArray(raw) ? raw : []).filter((e) => rawId(e) === id);
}

/** The stored entries that decide what `id` resolves to, as one string to compare. */
export function snapshotSource(raw: unknown, id: string): string {
  return JSON.stringify(entriesWithId(raw, id), sortedKeys);
}

/** The version whose built-in presets a snapshot was resolved against. */
export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

/** The keys a record binds (who "Encrypt for …" seals to): the snapshot's must be what a stored
 *  entry with the chosen id holds, so that what the options page shows (the stored presets) is
 *  what a capture binds, even if only the snapshot were altered. Built-ins name no keys. */
const BOUND_FIELDS = ['handoff'] as const;

function boundFieldsStored(preset: Preset, raw: unknown): boolean {
  // rawId answers only for objects, so every entry here is one.
  const entries = entriesWithId(raw, preset.id) as Array<Record<string, unknown>>;
  return BOUND_FIELDS.every(
    (field) => preset[field] === undefined || entries.some((e) => JSON.stringify(e[field], sortedKeys) === JSON.stringify(preset[field], sortedKeys)),
  );
}

/** The snapshot's preset in its own row order, or undefined when the snapshot cannot be used. */
function fromSnapshot(snapshot: ChosenSnapshot, id: string, raw: unknown): Preset | null | undefined {
  const { preset, scopeOrder } = snapshot;
  if (!Array.isArray(scopeOrder)) return undefined;
  if (preset === null) return null;
  if (typeof preset !== 'object' || preset.id !== id || typeof preset.scopes !== 'object' || preset.scopes === null) return undefined;
  if (!boundFieldsStored(preset, raw)) return undefined;
  return { ...preset, scopes: Object.fromEntries(scopeOrder.flatMap((row) => (preset.scopes[row] ? [[row, preset.scopes[row]]] : []))) };
}

/**
 * The chosen preset for a capture: the snapshot when it matches storage now, else `resolve()`
 * (the full look-up, ./stored.ts selectedPreset, which also writes a fresh snapshot). A snapshot
 * that cannot be read (damaged, or binding what no stored preset holds) is resolved the same way.
 */
export async function chosenForCapture(resolve: () => Promise<Preset | null>): Promise<Preset | null> {
  const [id, raw, snapshot] = await Promise.all([selectedPresetId.getValue(), customPresets.getValue(), chosenSnapshot.getValue()]);
  if (id === null) return null;
  const current = snapshot !== null && snapshot.id === id && snapshot.version === extensionVersion() && snapshot.source === snapshotSource(raw, id);
  let preset: Preset | null | undefined;
  try {
    preset = current ? fromSnapshot(snapshot, id, raw) : undefined;
  } catch {
    preset = undefined;
  }
  return preset === undefined ? resolve() : preset;
}
