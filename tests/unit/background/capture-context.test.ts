/**
 * What a capture records about the merchant's choice: only a chosen preset of the form the
 * credential came from (store-level or account-level, presetKind) counts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Preset } from '../../../utils/presets/types';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';

const state = vi.hoisted(() => ({ presets: [] as Preset[], selectedId: null as string | null }));
vi.mock('../../../utils/presets/stored', () => ({ selectedPreset: () => Promise.resolve(state.presets.find((p) => p.id === state.selectedId) ?? null) }));

const { captureContext } = await import('../../../utils/background/capture-context');

const storePreset = BUILTIN_PRESETS.find((p) => p.id === 'litextension-to-bigcommerce')!;
const accountPreset: Preset = {
  id: 'billing-app',
  name: 'Billing app',
  description: '',
  sources: [],
  tokenType: 'v2v3',
  kind: 'account-level',
  scopes: { 'account-checkouts': { level: 'modify' } },
  keepTxt: true,
} as unknown as Preset;

beforeEach(() => {
  state.presets = [storePreset, accountPreset];
});

describe('captureContext', () => {
  it('counts an account-level preset for an account-level capture only', async () => {
    state.selectedId = 'billing-app';
    expect(await captureContext('abc123', 'account-level')).toMatchObject({ presetId: 'billing-app', keepTxt: true });
    expect(await captureContext('abc123', 'store-level')).toEqual({ presetId: null, keepTxt: false });
  });

  it('counts a store-level preset (no kind) for a store-level capture only; store-level is the default', async () => {
    state.selectedId = 'litextension-to-bigcommerce';
    expect(await captureContext('abc123')).toMatchObject({ presetId: 'litextension-to-bigcommerce' });
    expect(await captureContext('abc123', 'account-level')).toEqual({ presetId: null, keepTxt: false });
  });
});
