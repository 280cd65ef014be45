/**
 * The scope catalogue as plain data: the 28 store-level rows of the "Create API account" form
 * (docs/control-panel-facts.md §4.1) and the three Infrastructure rows that may appear (§4.2, §15). The
 * account-level resources (docs/control-panel-facts.md §5) are ./account-catalogue.ts.
 *
 * Not bundled into the content script (byte budget): the background sends it these rows by
 * message (utils/background/vocabulary.ts). No zod here either; the zod schemas that validate
 * this data live in ./schema.ts and are only used by tests and the options UI.
 */
import type { LevelId, ScopeLevel, ScopeRow } from './types';

/** Row ids in the UI's order. Kept as a tuple so `ScopeId` is a literal union without zod. */
export const STORE_SCOPE_IDS = [
  'content',
  'checkout-content',
  'customers',
  'customers-login',
  'information-settings',
  'marketing',
  'orders',
  'order-transactions',
  'create-payments',
  'get-payment-methods',
  'stored-payment-instruments',
  'products',
  'themes',
  'carts',
  'checkouts',
  'sites-routes',
  'channel-settings',
  'channel-listings',
  'storefront-api-tokens',
  'storefront-api-customer-impersonation-tokens',
  'store-logs',
  'store-locations',
  'store-inventory',
  'fulfillment-methods',
  'order-fulfillment',
  'metafield-ownership',
  'metafields-access',
  'store-translations',
  // docs/control-panel-facts.md §4.2 / §15: documented for native Catalyst hosting; whether and where they appear is unverified.
  'infrastructure-deployments',
  'infrastructure-projects',
  'infrastructure-logs',
  // Stores with B2B Edition only (bigcommerce/docs docs/b2b-edition/authentication/hosted-auth.mdx):
  // one store-level API account authenticates the B2B Edition APIs too; its place is unverified.
  'b2b-edition',
] as const;

export type ScopeId = (typeof STORE_SCOPE_IDS)[number];

/** A store-level row whose id is known to be one of the catalogue's. */
export type StoreScopeRow = ScopeRow & { readonly id: ScopeId };

// --- small builders: most rows are "None / read-only / modify", so spell that once -------------

export function level(
  id: LevelId,
  label: string,
  param: string | null,
  aliases: readonly string[] = [],
  paramAliases: readonly string[] = [],
): ScopeLevel {
  return { id, label, aliases, param, paramAliases };
}

export const NONE = level('none', 'None', null);

/** None / read-only / modify, the common case. `modifyAliases` for rows where a doc says "manage". */
function threeLevels(
  readParam: string,
  modifyParam: string,
  opts: { modifyAliases?: readonly string[]; modifyParamAliases?: readonly string[] } = {},
): readonly ScopeLevel[] {
  return [
    NONE,
    level('read-only', 'read-only', readParam),
    level('modify', 'modify', modifyParam, opts.modifyAliases, opts.modifyParamAliases),
  ];
}

function row(
  id: ScopeId,
  label: string,
  levels: readonly ScopeLevel[],
  aliases: readonly string[] = [],
  defaultLevel: LevelId = 'none',
): StoreScopeRow {
  return { id, label, aliases, levels, defaultLevel };
}

/*
 * Single-level rows: the UI shows a specific word ("login", "create", "manage") while DOC says
 * "modify" for the same level, so "modify" is an alias of each (docs/control-panel-facts.md §4.1 notes).
 */
const SINGLE_LEVEL_DOC_WORD = ['modify'];
const STOREFRONT_TOKEN_ALIASES = ['modify', 'generate tokens'];

