/**
 * Built-in presets, from the integrators' published requirements copied verbatim in
 * tests/fixtures/docs/presets-sources.md (sections A and B) and, for the account-level one,
 * docs/control-panel-facts.md §5. Plain data, no zod:
 * the popup and content script read it; tests validate it against presetSchema.
 *
 * Required flags: where a source marks rows as required ("(req)"), only those rows are required.
 * Where a source does not distinguish required from optional rows, EVERY listed row is required
 * (the vendor asks for all of them, so the UI should not present any as skippable).
 *
 * Rows a source explicitly sets to None (or to the Metafields Access default, Standard) are not
 * listed: an unlisted row means "leave at the default", which is the same thing.
 *
 * Ids are kebab-case and stable: saved user settings and published files refer to them.
 */
import type { ScopeId } from '../scopes/catalogue';
import type { LevelId } from '../scopes/types';
import type { CredentialField, Preset, PresetScope, PresetSource } from './types';

type Scopes = Preset['scopes'];

const req = (level: LevelId): PresetScope => ({ level, required: true });
const opt = (level: LevelId): PresetScope => ({ level, required: false });

/** The same level for several rows (sources often list "modify: A, B, C"). Required by default. */
function at(level: LevelId, ids: readonly ScopeId[], required = true): Scopes {
  return Object.fromEntries(ids.map((id) => [id, { level, required }]));
}

/** Joins scope groups; a row in two groups is a transcription error, so it throws (tests load this). */
function merge(...groups: Scopes[]): Scopes {
  const out: Scopes = {};
  for (const group of groups) {
    for (const [id, scope] of Object.entries(group) as [ScopeId, PresetScope][]) {
      if (id in out) throw new Error(`builtin presets: row "${id}" listed twice`);
      out[id] = scope;
    }
  }
  return out;
}

/** A file in BigCommerce's developer docs repo (HEAD = its default branch). */
function bcDocs(path: string): PresetSource {
  return { url: `https://github.com/bigcommerce/docs/blob/HEAD/${path}`, title: `BigCommerce developer docs: ${path}` };
}

function catalystCommit(sha: string, title: string): PresetSource {
  return { url: `https://github.com/bigcommerce/catalyst/commit/${sha}`, title };
}

// --- A. Seed pages ----------------------------------------------------------------------------

const LITEXTENSION_SOURCE: PresetSource = {
  url: 'https://litextension.com/migration-guide/get-api-bigcommerce.html',
  title: 'LitExtension: How to get BigCommerce API Credentials',
};

/** LitExtension's rows; (req) as marked in LitExtension's API-credentials guide (tests/fixtures/docs/presets-sources.md, A1). The level is modify (to) or read-only (from). */
function litExtensionScopes(level: LevelId): Scopes {
  return {
    content: req(level),
    customers: opt(level),
    'information-settings': req(level),
    marketing: req(level),
    orders: opt(level),
    products: opt(level),
    'channel-settings': req(level),
    'channel-listings': req(level),
  };
}

/** Seed 02: "API Path, Client ID and Access Token"; the Client Secret is not needed. */
const LITEXTENSION_FIELDS: CredentialField[] = ['apiPath', 'clientId', 'accessToken'];

const LITEXTENSION_NOTES = [
  'Rows not marked required are optional, depending on the entities you want to migrate.',
  'The migration tool needs the API Path, Client ID and Access Token; the Client Secret is not required.',
];

const MIGRATION_ROWS: readonly ScopeId[] = [
  'content',
  'customers',
  'information-settings',
  'marketing',
  'orders',
  'products',
  'channel-settings',
  'channel-listings',
];

// --- B. Shared row sets -------------------------------------------------------------------------

const BC4WP_COMMON: Scopes = merge(
  at('modify', ['customers', 'information-settings', 'carts', 'checkouts', 'sites-routes', 'channel-settings', 'channel-listings']),
  { 'customers-login': req('login') },
  at('read-only', ['marketing', 'orders', 'order-transactions', 'get-payment-methods', 'products']),
);

const BC4WP_NOTES = ['Name: more than three characters, unique among the store’s API accounts.'];

const CATALYST_SETUP_2023: Scopes = merge(
  { carts: req('read-only') },
  at('modify', ['sites-routes', 'channel-settings']),
  { 'storefront-api-customer-impersonation-tokens': req('manage') },
);

