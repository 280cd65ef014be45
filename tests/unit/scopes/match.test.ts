import { describe, expect, it } from 'vitest';
import { ACCOUNT_SCOPES } from '../../../utils/scopes/account-catalogue';
import { STORE_SCOPES } from '../../../utils/scopes/catalogue';
import { scopeById } from '../../../utils/scopes/bundled';
import { findLevel, findScopeRow, levelRank, normalizeLabel, normalizeLabelWith } from '../../../utils/scopes/match';

function row(id: string) {
  const r = scopeById(id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
}

describe('normalizeLabel', () => {
  it.each([
    ['Products', 'products'],
    ['  Information &  Settings  ', 'information and settings'],
    ['Information&Settings', 'information and settings'],
    ['Sites\u00a0&\troutes\n', 'sites and routes'],
    ['Customers login:', 'customers login'],
    ['Name *', 'name'],
    ['Name: *', 'name'],
    ['read-only', 'read-only'],
    ['   ', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });
});

describe('normalizeLabel: other scripts', () => {
  it.each([
    ['Thèmes', 'thèmes'],
    ['THÈMES', 'thèmes'],
    ['The\u0300mes', 'thèmes'], // decomposed accent, as some sources write it
    ['Jeton d\u2019accès', "jeton d'accès"],
    ["Ім\u02bcя", "ім'я"],
    ['名称：', '名称'],
    ['店面 API 令牌', '店面api令牌'],
    ['信息＆设置', '信息and设置'],
    ['ТОВАРИ', 'товари'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });

  it('reads only the given words for "and", and only as whole words (Han in place)', () => {
    expect(normalizeLabelWith('Sites et routes', ['et'])).toBe(normalizeLabelWith('Sites & routes', ['et']));
    expect(normalizeLabelWith('Sites ET routes', ['et'])).toBe('sites and routes');
    expect(normalizeLabelWith('Paniers', ['et'])).toBe('paniers');
    expect(normalizeLabelWith('Sites et routes', [])).toBe('sites et routes');
    expect(normalizeLabelWith('Сайти та маршрути', ['та', 'і'])).toBe('сайти and маршрути');
    expect(normalizeLabelWith('站点和路由', ['和'])).toBe(normalizeLabelWith('站点 & 路由', ['和']));
    expect(normalizeLabelWith('Informazioni e impostazioni', ['e'])).toBe('informazioni and impostazioni');
  });
});

describe('findScopeRow', () => {
  it('finds every row by its label in any casing', () => {
    for (const r of STORE_SCOPES) {
      expect(findScopeRow(r.label)?.id).toBe(r.id);
      expect(findScopeRow(r.label.toUpperCase())?.id).toBe(r.id);
      expect(findScopeRow(r.label.toLowerCase())?.id).toBe(r.id);
    }
  });

  it.each([
    ['Information & Settings', 'information-settings'],
    ['Information and Settings', 'information-settings'],
    ['information and settings:', 'information-settings'],
    ['Sites and Routes', 'sites-routes'],
    ['  Sites   &   Routes ', 'sites-routes'],
    ['Customer Login', 'customers-login'],
    ['Customers Login', 'customers-login'],
    ['Customers', 'customers'],
    ['Payments - Get accepted methods', 'get-payment-methods'],
    ['Get Payment Methods', 'get-payment-methods'],
    ['Checkout Content', 'checkout-content'],
    ['Content', 'content'],
    ['Storefront API Customer Impersonation Tokens', 'storefront-api-customer-impersonation-tokens'],
    ['Products *', 'products'],
  ])('%j is %s', (label, id) => {
    expect(findScopeRow(label)?.id).toBe(id);
  });

  it.each(['Webhooks', 'Infrastructure Billing', 'Custom', 'Product', 'Content Checkout', '', '  '])(
    'unknown label %j gives null',
    (label) => {
      expect(findScopeRow(label)).toBeNull();
    },
  );

  it('searches other row lists, such as the account-level resources', () => {
    expect(findScopeRow('Subscriptions', ACCOUNT_SCOPES)?.id).toBe('account-subscriptions');
    expect(findScopeRow('account users', ACCOUNT_SCOPES)?.id).toBe('account-users');
    expect(findScopeRow('Products', ACCOUNT_SCOPES)).toBeNull();
  });
});

describe('findLevel', () => {
  it.each([
    ['content', 'None', 'none'],
    ['content', 'Read-only', 'read-only'],
    ['content', 'READ-ONLY', 'read-only'],
    ['content', ' modify ', 'modify'],
    ['content', 'manage', 'modify'],
    ['themes', 'Manage', 'modify'],
    ['customers-login', 'login', 'login'],
    ['customers-login', 'modify', 'login'],
    ['create-payments', 'create', 'create'],
    ['create-payments', 'Modify', 'create'],
    ['get-payment-methods', 'Get', 'read-only'],
    ['get-payment-methods', 'read-only', 'read-only'],
    ['storefront-api-tokens', 'manage', 'manage'],
    ['storefront-api-tokens', 'generate tokens', 'manage'],
    ['storefront-api-customer-impersonation-tokens', 'Modify', 'manage'],
    ['metafield-ownership', 'manage', 'manage'],
    ['metafields-access', 'Standard', 'standard'],
    ['metafields-access', 'full', 'full'],
  ])('%s: %j is %s', (id, text, level) => {
    expect(findLevel(row(id), text)?.id).toBe(level);
  });

  it.each([
    ['customers-login', 'read-only'],
    ['get-payment-methods', 'modify'],
    ['store-logs', 'modify'],
    ['metafields-access', 'None'],
    ['content', 'login'],
    ['content', 'Get'],
    ['orders', ''],
  ])('%s: %j is not offered', (id, text) => {
    expect(findLevel(row(id), text)).toBeNull();
  });

  it('works on account-level levels', () => {
    const subs = ACCOUNT_SCOPES.find((r) => r.id === 'account-subscriptions');
    expect(subs && findLevel(subs, 'cancel')?.id).toBe('modify');
    expect(subs && findLevel(subs, 'read')?.id).toBe('read-only');
  });
});

describe('levelRank', () => {
  it('is the position in least→most privilege order', () => {
    expect(levelRank(row('content'), 'none')).toBe(0);
    expect(levelRank(row('content'), 'read-only')).toBe(1);
    expect(levelRank(row('content'), 'modify')).toBe(2);
    expect(levelRank(row('customers-login'), 'login')).toBe(1);
    expect(levelRank(row('metafields-access'), 'standard')).toBe(0);
    expect(levelRank(row('metafields-access'), 'full')).toBe(1);
  });

  it('is -1 for levels the row does not offer', () => {
    expect(levelRank(row('customers-login'), 'read-only')).toBe(-1);
    expect(levelRank(row('metafields-access'), 'none')).toBe(-1);
    expect(levelRank(row('content'), 'manage')).toBe(-1);
  });
});