/** All store-level rows, in the order 2023–2025 guides copy from the UI (Store Translations last: position unverified). */
export const STORE_SCOPES: readonly StoreScopeRow[] = [
  row(
    'content',
    'Content',
    threeLevels('store_v2_content_read_only', 'store_v2_content', { modifyAliases: ['manage'] }),
  ),
  row(
    'checkout-content',
    'Checkout content',
    // reference/checkouts.v3.yml writes store_checkout_content; the canonical string is store_content_checkout.
    threeLevels('store_content_checkout_read_only', 'store_content_checkout', {
      modifyParamAliases: ['store_checkout_content'],
    }),
  ),
  row('customers', 'Customers', threeLevels('store_v2_customers_read_only', 'store_v2_customers')),
  row(
    'customers-login',
    'Customers login',
    [NONE, level('login', 'login', 'store_v2_customers_login', SINGLE_LEVEL_DOC_WORD)],
    ['Customer Login'],
  ),
  row(
    'information-settings',
    'Information & settings',
    threeLevels('store_v2_information_read_only', 'store_v2_information'),
    // Redundant with "&" ≡ "and" matching, but kept because the doc lists it as a spelling in use.
    ['Information and Settings'],
  ),
  row('marketing', 'Marketing', threeLevels('store_v2_marketing_read_only', 'store_v2_marketing')),
  row('orders', 'Orders', threeLevels('store_v2_orders_read_only', 'store_v2_orders')),
  row(
    'order-transactions',
    'Order transactions',
    threeLevels('store_v2_transactions_read_only', 'store_v2_transactions'),
  ),
  row('create-payments', 'Create payments', [
    NONE,
    level('create', 'create', 'store_payments_access_token_create', SINGLE_LEVEL_DOC_WORD),
  ]),
  row(
    'get-payment-methods',
    'Get payment methods',
    // iPaaS.com writes the level as "Get".
    [NONE, level('read-only', 'read-only', 'store_payments_methods_read', ['Get'])],
    ['Payments - Get accepted methods'],
  ),
  row(
    'stored-payment-instruments',
    'Stored Payment Instruments',
    threeLevels('store_stored_payment_instruments_read_only', 'store_stored_payment_instruments'),
  ),
  row('products', 'Products', threeLevels('store_v2_products_read_only', 'store_v2_products')),
  row(
    'themes',
    'Themes',
    threeLevels('store_themes_read_only', 'store_themes_manage', { modifyAliases: ['manage'] }),
  ),
  row('carts', 'Carts', threeLevels('store_cart_read_only', 'store_cart')),
  row(
    'checkouts',
    'Checkouts',
    // store_checkouts (rest-management.mdx, checkouts.v3.yml) and store_v2_checkouts (point-of-sale.mdx)
    // are written without a level suffix, so they are read as spellings of the modify scope.
    threeLevels('store_checkout_read_only', 'store_checkout', {
      modifyParamAliases: ['store_checkouts', 'store_v2_checkouts'],
    }),
  ),
  row('sites-routes', 'Sites & routes', threeLevels('store_sites_read_only', 'store_sites')),
  row(
    'channel-settings',
    'Channel settings',
    threeLevels('store_channel_settings_read_only', 'store_channel_settings'),
  ),
  row(
    'channel-listings',
    'Channel listings',
    threeLevels('store_channel_listings_read_only', 'store_channel_listings'),
  ),
  row('storefront-api-tokens', 'Storefront API tokens', [
    NONE,
    level('manage', 'manage', 'store_storefront_api', STOREFRONT_TOKEN_ALIASES),
  ]),
  row('storefront-api-customer-impersonation-tokens', 'Storefront API customer impersonation tokens', [
    NONE,
    level('manage', 'manage', 'store_storefront_api_customer_impersonation', STOREFRONT_TOKEN_ALIASES),
  ]),
  row('store-logs', 'Store logs', [NONE, level('read-only', 'read-only', 'store_logs_read_only')]),
  row('store-locations', 'Store Locations', threeLevels('store_locations_read_only', 'store_locations')),
  row('store-inventory', 'Store Inventory', threeLevels('store_inventory_read_only', 'store_inventory')),
  row(
    'fulfillment-methods',
    'Fulfillment Methods',
    threeLevels('store_fulfillment_methods_read_only', 'store_fulfillment_methods_manage'),
  ),
  row(
    'order-fulfillment',
    'Order Fulfillment',
    threeLevels('store_order_fulfillment_read_only', 'store_order_fulfillment_manage'),
  ),
  row('metafield-ownership', 'Metafield Ownership', [
    NONE,
    // The UI's word for this level is unverified; "manage" follows DOC's parameter name.
    level('manage', 'manage', 'store_metafield_change_owner', SINGLE_LEVEL_DOC_WORD),
  ]),
  row(
    'metafields-access',
    'Metafields Access',
    // No None here: Standard is the floor and the default (DOC; DropStream/PackageBee show "Standard").
    [
      level('standard', 'Standard', 'store_metafield_write'),
      level('full', 'Full', 'store_metafield_write_all'),
    ],
    [],
    'standard',
  ),
  row(
    'store-translations',
    'Store Translations',
    threeLevels('store_translations_read_only', 'store_translations'),
  ),
  // Native Catalyst hosting (bigcommerce/docs reference/infrastructure_hosting.v3.yml, 2026-03).
  // Labels follow the doc's names; the UI's labels and the rows' position are unverified (docs/control-panel-facts.md §15).
  row('infrastructure-deployments', 'Infrastructure Deployments', [
    NONE,
    level('read-only', 'read-only', 'store_infrastructure_deployments_read_only'),
    level('create-preview', 'create preview', 'store_infrastructure_deployments_create_preview'),
    level('manage', 'manage', 'store_infrastructure_deployments_manage', SINGLE_LEVEL_DOC_WORD),
  ]),
  row('infrastructure-projects', 'Infrastructure Projects', [
    NONE,
    level('read-only', 'read-only', 'store_infrastructure_projects_read_only'),
    level('manage', 'manage', 'store_infrastructure_projects_manage', SINGLE_LEVEL_DOC_WORD),
  ]),
  row('infrastructure-logs', 'Infrastructure Logs', [
    NONE,
    level('read-only', 'read-only', 'store_infrastructure_logs_read_only'),
  ]),
  // B2B Edition (stores with B2B Edition only). bigcommerce/docs
  // docs/b2b-edition/authentication/hosted-auth.mdx: "Create a V3 Token with
  // the B2B Edition scope set to `modify`"; "If your store doesn't have B2B Edition enabled, the B2B
  // Edition scope will not be available." The docs name no other level and no OAuth parameter
  // string (B2B tokens are "preconfigured with all API scopes"), so the row offers None and modify
  // and its modify carries no parameter (null: nothing to read from an attribute).
  row('b2b-edition', 'B2B Edition', [NONE, level('modify', 'modify', null)]),
];

