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
  it('counts an account-level preset for an account-level capture only', async () => {
    expect(await captureContext(accountPreset, 'abc123', 'account-level')).toMatchObject({ presetId: 'billing-app', keepTxt: true });
    expect(await captureContext(accountPreset, 'abc123', 'store-level')).toEqual({ presetId: null, keepTxt: false });
  });

  it('counts a store-level preset (no kind) for a store-level capture only; store-level is the default', async () => {
    expect(await captureContext(storePreset, 'abc123')).toMatchObject({ presetId: 'litextension-to-bigcommerce' });
    expect(await captureContext(storePreset, 'abc123', 'account-level')).toEqual({ presetId: null, keepTxt: false });
  });
});
