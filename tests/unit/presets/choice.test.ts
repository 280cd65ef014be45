import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { excludedRows, optionalRowIds } from '../../../utils/presets/choice';
import { choicesForStore, setExcluded } from '../../../utils/presets/choice-store';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import type { Preset } from '../../../utils/presets/types';

const lit = BUILTIN_PRESETS.find((p) => p.id === 'litextension-to-bigcommerce')!;
const withDefaultOff: Preset = { ...lit, scopes: { ...lit.scopes, orders: { level: 'modify', required: false, include: false } } };
/** As the background reads it: the store's stored choices, then the rule. */
const excludedFor = async (storeHash: string, preset: Preset) => excludedRows(preset, (await choicesForStore(storeHash))[preset.id]);

describe('optional rows as a choice (pure rule)', () => {
  it('lists the optional rows only, in the preset order', () => {
    expect(optionalRowIds(lit)).toEqual(['customers', 'orders', 'products']);
    expect(optionalRowIds(BUILTIN_PRESETS.find((p) => p.id === 'modern-retail-integration')!)).toEqual([]);
  });

  it('with no stored choice: every optional row is included unless the preset says include: false', () => {
    expect([...excludedRows(lit)]).toEqual([]);
    expect([...excludedRows(withDefaultOff)]).toEqual(['orders']);
  });

  it('a stored choice is complete, and never leaves out a required row or a row the preset no longer has', () => {
    expect([...excludedRows(withDefaultOff, [])]).toEqual([]);
    expect([...excludedRows(lit, ['products', 'content', 'themes'])]).toEqual(['products']);
  });
});

describe('choice storage, per store and preset', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers a choice for one store only and drops ids that are not optional rows', async () => {
    expect(await setExcluded('abc123', lit, ['orders', 'content'])).toEqual(['orders']);
    expect([...(await excludedFor('abc123', lit))]).toEqual(['orders']);
    expect([...(await excludedFor('zzz999', lit))]).toEqual([]);
    expect(await choicesForStore('abc123')).toEqual({ [lit.id]: ['orders'] });
    await setExcluded('abc123', lit, []);
    expect([...(await excludedFor('abc123', withDefaultOff))]).toEqual([]);
  });

  it('ignores damaged storage instead of failing', async () => {
    await fakeBrowser.storage.local.set({ optionalChoices: { abc123: { [lit.id]: 'orders', other: [1] }, bad: 7 } });
    expect(await choicesForStore('abc123')).toEqual({});
    expect([...(await excludedFor('abc123', lit))]).toEqual([]);
  });
});
