import { describe, expect, it } from 'vitest';
import { tabChoiceHome, tabForm, tabState } from '../../../components/popup/tab-state';
import type { PageStatus } from '../../../utils/messaging/protocol';

const status = (s: Partial<PageStatus>): PageStatus => ({
  kind: 'create',
  storeHash: 'abc123',
  formFound: true,
  summary: null,
  problems: [],
  puzzled: false,
  ...s,
});

describe('tabState', () => {
  it('the create page, with the form and its summary', () => {
    expect(tabState(status({ summary: '27 of 28 scopes match' }))).toEqual({
      kind: 'create',
      form: 'store-level',
      storeHash: 'abc123',
      formFound: true,
      summary: '27 of 28 scopes match',
      problems: [],
      puzzled: false,
    });
  });

  it('carries the page’s problems and whether it is understood', () => {
    expect(tabState(status({ summary: 'Not on this page: Orders.', problems: ['Do not save yet.'], puzzled: true }))).toMatchObject({
      problems: ['Do not save yet.'],
      puzzled: true,
    });
  });

  it('another control-panel page or the account list: offer the create page of that store', () => {
    expect(tabState(status({ kind: 'control-panel' }))).toEqual({ kind: 'control-panel', storeHash: 'abc123' });
    expect(tabState(status({ kind: 'list', storeHash: 'xyz' }))).toEqual({ kind: 'control-panel', storeHash: 'xyz' });
  });

  it('a /manage/ page on a host that is not a store: not BigCommerce (no create page to offer)', () => {
    expect(tabState(status({ kind: 'other', storeHash: null }))).toEqual({ kind: 'not-bigcommerce' });
    expect(tabState(status({ kind: 'control-panel', storeHash: null }))).toEqual({ kind: 'not-bigcommerce' });
  });

  it('no answer: not BigCommerce, unless the URL is a control-panel page (opened before install)', () => {
    expect(tabState(null)).toEqual({ kind: 'not-bigcommerce' });
    expect(tabState(null, 'https://example.com/')).toEqual({ kind: 'not-bigcommerce' });
    expect(tabState(null, 'https://store-abc123.mybigcommerce.com/products/x')).toEqual({ kind: 'not-bigcommerce' });
    expect(tabState(null, 'https://store-abc123.mybigcommerce.com/manage/dashboard')).toEqual({ kind: 'stale' });
  });

  it('names both account-level pages: the create form (Fill works there) and the list', () => {
    expect(tabState(status({ kind: 'account-create', summary: '2 of 7 resources match' }))).toEqual({
      kind: 'create',
      form: 'account-level',
      storeHash: 'abc123',
      formFound: true,
      summary: '2 of 7 resources match',
      problems: [],
      puzzled: false,
    });
    // On accounts.bigcommerce.com there is no store.
    expect(tabState(status({ kind: 'account-create', storeHash: null }))).toMatchObject({ kind: 'create', form: 'account-level', storeHash: null });
    expect(tabState(status({ kind: 'account-list', storeHash: null }))).toEqual({ kind: 'account-list', storeHash: null });
    expect(tabState(status({ kind: 'account-list' }))).toEqual({ kind: 'account-list', storeHash: 'abc123' });
  });

  it('an account-level page that does not answer was opened before install, like the store-level ones', () => {
    expect(tabState(null, 'https://accounts.bigcommerce.com/tokens/create')).toEqual({ kind: 'stale' });
    expect(tabState(null, 'https://store-abc123.mybigcommerce.com/manage/settings/account-api-accounts')).toEqual({ kind: 'stale' });
  });
});

describe('tabForm: which form\'s presets the tab can use', () => {
  it('the create page\'s form; account-level on its list; any elsewhere', () => {
    expect(tabForm(tabState(status({})))).toBe('store-level');
    expect(tabForm(tabState(status({ kind: 'account-create' })))).toBe('account-level');
    expect(tabForm(tabState(status({ kind: 'account-list' })))).toBe('account-level');
    expect(tabForm(tabState(status({ kind: 'list' })))).toBeNull();
    expect(tabForm(tabState(status({ kind: 'control-panel' })))).toBeNull();
    expect(tabForm(tabState(null))).toBeNull();
    expect(tabForm({ kind: 'loading' })).toBeNull();
  });
});

describe('tabChoiceHome: whose optional-row choices the popup reads and writes', () => {
  it('the store\'s; the account\'s where an account-level page has no store; none off the control panel', () => {
    expect(tabChoiceHome(tabState(status({})))).toBe('abc123');
    expect(tabChoiceHome(tabState(status({ kind: 'account-create' })))).toBe('abc123');
    expect(tabChoiceHome(tabState(status({ kind: 'account-create', storeHash: null })))).toBe('account');
    expect(tabChoiceHome(tabState(status({ kind: 'account-list', storeHash: null })))).toBe('account');
    expect(tabChoiceHome(tabState(status({ kind: 'create', storeHash: null })))).toBeNull();
    expect(tabChoiceHome(tabState(status({ kind: 'control-panel' })))).toBe('abc123');
    expect(tabChoiceHome(tabState(null))).toBeNull();
  });
});

