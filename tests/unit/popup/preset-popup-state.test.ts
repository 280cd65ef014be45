import { describe, expect, it } from 'vitest';
import { tabState } from '../../../components/popup/tab-state';
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
});
