/**
 * The presets a decision is made with, by id: the page sends an id (never a preset), and the
 * background, which owns the presets, looks it up. Built-ins and validated custom presets are
 * kept in memory until storage says the custom ones changed, because a panel asks for a decision
 * on every change of the form.
 */
import { allPresets, watchCustomPresets } from '../presets/store';
import type { Preset } from '../presets/types';

let cached: Promise<Preset[]> | null = null;
let watching = false;

export async function presetById(id: string | null): Promise<Preset | null> {
  if (id === null) return null;
  if (!watching) {
    watching = true;
    watchCustomPresets(() => (cached = null));
  }
  const loading = (cached ??= allPresets());
  try {
    return (await loading).find((p) => p.id === id) ?? null;
  } catch {
    if (cached === loading) cached = null;
    return null;
  }
}
