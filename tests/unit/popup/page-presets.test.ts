import { describe, expect, it } from 'vitest';
import { pageChoice } from '../../../components/popup/page-presets';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import { presetKind } from '../../../utils/presets/types';

const state = (selectedId: string | null) => ({ presets: [...BUILTIN_PRESETS], selectedId });
const ids = (presets: { id: string }[]) => presets.map((p) => p.id);
const accountIds = BUILTIN_PRESETS.filter((p) => presetKind(p) === 'account-level').map((p) => p.id);
const storeIds = BUILTIN_PRESETS.filter((p) => presetKind(p) === 'store-level').map((p) => p.id);

describe('pageChoice', () => {
  it('an account-level create page lists only account-level presets, a store-level one only store-level ones', () => {
    expect(accountIds).toEqual(['unified-billing-app']);
    expect(ids(pageChoice(state(null), 'account-level').presets)).toEqual(accountIds);
    expect(ids(pageChoice(state(null), 'store-level').presets)).toEqual(storeIds);
    expect(pageChoice(state(null), null).presets).toHaveLength(BUILTIN_PRESETS.length);
  });

  it('a chosen preset of the page\'s form is the selection', () => {
    const choice = pageChoice(state('unified-billing-app'), 'account-level');
    expect(choice.selected?.id).toBe('unified-billing-app');
    expect(choice.otherForm).toBeNull();
  });

  it('a chosen preset of the other form reads as none chosen, and is named as the other form\'s', () => {
    const onAccount = pageChoice(state('modern-retail-integration'), 'account-level');
    expect(onAccount.selected).toBeNull();
    expect(onAccount.otherForm?.id).toBe('modern-retail-integration');
    const onStore = pageChoice(state('unified-billing-app'), 'store-level');
    expect(onStore.selected).toBeNull();
    expect(onStore.otherForm?.id).toBe('unified-billing-app');
  });

  it('where the form is unknown any chosen preset is the selection; an unknown id is none', () => {
    expect(pageChoice(state('unified-billing-app'), null).selected?.id).toBe('unified-billing-app');
    expect(pageChoice(state('gone'), 'store-level')).toMatchObject({ selected: null, otherForm: null });
  });
});
