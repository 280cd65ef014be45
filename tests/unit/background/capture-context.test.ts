/**
 * What a capture records about the merchant's choice: only a chosen preset of the form the
 * credential came from (store-level or account-level, presetKind) counts.
 */
import { describe, expect, it } from 'vitest';
import type { Preset } from '../../../utils/presets/types';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';

import { captureContext } from '../../../utils/background/capture-context';

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

describe('captureContext', () => {
  it('counts an account-level preset for an account-level capture only', () => {
    expect(captureContext(accountPreset, {}, 'account-level')).toMatchObject({ presetId: 'billing-app', keepTxt: true });
    expect(captureContext(accountPreset, {}, 'store-level')).toEqual({ presetId: null, keepTxt: false });
  });

  it('counts a store-level preset (no kind) for a store-level capture only; store-level is the default', () => {
    expect(captureContext(storePreset, {})).toMatchObject({ presetId: 'litextension-to-bigcommerce' });
    expect(captureContext(storePreset, {}, 'account-level')).toEqual({ presetId: null, keepTxt: false });
  });

  it('records the optional rows left out as the store\'s stored choice says, else as the preset\'s own defaults', () => {
    const preset = {
      ...storePreset,
      id: 'with-optional',
      scopes: { products: { level: 'modify', required: true }, orders: { level: 'read-only', required: false }, customers: { level: 'read-only', required: false, include: false } },
    } as unknown as Preset;
    // No choice stored for this store: the preset's own defaults.
    expect(captureContext(preset, {}).optional).toEqual({ included: ['orders'], excluded: ['customers'] });
    // A stored choice is the complete list left out; another preset's choice does not count.
    expect(captureContext(preset, { 'with-optional': ['orders'], other: ['customers'] }).optional).toEqual({ included: ['customers'], excluded: ['orders'] });
  });
});
