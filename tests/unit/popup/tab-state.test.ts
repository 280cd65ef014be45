import { describe, expect, it } from 'vitest';
import { tabState } from '../../../components/popup/tab-state';

const status = (kind: 'control-panel' | 'account-create' | 'account-list', storeHash: string | null = 'abc') => ({ kind, storeHash, formFound: false, summary: null });

describe('the popup names both account-level pages', () => {
  it('from the account-level script', () => {
    expect(tabState(status('account-create'))).toMatchObject({ kind: 'create', accountLevel: true });
    expect(tabState(status('account-list', null))).toEqual({ kind: 'account-list', storeHash: null });
  });

  it('asks for a reload where only the store-level script answered on an account-level page', () => {
    expect(tabState(status('control-panel'), 'https://store-abc.mybigcommerce.com/manage/settings/account-api-accounts/create')).toEqual({ kind: 'account-reload' });
    expect(tabState(status('control-panel'), 'https://store-abc.mybigcommerce.com/manage/orders')).toEqual({ kind: 'control-panel', storeHash: 'abc' });
  });
});