const NEXT_CART_SOURCE: PresetSource = {
  url: 'https://next-cart.com/blog/how-to-get-bigcommerce-api-credentials',
  title: 'Next-Cart: How to get BigCommerce API credentials',
};

export const BUILTIN_PRESETS: readonly Preset[] = [
  {
    id: 'litextension-to-bigcommerce',
    name: 'LitExtension: migrate to BigCommerce',
    description: 'LitExtension store migration into this BigCommerce store (all rows modify).',
    sources: [LITEXTENSION_SOURCE],
    tokenType: 'v2v3',
    scopes: litExtensionScopes('modify'),
    credentialFields: LITEXTENSION_FIELDS,
    // Customers are emailed during the migration otherwise: shown open, above Fill form.
    importantNotes: [
      'Before migrating orders, turn off all email notifications (Settings › Order Notifications): otherwise customers are emailed during the migration.',
    ],
    notes: LITEXTENSION_NOTES,
  },
  {
    id: 'litextension-from-bigcommerce',
    name: 'LitExtension: migrate from BigCommerce',
    description: 'LitExtension store migration out of this BigCommerce store (all rows read-only).',
    sources: [LITEXTENSION_SOURCE],
    tokenType: 'v2v3',
    scopes: litExtensionScopes('read-only'),
    credentialFields: LITEXTENSION_FIELDS,
    notes: LITEXTENSION_NOTES,
  },
  {
    id: 'modern-retail-integration',
    name: 'Modern Retail Integration',
    description: 'Modern Retail’s NetSuite integration.',
    sources: [
      {
        url: 'https://support.modernretail.com/hc/en-us/articles/360045342413-BigCommerce-API-Credentials',
        title: 'Modern Retail: BigCommerce API Credentials',
      },
    ],
    tokenType: 'v2v3',
    accountName: 'Modern Retail Integration',
    // No (req) marks: the page says these settings "are needed in order for the integration to work".
    scopes: {
      customers: req('modify'),
      'information-settings': req('read-only'),
      marketing: req('modify'),
      orders: req('modify'),
      'order-transactions': req('modify'),
      'get-payment-methods': req('read-only'),
      products: req('modify'),
      carts: req('modify'),
      'storefront-api-tokens': req('manage'),
      'storefront-api-customer-impersonation-tokens': req('manage'),
    },
    notes: [
      'Keep the downloaded .txt file and upload it to the "API Credentials" task in Modern Retail’s Onboarding Center (or enter the values in their form manually).',
    ],
    // Seed 03: the .txt is uploaded to the Onboarding Center, so it must not be deleted first.
    keepTxt: true,
  },
  {
    id: 'stencil-cli',
    name: 'Stencil CLI',
    description: 'Stencil-CLI token for theme development with the Stencil CLI.',
    sources: [
      bcDocs('docs/storefront/stencil/cli/development-server.mdx'),
      bcDocs('docs/storefront/stencil/deployment/upload.mdx'),
    ],
    tokenType: 'stencil-cli',
    // The Stencil-CLI form has no scope rows, only the access level.
    scopes: {},
    stencilAccess: 'local-development',
    notes: [
      'Access level "local development only" is enough for `stencil start` previews.',
      'To push themes to the live storefront (`stencil push`), use "Stencil CLI (publish theme)".',
      'For a V2/V3 token instead, use the preset "Stencil CLI (V2/V3 token with Themes)".',
    ],
  },
  {
    id: 'stencil-cli-publish',
    name: 'Stencil CLI (publish theme)',
    description: 'Stencil-CLI token that may also push themes to the live storefront.',
    sources: [bcDocs('docs/storefront/stencil/deployment/upload.mdx')],
    tokenType: 'stencil-cli',
    scopes: {},
    stencilAccess: 'publish-theme',
    notes: ['Needed by `stencil push`; for `stencil start` alone, "local development only" is enough.'],
  },
  {
    id: 'stencil-cli-v2v3-themes',
    name: 'Stencil CLI (V2/V3 token with Themes)',
    description: 'Older alternative to the Stencil-CLI token: a V2/V3 token with the Themes row.',
    sources: [
      bcDocs('docs/storefront/stencil/deployment/upload.mdx'),
      {
        url: 'https://springmerchant.com/bigcommerce/how-create-stencil-oauth-api-credentials',
        title: 'Spring Merchant: How to create Stencil OAuth API credentials (2018)',
      },
    ],
    tokenType: 'v2v3',
    scopes: { themes: req('modify') },
    notes: ['Themes: read-only is enough for `stencil start`; `stencil push` needs Themes: modify.'],
  },
  {
    id: 'catalyst',
    name: 'Catalyst',
    description: 'Catalyst storefront (current docs): only the right to mint a storefront token.',
    sources: [bcDocs('docs/storefront/catalyst/development/environment-variables.mdx')],
    tokenType: 'v2v3',
    scopes: { 'storefront-api-tokens': req('manage') },
    notes: ['The doc writes "modify"; the form shows "manage" for this row.'],
  },
  {
    id: 'catalyst-native-hosting',
    name: 'Catalyst (native hosting)',
    description: 'Catalyst CLI deploying to BigCommerce’s native hosting: projects, deployments and their logs.',
    sources: [bcDocs('docs/storefront/catalyst/deployment/native-hosting/overview.mdx')],
    tokenType: 'v2v3',
    scopes: {
      'infrastructure-projects': req('manage'),
      'infrastructure-deployments': req('manage'),
      'infrastructure-logs': req('read-only'),
    },
    notes: [
      'The doc asks for "modify" on Infrastructure Projects and Infrastructure Deployments; those rows call that level "manage" (store_infrastructure_*_manage).',
      'The storefront itself still needs the Catalyst preset’s Storefront API tokens row on its own account.',
      'Native hosting is in closed alpha: the Infrastructure rows appear only on stores with the feature enabled.',
    ],
  },
  {
    id: 'b2b-edition-server-to-server',
    name: 'B2B Edition server-to-server integration',
    description:
      'A server-side integration calling the B2B Edition REST Management API with a store-level API account (X-Auth-Token and X-Store-Hash headers).',
    sources: [bcDocs('docs/b2b-edition/authentication/hosted-auth.mdx')],
    tokenType: 'v2v3',
    accountName: 'B2B Edition integration',
    scopes: { 'b2b-edition': req('modify') },
    notes: [
      'The doc: "Create a V3 Token with the B2B Edition scope set to modify". The row is on the page only on stores with B2B Edition.',
      'Since September 30, 2025 one store-level API account authenticates both the BigCommerce APIs and the B2B Edition APIs; the B2B Edition authToken is deprecated.',
      'Add the BigCommerce rows your integration also calls (Orders, Customers, …): this preset names only what the B2B Edition APIs need.',
    ],
  },
  {
    id: 'catalyst-setup-script-2023',
    name: 'Catalyst (setup script, 2023)',
    description: 'Scopes requested by Catalyst’s scripts/setup.mjs (2023-10).',
    sources: [catalystCommit('d344ac722', 'bigcommerce/catalyst scripts/setup.mjs (commit d344ac722, 2023-10-05)')],
    tokenType: 'v2v3',
    scopes: CATALYST_SETUP_2023,
  },
  {
    id: 'catalyst-create-catalyst-2024',
    name: 'Catalyst (create-catalyst CLI, 2024)',
    description: 'Scopes requested by the create-catalyst CLI (2024-02).',
    sources: [
      catalystCommit(
        '4adf11da7',
        'bigcommerce/catalyst packages/create-catalyst/src/utils/login.ts (removed in 4adf11da7, 2024-02-15)',
      ),
    ],
    tokenType: 'v2v3',
    scopes: merge(CATALYST_SETUP_2023, at('modify', ['content', 'information-settings', 'products'])),
  },
  {
    id: 'catalyst-env-docs-2024',
    name: 'Catalyst (environment-variable docs, until 2024-10)',
    description: 'Scopes in Catalyst’s environment-variable docs before October 2024.',
    sources: [catalystCommit('ffd4d4008', 'bigcommerce/catalyst environment-variable docs (text removed in ffd4d4008, 2024-10)')],
    tokenType: 'v2v3',
    // The doc marks Carts and Information & settings required and Customers login optional.
    scopes: {
      carts: req('modify'),
      'customers-login': opt('login'),
      'information-settings': req('read-only'),
    },
    notes: ['The doc writes "modify" for Customers login; the form shows "login".'],
  },
  {
    id: 'bc4wp-full-import',
    name: 'BigCommerce for WordPress: Full import',
    description: 'BigCommerce for WordPress with full product import (no storefront tokens).',
    sources: [bcDocs('docs/storefront/wordpress/start/multi-site.mdx')],
    tokenType: 'v2v3',
    scopes: BC4WP_COMMON,
    notes: BC4WP_NOTES,
  },
  {
    id: 'bc4wp-fast-headless',
    name: 'BigCommerce for WordPress: Fast headless',
    description: 'BigCommerce for WordPress in fast headless mode (adds the storefront token rows).',
    sources: [bcDocs('docs/storefront/wordpress/start/multi-site.mdx')],
    tokenType: 'v2v3',
    scopes: merge(BC4WP_COMMON, at('manage', ['storefront-api-tokens', 'storefront-api-customer-impersonation-tokens'])),
    notes: BC4WP_NOTES,
  },
  {
    id: 'bigcommerce-pos-foundation',
    name: 'BigCommerce POS Foundation',
    description: 'Point-of-sale integration as described in BigCommerce’s POS guide.',
    sources: [bcDocs('docs/integrations/point-of-sale.mdx')],
    tokenType: 'v2v3',
    scopes: merge(
      at('modify', ['customers', 'orders', 'carts', 'checkouts', 'channel-settings']),
      at('read-only', ['information-settings', 'get-payment-methods', 'products']),
      { 'create-payments': req('create'), 'storefront-api-tokens': req('manage') },
    ),
  },
  {
    id: 'bopis',
    name: 'Buy online, pick up in store (BOPIS)',
    description: 'Locations, inventory and pickup fulfillment for BOPIS.',
    sources: [bcDocs('docs/integrations/buy-online-pick-up-in-store/end-to-end-guide/overview.mdx')],
    tokenType: 'v2v3',
    scopes: at('modify', ['store-inventory', 'store-locations', 'fulfillment-methods', 'order-fulfillment']),
  },
  {
    id: 'headless-checkout-rest',
    name: 'Headless checkout (REST Management API)',
    description: 'Server-side carts, checkouts and orders for a headless storefront.',
    sources: [bcDocs('docs/storefront/headless/end-to-end-guides/rest-management.mdx')],
    tokenType: 'v2v3',
    scopes: merge(at('modify', ['carts', 'checkouts', 'orders']), { products: req('read-only') }),
  },
  {
    id: 'subscription-apps',
    name: 'Subscription apps (BigCommerce guide)',
    description: 'Scopes BigCommerce recommends for subscription integrations.',
    sources: [bcDocs('docs/integrations/subscriptions.mdx')],
    tokenType: 'v2v3',
    scopes: merge(
      at('modify', [
        'orders',
        'order-transactions',
        'products',
        'customers',
        'content',
        'carts',
        'channel-listings',
        'channel-settings',
        'information-settings',
      ]),
      { 'sites-routes': req('read-only'), 'storefront-api-tokens': req('manage') },
    ),
    notes: ['The guide writes "generate tokens" for Storefront API tokens; the form shows "manage".'],
  },
  {
    id: 'widget-builder',
    name: 'Widget Builder',
    description: 'BigCommerce Widget Builder (content widgets).',
    sources: [bcDocs('docs/storefront/widgets/widget-builder.mdx')],
    tokenType: 'v2v3',
    scopes: { content: req('modify') },
    notes: ['The doc writes "manage" for Content; the form shows "modify".'],
  },
  {
    id: 'next-cart-to-bigcommerce',
    name: 'Next-Cart: migrate to BigCommerce',
    description: 'Next-Cart store migration into this BigCommerce store (all rows modify).',
    sources: [NEXT_CART_SOURCE],
    tokenType: 'v2v3',
    scopes: at('modify', MIGRATION_ROWS),
  },
  {
    id: 'next-cart-from-bigcommerce',
    name: 'Next-Cart: migrate from BigCommerce',
    description: 'Next-Cart store migration out of this BigCommerce store (all rows read-only).',
    sources: [NEXT_CART_SOURCE],
    tokenType: 'v2v3',
    scopes: at('read-only', MIGRATION_ROWS),
  },
  {
    id: 'starshipit',
    name: 'Starshipit',
    description: 'Starshipit shipping.',
    sources: [{ url: 'https://support.starshipit.com/hc/en-us/articles/204502815', title: 'Starshipit: BigCommerce API setup' }],
    tokenType: 'v2v3',
    scopes: merge(
      at('modify', [
        'content',
        'checkout-content',
        'customers',
        'information-settings',
        'marketing',
        'orders',
        'order-transactions',
        'products',
        'themes',
        'carts',
        'checkouts',
        'sites-routes',
        'channel-settings',
        'channel-listings',
      ]),
      {
        'customers-login': req('login'),
        'create-payments': req('create'),
        'get-payment-methods': req('read-only'),
      },
      at('manage', ['storefront-api-tokens', 'storefront-api-customer-impersonation-tokens']),
    ),
  },
  {
    id: 'dropstream-packagebee',
    name: 'DropStream / PackageBee',
    description: 'DropStream and PackageBee fulfillment (same guide text).',
    sources: [
      { url: 'https://support.getdropstream.com/hc/en-us/articles/360016107874', title: 'DropStream: BigCommerce API account' },
      { url: 'https://support.packagebee.com/hc/en-us/articles/360016124494', title: 'PackageBee: BigCommerce API account' },
    ],
    tokenType: 'v2v3',
    // Marketing, Create payments, Themes, Metafield Ownership: None and Metafields Access: Standard
    // are set explicitly by the guide; they are the defaults, so not listed.
    scopes: merge(
      at('modify', ['content', 'checkout-content', 'orders', 'order-transactions', 'store-inventory', 'order-fulfillment']),
      { 'customers-login': req('login') },
      at('read-only', [
        'customers',
        'information-settings',
        'get-payment-methods',
        'stored-payment-instruments',
        'products',
        'carts',
        'checkouts',
        'sites-routes',
        'channel-settings',
        'channel-listings',
        'store-logs',
        'store-locations',
        'fulfillment-methods',
      ]),
    ),
    notes: ['The guide does not mention the two Storefront API token rows; they are left at None.'],
  },
  {
    id: 'sumtracker',
    name: 'Sumtracker',
    description: 'Sumtracker inventory management.',
    sources: [
      {
        url: 'https://help.sumtracker.com/en/articles/12042710-how-to-connect-bigcommerce-store-with-sumtracker',
        title: 'Sumtracker: How to connect BigCommerce store with Sumtracker',
      },
    ],
    tokenType: 'v2v3',
    scopes: merge(
      at('read-only', [
        'content',
        'customers',
        'information-settings',
        'orders',
        'order-transactions',
        'themes',
        'carts',
        'checkouts',
        'sites-routes',
        'channel-settings',
        'channel-listings',
        'store-logs',
        'fulfillment-methods',
        'order-fulfillment',
      ]),
      at('modify', ['products', 'store-locations', 'store-inventory']),
    ),
  },
  {
    id: 'rebillia',
    name: 'Rebillia',
    description: 'Rebillia subscriptions (rows up to Checkouts only; see notes).',
    sources: [
      {
        url: 'https://help.rebillia.com/en/articles/13180249-bigcommerce-api-account-permission-level-guide',
        title: 'Rebillia: BigCommerce API account permission level guide',
      },
      {
        url: 'https://docs.rebillia.com/bigcommerce-api-account-permission-level-guide',
        title: 'Rebillia docs: BigCommerce API account permission level guide',
      },
    ],
    tokenType: 'v2v3',
    accountName: 'Rebillia',
    scopes: merge(
      at('modify', [
        'content',
        'checkout-content',
        'customers',
        'orders',
        'order-transactions',
        'products',
        'carts',
        'checkouts',
      ]),
      {
        'information-settings': req('read-only'),
        'create-payments': req('create'),
        'get-payment-methods': req('read-only'),
      },
    ),
    notes: [
      'Only the rows up to Checkouts are recorded here; the guide continues below Checkouts. Check the remaining rows against Rebillia’s guide.',
      'One copy of the guide sets Information & Settings to None; this preset follows the other (read-only).',
    ],
  },
  {
    id: 'stone-edge',
    name: 'Stone Edge Order Manager',
    description: 'Stone Edge Order Manager (Connect2Cart).',
    sources: [{ url: 'https://stoneedge.com/kb/?p=1769', title: 'Stone Edge: BigCommerce API account setup' }],
    tokenType: 'v2v3',
    scopes: merge(
      { content: req('read-only'), 'store-locations': req('read-only') },
      at('modify', [
        'checkout-content',
        'customers',
        'orders',
        'order-transactions',
        'products',
        'carts',
        'checkouts',
        'store-inventory',
        'fulfillment-methods',
        'order-fulfillment',
      ]),
    ),
  },
  {
    id: 'customers-canvas',
    name: 'Customer’s Canvas',
    description: 'Customer’s Canvas product personalisation.',
    sources: [
      {
        url: 'https://customerscanvas.com/help/integrations/bigcommerce/how-to-create-integration.html',
        title: 'Customer’s Canvas: How to create a BigCommerce integration (2024-02)',
      },
    ],
    tokenType: 'v2v3',
    scopes: merge(
      at('modify', ['content', 'checkout-content', 'orders', 'products', 'themes', 'carts']),
      at('read-only', ['information-settings', 'sites-routes', 'channel-settings', 'channel-listings']),
    ),
    notes: ['Rows below Store Locations are not recorded from the guide; they are left at their defaults.'],
  },
  {
    id: 'your-store-tools',
    name: 'Your Store Tools',
    description: 'Your Store Tools (bulk editing and reports).',
    sources: [
      {
        url: 'https://yourstoretools.com/your-store-tools-privacy-and-oauth-scopes-information/',
        title: 'Your Store Tools: privacy and OAuth scopes information (2023-08-23)',
      },
    ],
    tokenType: 'v2v3',
    scopes: merge(
      at('modify', ['content', 'marketing', 'orders', 'products']),
      at('read-only', ['customers', 'information-settings', 'sites-routes', 'channel-settings', 'channel-listings']),
    ),
  },
  {
    id: 'ipaas',
    name: 'iPaaS.com',
    description: 'iPaaS.com ERP/POS middleware.',
    sources: [
      {
        url: 'https://support.ipaas.com/en/articles/9255307-bigcommerce-connections-and-settings',
        title: 'iPaaS.com: BigCommerce connections and settings',
      },
    ],
    tokenType: 'v2v3',
    scopes: merge(
      at('modify', [
        'orders',
        'order-transactions',
        'fulfillment-methods',
        'order-fulfillment',
        'stored-payment-instruments',
        'products',
        'store-inventory',
        'store-locations',
        'customers',
        'content',
        'marketing',
        'channel-settings',
        'channel-listings',
      ]),
      { 'create-payments': req('create'), 'get-payment-methods': req('read-only') },
    ),
    notes: ['The guide writes "Get" for Get payment methods; the form shows "read-only".'],
  },
  {
    id: 'synchup',
    name: 'SynchUP',
    description: 'SynchUP by Snapshot (inventory and order sync).',
    sources: [
      {
        url: 'https://support.snapshotdesign.com/knowledge/generating-your-bigcommerce-api-credentials-for-synchup',
        title: 'Snapshot: Generating your BigCommerce API credentials for SynchUP',
      },
    ],
    tokenType: 'v2v3',
    scopes: merge(
      at('modify', [
        'customers',
        'marketing',
        'orders',
        'order-transactions',
        'products',
        'store-locations',
        'store-inventory',
        'order-fulfillment',
      ]),
      { 'create-payments': req('create') },
      at('read-only', ['get-payment-methods', 'stored-payment-instruments', 'fulfillment-methods']),
    ),
  },
  {
    id: 'codat',
    name: 'Codat',
    description: 'Codat commerce data (lending and accounting).',
    sources: [
      {
        url: 'https://docs.codat.io/integrations/commerce/bigcommerce/commerce-bigcommerce-setup',
        title: 'Codat: BigCommerce setup',
      },
    ],
    tokenType: 'v2v3',
    scopes: at('read-only', ['orders', 'order-transactions', 'products', 'information-settings', 'customers']),
  },
  {
    id: 'synder',
    name: 'Synder',
    description: 'Synder accounting sync.',
    sources: [{ url: 'https://synder.com/help/bigcommerce-store-api-credentials/', title: 'Synder: BigCommerce store API credentials' }],
    tokenType: 'v2v3',
    scopes: at('read-only', ['customers', 'information-settings', 'orders', 'order-transactions', 'products']),
  },
  {
    id: 'order-time',
    name: 'Order Time',
    description: 'Order Time inventory / ERP.',
    sources: [
      {
        url: 'https://help.ordertime.com/help/integrations-bigcommerce-connection-credentials-and-settings',
        title: 'Order Time: BigCommerce connection credentials and settings',
      },
    ],
    tokenType: 'v2v3',
    scopes: at('modify', [
      'content',
      'customers',
      'information-settings',
      'marketing',
      'orders',
      'order-transactions',
      'products',
      'carts',
    ]),
  },
  {
    id: 'channelape',
    name: 'ChannelApe',
    description: 'ChannelApe (guide written for the older ~10-row form).',
    sources: [
      {
        url: 'https://channelape.com/support/knowledgebase/create-channelape-api-account-bigcommerce/',
        title: 'ChannelApe: Create a ChannelApe API account in BigCommerce',
      },
    ],
    tokenType: 'v2v3',
    // Customers Login, Themes and Carts are set to None by the guide (defaults, not listed).
    scopes: at('modify', [
      'content',
      'customers',
      'information-settings',
      'marketing',
      'orders',
      'order-transactions',
      'products',
    ]),
    notes: ['If no file downloads after Save, copy the fields from the pop-up before closing it.'],
  },
  {
    id: 'api2cart',
    name: 'API2Cart (via BetterCommerce)',
    description: 'API2Cart connection as described by BetterCommerce.',
    sources: [
      {
        url: 'https://support.bettercommerce.io/support/solutions/articles/47001178017',
        title: 'BetterCommerce: BigCommerce API2Cart setup',
      },
    ],
    tokenType: 'v2v3',
    scopes: merge(
      at('modify', [
        'content',
        'checkout-content',
        'customers',
        'information-settings',
        'marketing',
        'orders',
        'order-transactions',
        'products',
        'themes',
        'carts',
      ]),
      { 'customers-login': req('login') },
    ),
  },
  {
    id: 'wp-engine-atlas-commerce',
    name: 'WP Engine Atlas Commerce Connector',
    description: 'WP Engine Atlas headless WordPress commerce connector.',
    sources: [
      {
        url: 'https://developers.wpengine.com/docs/atlas-commerce-connector/tutorial/connecting-bigcommerce',
        title: 'WP Engine: Atlas Commerce Connector, connecting BigCommerce',
      },
    ],
    tokenType: 'v2v3',
    scopes: merge(
      at('modify', ['carts', 'products']),
      at('read-only', ['content', 'store-inventory', 'information-settings']),
    ),
  },
  {
    id: 'starship-vtechnologies',
    name: 'StarShip (V-Technologies)',
    description: 'StarShip shipping by V-Technologies (guide written for the older ~10-row form).',
    sources: [{ url: 'https://help.vtechnologies.com/ecommerce/bc.htm', title: 'V-Technologies StarShip: BigCommerce' }],
    tokenType: 'v2v3',
    scopes: merge(at('read-only', ['customers', 'information-settings', 'products']), { orders: req('modify') }),
  },
  {
    id: 'despatch-cloud',
    name: 'Despatch Cloud',
    description: 'Despatch Cloud sales channel.',
    sources: [
      {
        url: 'https://documentation.despatchcloud.com/books/sales-channels-2Ds/page/bigcommerce',
        title: 'Despatch Cloud: BigCommerce sales channel',
      },
    ],
    tokenType: 'v2v3',
    scopes: merge({ customers: req('read-only') }, at('modify', ['orders', 'products'])),
  },
  {
    id: 'storyblok',
    name: 'Storyblok',
    description: 'Storyblok BigCommerce product picker.',
    sources: [
      {
        url: 'https://storyblok.com/docs/guide/integrations/ecommerce/bigcommerce',
        title: 'Storyblok: BigCommerce integration',
      },
    ],
    tokenType: 'v2v3',
    scopes: { products: req('read-only'), 'storefront-api-tokens': req('manage') },
    notes: ['Storefront API tokens: manage is used to mint a storefront token.'],
  },  // --- Account-level API accounts (docs/control-panel-facts.md §5) -----------------------------------------
  // `scopes` holds account-level resource ids here; a level means it and every lower level ticked.
  {
    id: 'unified-billing-app',
    kind: 'account-level',
    name: 'Unified billing: app partner',
    description:
      'Account-level API account for an app that bills merchants through BigCommerce unified billing: create checkouts, read and cancel subscriptions.',
    sources: [bcDocs('docs/integrations/apps/unified-billing/index.mdx')],
    tokenType: 'v2v3',
    scopes: { 'account-checkouts': req('modify'), 'account-subscriptions': req('modify') },
    notes: [
      'The unified billing guide names these resources "Checkouts" (read / modify) and "Subscriptions" (read / cancel); "cancel" is the form\'s modify level. Filling ticks modify and the read level below it.',
      'Only the store owner can create account-level API accounts, and only accounts enrolled in Automated Billing see these resources.',
      'The API path is https://api.bigcommerce.com/accounts/{account_uuid}/graphql.',
    ],
  },
];
