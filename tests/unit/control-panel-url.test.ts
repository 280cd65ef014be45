import { describe, expect, it } from 'vitest';
import { choiceHome, classifyStoreUrl, classifyUrl, createPageUrl, storeHashFromOrigin } from '../../utils/control-panel-url';

describe('classifyUrl', () => {
  it.each([
    ['https://store-abc123.mybigcommerce.com/manage/settings/api-accounts/create', 'create'],
    ['https://store-abc123.mybigcommerce.com/manage/settings/auth/api-accounts/create', 'create'],
    ['https://store-abc123.mybigcommerce.com/manage/settings/api-accounts/create/', 'create'],
    ['https://store-abc123.mybigcommerce.com/manage/settings/api-accounts/create?type=v2v3', 'create'],
    ['https://store-abc123.mybigcommerce.com/manage/settings/api-accounts', 'list'],
    ['https://store-abc123.mybigcommerce.com/manage/settings/auth/api-accounts', 'list'],
    ['https://store-abc123.mybigcommerce.com/manage/dashboard', 'control-panel'],
    ['https://store-abc123.mybigcommerce.com/manage/settings/api-accounts/edit/5', 'control-panel'],
    ['https://store-abc123.mybigcommerce.com/products/widget', 'other'],
    ['https://evil-store-abc.mybigcommerce.com/manage/settings/api-accounts/create', 'other'],
    ['http://store-abc123.mybigcommerce.com/manage/settings/api-accounts/create', 'other'],
    ['https://store-abc123.mybigcommerce.com.evil.test/manage/settings/api-accounts/create', 'other'],
    ['https://example.com/', 'other'],
    ['not a url', 'other'],
  ])('%s is %s', (href, kind) => {
    expect(classifyUrl(href).kind).toBe(kind);
  });

  it('reads the store hash from the host', () => {
    expect(classifyUrl('https://store-x1y2.mybigcommerce.com/manage/x').storeHash).toBe('x1y2');
    expect(storeHashFromOrigin('https://store-Q.mybigcommerce.com')).toBeNull();
  });

  it('builds the create page URL for a store', () => {
    expect(classifyUrl(createPageUrl('abc123'))).toEqual({ kind: 'create', storeHash: 'abc123' });
  });
});

describe('account-level pages (both candidate homes, docs/control-panel-facts.md §1)', () => {
  it.each([
    ['https://accounts.bigcommerce.com/tokens', 'account-list', null],
    ['https://accounts.bigcommerce.com/tokens/create', 'account-create', null],
    ['https://accounts.bigcommerce.com/tokens/new/', 'account-create', null],
    ['https://accounts.bigcommerce.com/billing', 'other', null],
    ['https://accounts.bigcommerce.com.evil.test/tokens/create', 'other', null],
    ['https://store-abc123.mybigcommerce.com/manage/settings/account-api-accounts/create', 'account-create', 'abc123'],
    ['https://store-abc123.mybigcommerce.com/manage/settings/auth/account-level-api-accounts', 'account-list', 'abc123'],
    ['https://store-abc123.mybigcommerce.com/manage/settings/account-api-tokens/create', 'account-create', 'abc123'],
    ['https://store-abc123.mybigcommerce.com/manage/settings/account-settings', 'control-panel', 'abc123'],
  ])('%s is %s', (href, kind, storeHash) => {
    expect(classifyUrl(href)).toEqual({ kind, storeHash });
    // bc.js's reading: an account-level page is just another control-panel page (or none at all).
    expect(classifyStoreUrl(href).kind).toBe(kind.startsWith('account-') ? (storeHash ? 'control-panel' : 'other') : kind);
  });

  it('choices are kept per store, or per account on the account control panel', () => {
    expect(choiceHome(classifyUrl('https://accounts.bigcommerce.com/tokens/create'))).toBe('account');
    expect(choiceHome(classifyUrl('https://store-abc123.mybigcommerce.com/manage/settings/account-api-accounts/create'))).toBe('abc123');
    expect(choiceHome(classifyUrl('https://example.com/'))).toBeNull();
  });
});
