import { describe, expect, it } from 'vitest';
import { filterPresets } from '../../../components/presets/filter';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';

const ids = (q: string) => filterPresets(BUILTIN_PRESETS, q).map((p) => p.id);

describe('filterPresets', () => {
  it('returns everything for an empty or blank query', () => {
    expect(ids('')).toHaveLength(BUILTIN_PRESETS.length);
    expect(ids('   ')).toHaveLength(BUILTIN_PRESETS.length);
  });

  it('matches names, ignoring case', () => {
    expect(ids('MODERN retail')).toEqual(['modern-retail-integration']);
  });

  it('matches the vendor in a source title and words in the description', () => {
    // "NetSuite" is only in Modern Retail's description; "Modern Retail" is in its source title.
    expect(ids('netsuite')).toContain('modern-retail-integration');
    expect(ids('litextension').length).toBeGreaterThanOrEqual(2);
  });

  it('needs every word to match, in any order', () => {
    expect(ids('bigcommerce from litextension')).toEqual(['litextension-from-bigcommerce']);
    expect(ids('litextension zzz')).toEqual([]);
  });

  it('finds account-level presets by "account-level", and only those', () => {
    expect(ids('account-level')).toEqual(['unified-billing-app']);
    expect(ids('account-level billing')).toEqual(['unified-billing-app']);
  });

  it('ignores accents', () => {
    expect(ids('módérn')).toEqual(['modern-retail-integration']);
  });
});
