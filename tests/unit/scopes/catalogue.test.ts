/**
 * The catalogue against docs/control-panel.md: hand-written expectations first (so the tests
 * stand alone), then a cross-check that parses the doc's tables when the shared docs are present.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_SCOPES, STORE_SCOPE_IDS, STORE_SCOPES, isScopeId, scopeById } from '../../../utils/scopes/catalogue';
import { normalizeLabel } from '../../../utils/scopes/match';
import { levelIdSchema, scopeIdSchema, scopeRowSchema } from '../../../utils/scopes/schema';

/** [id, UI label, levels as "label=param" (None has no param), default level id] in UI order. */
const EXPECTED: [string, string, string[], string][] = [
  ['content', 'Content', ['read-only=store_v2_content_read_only', 'modify=store_v2_content'], 'none'],
  ['checkout-content', 'Checkout content', ['read-only=store_content_checkout_read_only', 'modify=store_content_checkout'], 'none'],
  ['customers', 'Customers', ['read-only=store_v2_customers_read_only', 'modify=store_v2_customers'], 'none'],
  ['customers-login', 'Customers login', ['login=store_v2_customers_login'], 'none'],
  ['information-settings', 'Information & settings', ['read-only=store_v2_information_read_only', 'modify=store_v2_information'], 'none'],
  ['marketing', 'Marketing', ['read-only=store_v2_marketing_read_only', 'modify=store_v2_marketing'], 'none'],
  ['orders', 'Orders', ['read-only=store_v2_orders_read_only', 'modify=store_v2_orders'], 'none'],
  ['order-transactions', 'Order transactions', ['read-only=store_v2_transactions_read_only', 'modify=store_v2_transactions'], 'none'],
  ['create-payments', 'Create payments', ['create=store_payments_access_token_create'], 'none'],
  ['get-payment-methods', 'Get payment methods', ['read-only=store_payments_methods_read'], 'none'],
  ['stored-payment-instruments', 'Stored Payment Instruments', ['read-only=store_stored_payment_instruments_read_only', 'modify=store_stored_payment_instruments'], 'none'],
  ['products', 'Products', ['read-only=store_v2_products_read_only', 'modify=store_v2_products'], 'none'],
  ['themes', 'Themes', ['read-only=store_themes_read_only', 'modify=store_themes_manage'], 'none'],
  ['carts', 'Carts', ['read-only=store_cart_read_only', 'modify=store_cart'], 'none'],
  ['checkouts', 'Checkouts', ['read-only=store_checkout_read_only', 'modify=store_checkout'], 'none'],
  ['sites-routes', 'Sites & routes', ['read-only=store_sites_read_only', 'modify=store_sites'], 'none'],
  ['channel-settings', 'Channel settings', ['read-only=store_channel_settings_read_only', 'modify=store_channel_settings'], 'none'],
  ['channel-listings', 'Channel listings', ['read-only=store_channel_listings_read_only', 'modify=store_channel_listings'], 'none'],
  ['storefront-api-tokens', 'Storefront API tokens', ['manage=store_storefront_api'], 'none'],
  ['storefront-api-customer-impersonation-tokens', 'Storefront API customer impersonation tokens', ['manage=store_storefront_api_customer_impersonation'], 'none'],
  ['store-logs', 'Store logs', ['read-only=store_logs_read_only'], 'none'],
  ['store-locations', 'Store Locations', ['read-only=store_locations_read_only', 'modify=store_locations'], 'none'],
  ['store-inventory', 'Store Inventory', ['read-only=store_inventory_read_only', 'modify=store_inventory'], 'none'],
  ['fulfillment-methods', 'Fulfillment Methods', ['read-only=store_fulfillment_methods_read_only', 'modify=store_fulfillment_methods_manage'], 'none'],
  ['order-fulfillment', 'Order Fulfillment', ['read-only=store_order_fulfillment_read_only', 'modify=store_order_fulfillment_manage'], 'none'],
  ['metafield-ownership', 'Metafield Ownership', ['manage=store_metafield_change_owner'], 'none'],
  ['metafields-access', 'Metafields Access', ['Standard=store_metafield_write', 'Full=store_metafield_write_all'], 'standard'],
  ['store-translations', 'Store Translations', ['read-only=store_translations_read_only', 'modify=store_translations'], 'none'],
];

/** "label=param" for each level, with None written as plain "None". */
function levelSpec(row: (typeof STORE_SCOPES)[number]): string[] {
  return row.levels.filter((l) => l.id !== 'none').map((l) => `${l.label}=${l.param ?? ''}`);
}

