/**
 * English: the canonical table. Row and level texts repeat the catalogue's labels and aliases
 * (utils/scopes/catalogue.ts, which stays the source of truth); tests/unit/languages checks that
 * the two agree. Sources for English are in docs/control-panel-facts.md (§2–§4, §8, §11).
 */
import type { LanguageTable } from './types';

export const en: LanguageTable = {
  code: 'en',
  name: 'English',
  htmlLang: ['en'],
  htmlLangExcept: [],
  conjunctions: ['and'],
  rows: {
    content: ['Content'],
    'checkout-content': ['Checkout content'],
    customers: ['Customers'],
    'customers-login': ['Customers login', 'Customer Login'],
    'information-settings': ['Information & settings', 'Information and Settings'],
    marketing: ['Marketing'],
    orders: ['Orders'],
    'order-transactions': ['Order transactions'],
    'create-payments': ['Create payments'],
    'get-payment-methods': ['Get payment methods', 'Payments - Get accepted methods'],
    'stored-payment-instruments': ['Stored Payment Instruments'],
    products: ['Products'],
    themes: ['Themes'],
    carts: ['Carts'],
    checkouts: ['Checkouts'],
    'sites-routes': ['Sites & routes'],
    'channel-settings': ['Channel settings'],
    'channel-listings': ['Channel listings'],
    'storefront-api-tokens': ['Storefront API tokens'],
    'storefront-api-customer-impersonation-tokens': ['Storefront API customer impersonation tokens'],
    'store-logs': ['Store logs'],
    'store-locations': ['Store Locations'],
    'store-inventory': ['Store Inventory'],
    'fulfillment-methods': ['Fulfillment Methods'],
    'order-fulfillment': ['Order Fulfillment'],
    'metafield-ownership': ['Metafield Ownership'],
    'metafields-access': ['Metafields Access'],
    'store-translations': ['Store Translations'],
    'infrastructure-deployments': ['Infrastructure Deployments'],
    'infrastructure-projects': ['Infrastructure Projects'],
    'infrastructure-logs': ['Infrastructure Logs'],
    // The product's name, kept in English in BigCommerce's own pages (our assumption for the label).
    'b2b-edition': ['B2B Edition'],
  },
  levels: {
    none: ['None'],
    'read-only': ['read-only'],
    modify: ['modify'],
    login: ['login'],
    create: ['create'],
    manage: ['manage'],
    standard: ['Standard'],
    full: ['Full'],
    'create-preview': ['create preview'],
  },
  ui: {
    tokenType: ['Token type', 'Account type'],
    tokenTypeV2V3: ['V2/V3 API token', 'Create V2/V3 API Token'],
    tokenTypeStencil: ['Stencil-CLI token', 'Create Stencil-CLI Token'],
    name: ['Name'],
    apiPath: ['API path'],
    oauthScopes: ['OAuth scopes'],
    save: ['Save'],
    stencilAccessLevel: ['Stencil-CLI Access Level', 'Access level'],
    stencilLocalDevelopment: ['local development only'],
    stencilPublishTheme: ['publish theme'],
    credentialsTitle: ['BigCommerce API Credentials', 'API Credentials', 'API Credential'],
    clientId: ['Client ID'],
    clientSecret: ['Client Secret'],
    accessToken: ['Access Token'],
    done: ['Done'],
    listHeading: ['Store-level API accounts', 'Store-level API Tokens', 'Store API Accounts'],
    createApiAccount: ['Create API account', '+ Create API account'],
    accountLevelHeading: ['Account-level API accounts', 'Account API Tokens'],
  },
  provenance: {
    verified: false,
    note:
      'English guides and BigCommerce docs quote these texts (docs/control-panel-facts.md); casing and the ' +
      'Infrastructure rows, "create preview", the pop-up title and the Stencil-CLI texts are unverified.',
    sources: {
      'ui.tokenType': { text: 'Token type', ref: 'Help Center "Store API Accounts" (KB), docs/control-panel-facts.md §3' },
      'ui.listHeading': { text: 'Store-level API accounts', ref: 'docs/control-panel-facts.md §2 (KB, Stone Edge, SuiteEngine)' },
      'ui.stencilLocalDevelopment': {
        text: 'local development only',
        ref: 'bigcommerce/docs assets/images/create-stencil-cli-token.png (docs/control-panel-facts.md §11)',
      },
      'ui.stencilPublishTheme': {
        text: 'publish theme',
        ref: 'bigcommerce/docs assets/images/create-stencil-cli-token.png (docs/control-panel-facts.md §11)',
      },
      'levels.create-preview': {
        text: 'create preview',
        ref: 'bigcommerce/docs reference/infrastructure_hosting.v3.yml (scope store_infrastructure_deployments_create_preview)',
      },
    },
  },
};
