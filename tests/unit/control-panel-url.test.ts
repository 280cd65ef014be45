import { describe, expect, it } from 'vitest';
import { classifyUrl, createPageUrl, storeHashFromOrigin } from '../../utils/control-panel-url';

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