describe('STORE_SCOPES', () => {
  it('has the 28 rows in the UI order, Store Translations last', () => {
    expect(STORE_SCOPES).toHaveLength(28);
    expect(STORE_SCOPES.map((r) => r.id)).toEqual(EXPECTED.map((e) => e[0]));
    expect(STORE_SCOPES.at(-1)?.id).toBe('store-translations');
    expect([...STORE_SCOPE_IDS]).toEqual(STORE_SCOPES.map((r) => r.id));
  });

  it.each(EXPECTED)('%s: label, levels, params and default', (id, label, levels, defaultLevel) => {
    const row = scopeById(id);
    expect(row?.label).toBe(label);
    expect(row && levelSpec(row)).toEqual(levels);
    expect(row?.defaultLevel).toBe(defaultLevel);
    // Every row but Metafields Access starts at None and offers it first.
    expect(row?.levels[0]?.id).toBe(defaultLevel);
  });

  it('passes the row schema', () => {
    for (const row of STORE_SCOPES) {
      const result = scopeRowSchema.safeParse(row);
      expect(result.error?.issues ?? [], row.id).toEqual([]);
    }
  });

  it('orders the usual levels None < read-only < modify', () => {
    for (const row of STORE_SCOPES.filter((r) => r.levels.length === 3 && r.id !== 'metafields-access')) {
      expect(row.levels.map((l) => l.id), row.id).toEqual(['none', 'read-only', 'modify']);
    }
  });

  it('records the doc’s non-canonical parameter spellings as aliases', () => {
    const aliasesOf = (id: string) => scopeById(id)?.levels.flatMap((l) => l.paramAliases.map((a) => `${l.id}:${a}`));
    expect(aliasesOf('checkout-content')).toEqual(['modify:store_checkout_content']);
    expect(aliasesOf('checkouts')).toEqual(['modify:store_checkouts', 'modify:store_v2_checkouts']);
    const others = STORE_SCOPES.filter((r) => r.id !== 'checkouts' && r.id !== 'checkout-content');
    expect(others.flatMap((r) => r.levels.flatMap((l) => l.paramAliases))).toEqual([]);
  });

  it('records the doc’s row and level aliases', () => {
    expect(scopeById('customers-login')?.aliases).toContain('Customer Login');
    expect(scopeById('information-settings')?.aliases).toContain('Information and Settings');
    expect(scopeById('get-payment-methods')?.aliases).toContain('Payments - Get accepted methods');
    const levelAliases = (id: string, level: string) =>
      scopeById(id)?.levels.find((l) => l.id === level)?.aliases ?? [];
    expect(levelAliases('content', 'modify')).toContain('manage');
    expect(levelAliases('themes', 'modify')).toContain('manage');
    expect(levelAliases('get-payment-methods', 'read-only')).toContain('Get');
    expect(levelAliases('customers-login', 'login')).toContain('modify');
    expect(levelAliases('create-payments', 'create')).toContain('modify');
    expect(levelAliases('metafield-ownership', 'manage')).toContain('modify');
    for (const id of ['storefront-api-tokens', 'storefront-api-customer-impersonation-tokens']) {
      expect(levelAliases(id, 'manage')).toEqual(expect.arrayContaining(['modify', 'generate tokens']));
    }
  });

  it('never maps one OAuth string to two levels', () => {
    const all = STORE_SCOPES.flatMap((r) => r.levels.flatMap((l) => [l.param, ...l.paramAliases])).filter(Boolean);
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps row labels and aliases unambiguous across rows', () => {
    const owner = new Map<string, string>();
    for (const row of STORE_SCOPES) {
      for (const text of [row.label, ...row.aliases]) {
        const key = normalizeLabel(text);
        const previous = owner.get(key);
        expect(previous === undefined || previous === row.id, `"${text}" also names ${previous}`).toBe(true);
        owner.set(key, row.id);
      }
    }
  });

  it('keeps level words unambiguous within a row', () => {
    for (const row of STORE_SCOPES) {
      const words = row.levels.flatMap((l) => [l.id, ...[l.label, ...l.aliases].map(normalizeLabel)].filter((w, i, a) => a.indexOf(w) === i));
      expect(new Set(words).size, row.id).toBe(words.length);
    }
  });

  it('looks rows up by id', () => {
    expect(scopeById('orders')?.label).toBe('Orders');
    expect(scopeById('webhooks')).toBeNull();
    expect(isScopeId('store-logs')).toBe(true);
    expect(isScopeId('Store logs')).toBe(false);
  });

  it('agrees with the zod enums', () => {
    expect(scopeIdSchema.options).toEqual(STORE_SCOPES.map((r) => r.id));
    const used = new Set(STORE_SCOPES.flatMap((r) => r.levels.map((l) => l.id)));
    expect(new Set(levelIdSchema.options)).toEqual(used);
  });
});

