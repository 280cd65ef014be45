/**
 * The benchmark's preset: every one of the 28 rows at its highest level, so a fill from a fresh
 * form changes every row (no built-in preset touches all 28). Installed as a custom preset
 * through the service worker, exactly where the preset manager stores them.
 */
import type { Worker } from '@playwright/test';
import { STORE_SCOPES } from '../utils/scopes/catalogue';
import type { Preset } from '../utils/presets/types';

/** The 28 rows of docs/control-panel-facts.md §4.1, the fixture's default form (the Infrastructure rows that
 *  follow them in the catalogue appear only when the fixture is asked for them). */
const DOCUMENTED_ROWS = STORE_SCOPES.slice(0, 28);

const ALL_ROWS_PRESET: Preset = {
  id: 'bench-all-rows',
  name: 'Benchmark: all 28 rows',
  description: 'Every store-level row at its highest level (benchmark only).',
  sources: [{ url: 'https://example.com/scopekeeper-benchmark', title: 'Scopekeeper benchmark' }],
  tokenType: 'v2v3',
  scopes: Object.fromEntries(DOCUMENTED_ROWS.map((row) => [row.id, { level: row.levels.at(-1)!.id, required: true }])),
};

/** Row label (as the catalogue spells it, which is the fixture's default casing) → option text. */
export const ALL_ROWS_TARGET: ReadonlyArray<{ label: string; option: string }> = DOCUMENTED_ROWS.map((row) => ({
  label: row.label,
  option: row.levels.at(-1)!.label,
}));

/** Stores the preset and selects it, as the options page and popup would (keys of utils/presets/store.ts). */
export async function installAllRowsPreset(worker: Worker): Promise<void> {
  await worker.evaluate(async (preset) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set: (items: object) => Promise<void> } } } }).chrome;
    await api.storage.local.set({ customPresets: [preset], selectedPresetId: preset.id });
  }, ALL_ROWS_PRESET);
}