/**
 * Rows whose place in the UI's list is unknown (docs/control-panel-facts.md §4.1 note on Store Translations, §15): the
 * structure reading tries them at every place; all other rows keep the order above.
 */
export const FLOATING_SCOPE_IDS: readonly ScopeId[] = [
  'store-translations',
  'infrastructure-deployments',
  'infrastructure-projects',
  'infrastructure-logs',
  'b2b-edition',
];

/**
 * Floating rows assumed to appear all together or not at all: the Infrastructure rows belong to
 * one feature (native hosting) and are documented together (assumption; docs/control-panel-facts.md §15 leaves it open).
 */
export const FLOATING_GROUPS: readonly (readonly ScopeId[])[] = [['infrastructure-deployments', 'infrastructure-projects', 'infrastructure-logs']];

const STORE_BY_ID = new Map<string, StoreScopeRow>(STORE_SCOPES.map((r) => [r.id, r]));

export function isScopeId(id: string): id is ScopeId {
  return STORE_BY_ID.has(id);
}

/** The store-level row with this id (extension pages and the background; reading and deciding
 *  use ./registry.ts, which also serves the content script). */
export function storeScopeById(id: ScopeId): StoreScopeRow;
export function storeScopeById(id: string): StoreScopeRow | null;
export function storeScopeById(id: string): StoreScopeRow | null {
  return STORE_BY_ID.get(id) ?? null;
}