describe('ACCOUNT_SCOPES', () => {
  it('lists the account-level resources of §5 with their parameters', () => {
    const spec = ACCOUNT_SCOPES.map((r) => [r.label, r.levels.map((l) => `${l.id}=${l.param ?? ''}`)]);
    expect(spec).toEqual([
      ['Account', ['read-only=account_read']],
      ['Account Apps', ['read-only=account_apps_read']],
      ['Account Checkouts', ['read-only=account_checkouts_read', 'modify=account_checkouts_create']],
      ['Account Stores', ['read-only=account_stores_read']],
      ['Account Subscriptions', ['read-only=account_subscriptions_read', 'modify=account_subscriptions_cancel']],
      ['Account Users', ['read-only=account_users_read', 'write=account_users_write', 'delete=account_users_delete']],
      ['Charges', ['modify=']],
    ]);
  });

  it('keeps the unified-billing names as aliases', () => {
    expect(ACCOUNT_SCOPES.find((r) => r.id === 'account-checkouts')?.aliases).toContain('Checkouts');
    expect(ACCOUNT_SCOPES.find((r) => r.id === 'account-subscriptions')?.aliases).toContain('Subscriptions');
  });
});

// --- cross-check with the markdown source -------------------------------------------------------

const DOC = path.resolve(__dirname, '../../../shared/docs/control-panel.md');
const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : null;

/** Table body rows between two headings, as arrays of trimmed cells. */
function tableRows(md: string, from: string, to: string): string[][] {
  const start = md.indexOf(from);
  const end = md.indexOf(to, start);
  if (start < 0 || end < 0) throw new Error(`section ${from} not found`);
  return md
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[-| ]+\|$/.test(line))
    .map((line) => line.slice(1, -1).split('|').map((c) => c.trim()))
    .slice(1); // header
}

const backticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
/** "None / **login** (note)" → ["None", "login"] */
const levelWords = (cell: string) =>
  cell.replace(/\*\*/g, '').replace(/\([^)]*\)/g, '').split('/').map((s) => s.trim()).filter(Boolean);

describe.skipIf(doc === null)('catalogue vs control-panel.md tables', () => {
  const md = doc ?? '';

  it('§4.1: same rows, order, labels, levels, defaults and parameters', () => {
    const rows = tableRows(md, '### 4.1', '### 4.2');
    expect(rows).toHaveLength(STORE_SCOPES.length);
    rows.forEach(([num, label, levels, def, params, notes], i) => {
      const row = STORE_SCOPES[i];
      expect(num).toBe(String(i + 1));
      expect(row?.label).toBe(label);
      expect(row?.levels.map((l) => l.label)).toEqual(levelWords(levels ?? ''));
      expect(row?.levels.find((l) => l.id === row.defaultLevel)?.label).toBe((def ?? '').replace(/\*\*/g, ''));
      expect(row?.levels.flatMap((l) => (l.param ? [l.param] : []))).toEqual(backticked(params ?? ''));
      // Every store_* string the notes column mentions is known to the row, as canonical or alias.
      const known = row?.levels.flatMap((l) => [l.param, ...l.paramAliases]) ?? [];
      for (const p of backticked(notes ?? '').filter((s) => /^store_[a-z0-9_]+$/.test(s))) {
        expect(known, `${label}: ${p}`).toContain(p);
      }
    });
  });

  it('§5: same account-level resources, levels and parameters', () => {
    const rows = tableRows(md, '## 5. Account-level scopes', '## 6.');
    expect(rows.map((r) => r[0])).toEqual(ACCOUNT_SCOPES.map((r) => r.label));
    rows.forEach(([, levels, params], i) => {
      const row = ACCOUNT_SCOPES[i];
      expect(row?.levels.map((l) => l.label)).toEqual(levelWords(levels ?? ''));
      expect(row?.levels.flatMap((l) => (l.param ? [l.param] : []))).toEqual(
        backticked(params ?? '').filter((s) => s.startsWith('account_')),
      );
    });
  });
});
