/**
 * Italian. No Italian text of the API-account pages is published (docs/control-panel-facts.md §13):
 * entries listed under `provenance.sources` reuse words from BigCommerce's own Italian storefront
 * translations; every other entry is our own most likely UI translation.
 */
import type { LanguageTable } from './types';

const CORNERSTONE = 'bigcommerce/cornerstone lang/it.json';
const CATALYST = 'bigcommerce/catalyst core/messages/it.json';

export const it: LanguageTable = {
  code: 'it',
  name: 'Italian',
  htmlLang: ['it'],
  htmlLangExcept: [],
  conjunctions: ['e', 'ed'],
  rows: {
    content: ['Contenuto', 'Contenuti'],
    'checkout-content': ['Contenuto del checkout', 'Contenuti del checkout', 'Contenuto checkout'],
    customers: ['Clienti'],
    'customers-login': ['Accesso clienti', 'Accesso dei clienti', 'Login clienti'],
    'information-settings': ['Informazioni e impostazioni'],
    marketing: ['Marketing'],
    orders: ['Ordini'],
    'order-transactions': ['Transazioni degli ordini', 'Transazioni ordini'],
    'create-payments': ['Crea pagamenti', 'Creazione pagamenti'],
    'get-payment-methods': ['Ottieni metodi di pagamento', 'Recupera metodi di pagamento', 'Ottieni i metodi di pagamento'],
    'stored-payment-instruments': ['Strumenti di pagamento memorizzati', 'Strumenti di pagamento salvati'],
    products: ['Prodotti'],
    themes: ['Temi'],
    carts: ['Carrelli'],
    checkouts: ['Checkout'],
    'sites-routes': ['Siti e percorsi', 'Siti e route'],
    'channel-settings': ['Impostazioni del canale', 'Impostazioni dei canali', 'Impostazioni canale'],
    'channel-listings': ['Inserzioni del canale', 'Inserzioni dei canali', 'Elenchi del canale'],
    'storefront-api-tokens': ["Token API della vetrina", "Token dell'API Storefront", 'Token API Storefront'],
    'storefront-api-customer-impersonation-tokens': [
      "Token di impersonificazione cliente dell'API della vetrina",
      "Token di impersonificazione dei clienti dell'API Storefront",
      'Token API Storefront per impersonificazione cliente',
    ],
    'store-logs': ['Log del negozio', 'Registri del negozio'],
    'store-locations': ['Sedi del negozio', 'Posizioni del negozio'],
    'store-inventory': ['Inventario del negozio'],
    'fulfillment-methods': ['Metodi di evasione', 'Metodi di evasione degli ordini'],
    'order-fulfillment': ['Evasione degli ordini', 'Evasione ordini'],
    'metafield-ownership': ['Proprietà dei metacampi', 'Proprietà dei metafield'],
    'metafields-access': ['Accesso ai metacampi', 'Accesso ai metafield'],
    'store-translations': ['Traduzioni del negozio'],
    'infrastructure-deployments': ["Distribuzioni dell'infrastruttura", "Deployment dell'infrastruttura"],
    'infrastructure-projects': ["Progetti dell'infrastruttura"],
    'infrastructure-logs': ["Log dell'infrastruttura", "Registri dell'infrastruttura"],
    // The product's name, kept in English in BigCommerce's own pages (our assumption for the label).
    'b2b-edition': ['B2B Edition'],
  },
  levels: {
    none: ['Nessuno', 'Nessuna'],
    'read-only': ['sola lettura'],
    modify: ['modifica', 'modificare'],
    login: ['accesso', 'accedi'],
    create: ['crea', 'creare', 'creazione'],
    manage: ['gestisci', 'gestire', 'gestione'],
    standard: ['Standard'],
    full: ['Completo', 'Completa'],
    'create-preview': ['crea anteprima', "crea un'anteprima"],
  },
  ui: {
    tokenType: ['Tipo di token'],
    tokenTypeV2V3: ['Token API V2/V3'],
    tokenTypeStencil: ['Token Stencil-CLI'],
    name: ['Nome'],
    apiPath: ['Percorso API', "Percorso dell'API"],
    oauthScopes: ['Ambiti OAuth'],
    save: ['Salva'],
    stencilAccessLevel: ['Livello di accesso Stencil-CLI', 'Livello di accesso'],
    stencilLocalDevelopment: ['solo sviluppo locale'],
    stencilPublishTheme: ['pubblica tema', 'pubblica il tema'],
    credentialsTitle: ['Credenziali API BigCommerce', "Credenziali dell'API BigCommerce", 'Credenziali API'],
    clientId: ['ID client', 'ID cliente'],
    clientSecret: ['Client secret', 'Segreto client', 'Segreto cliente'],
    accessToken: ['Token di accesso'],
    done: ['Fatto', 'Fine'],
    listHeading: ['Account API a livello di negozio', 'Account API del negozio'],
    createApiAccount: ['Crea account API'],
    accountLevelHeading: ['Account API a livello di account'],
  },
  provenance: {
    verified: false,
    note:
      'Own translation (control-panel vocabulary guessed), except the entries under sources, which ' +
      "reuse BigCommerce's own Italian storefront strings; none read off a live control panel.",
    sources: {
      'ui.name': { text: 'Nome', ref: `${CORNERSTONE} products.reviews.form_write.name; ${CATALYST} Product.Reviews.Form.nameLabel` },
      'ui.save': { text: 'Salva', ref: `${CORNERSTONE} common.save; ${CATALYST} Wishlist.Modal.save` },
      'levels.none': { text: 'Nessuno', ref: `${CORNERSTONE} products.none` },
      'rows.orders': { text: 'Ordini', ref: `${CORNERSTONE} account.nav.orders; ${CATALYST} Account.Layout.orders` },
      'rows.products': { text: 'Prodotti', ref: `${CATALYST} Components.Header.Search.products` },
      'rows.marketing': { text: 'Marketing', ref: `${CATALYST} Components.ConsentManager.ConsentTypes.marketing.title` },
      'rows.checkouts': { text: 'Checkout', ref: `${CORNERSTONE} checkout.title` },
      'rows.get-payment-methods': {
        text: 'Ottieni metodi di pagamento',
        ref: `"Metodi di pagamento" only: ${CORNERSTONE} account.nav.payment_methods`,
      },
      'rows.fulfillment-methods': { text: 'Metodi di evasione', ref: `"Evasione" only: ${CORNERSTONE} invoice.fulfillment` },
      'levels.login': { text: 'accedi', ref: `${CORNERSTONE} common.login; ${CATALYST} Auth.Login.title` },
    },
  },
};
