import { describe, expect, it } from 'vitest';
import { requiredRowsNotSet } from '../../../utils/decide/saved-form';
import type { Preset } from '../../../utils/presets/types';

const preset: Preset = {
  id: 'acme',
  name: 'Acme',
  description: '',
  sources: [{ url: 'https://example.com', title: 'Acme' }],
  tokenType: 'v2v3',
  scopes: {
    orders: { level: 'modify', required: true },
    products: { level: 'read-only', required: true },
    customers: { level: 'modify', required: true },
    content: { level: 'modify', required: false },
  },
};

describe('requiredRowsNotSet', () => {
  it('names the required rows below the preset level or not read, in the preset order; optional rows never', () => {
    expect(requiredRowsNotSet(preset, { orders: 'read-only', products: 'modify', content: 'none' })).toEqual(['orders', 'customers']);
  });
  it('is empty when every required row is at least at its level', () => {
    expect(requiredRowsNotSet(preset, { orders: 'modify', products: 'read-only', customers: 'modify', content: 'none' })).toEqual([]);
  });
  it('counts every required row of a form saved at its defaults', () => {
    expect(requiredRowsNotSet(preset, { orders: 'none', products: 'none', customers: 'none' })).toEqual(['orders', 'products', 'customers']);
  });
  it('treats a level the row does not offer as not set', () => {
    expect(requiredRowsNotSet(preset, { orders: 'manage', products: 'read-only', customers: 'modify' })).toEqual(['orders']);
  });
});
