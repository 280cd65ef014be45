/**
 * French. No French text of the API-account pages is published (docs/control-panel-facts.md §13):
 * entries listed under `provenance.sources` reuse words from BigCommerce's own French storefront
 * translations; every other entry is our own most likely UI translation.
 */
import type { LanguageTable } from './types';

const CORNERSTONE = 'bigcommerce/cornerstone lang/fr.json';
const CATALYST = 'bigcommerce/catalyst core/messages/fr.json';

export const fr: LanguageTable = {
  code: 'fr',
  name: 'French',
  htmlLang: ['fr'],
  htmlLangExcept: [],
  conjunctions: ['et'],
  rows: {
    content: ['Contenu'],
    'checkout-content': ['Contenu du paiement', 'Contenu de paiement', 'Contenu du checkout', 'Contenu de la caisse'],
    customers: ['Clients'],
    'customers-login': ['Connexion des clients', 'Connexion client', 'Connexion clients'],
    'information-settings': ['Informations et paramètres', 'Information et paramètres'],
    marketing: ['Marketing'],
    orders: ['Commandes'],
    'order-transactions': ['Transactions des commandes', 'Transactions de commande'],
    'create-payments': ['Créer des paiements', 'Création de paiements'],
    'get-payment-methods': [
      'Obtenir les modes de paiement',
      'Obtenir les méthodes de paiement',
      'Paiements - Obtenir les modes acceptés',
    ],
    'stored-payment-instruments': [
      'Instruments de paiement enregistrés',
      'Moyens de paiement enregistrés',
      'Instruments de paiement stockés',
    ],
    products: ['Produits'],
    themes: ['Thèmes'],
    carts: ['Paniers'],
    checkouts: ['Paiements', 'Checkouts', 'Caisses'],
    'sites-routes': ['Sites et routes', 'Sites et itinéraires'],
    'channel-settings': ['Paramètres des canaux', 'Paramètres de canal', 'Paramètres du canal'],
    'channel-listings': ['Annonces des canaux', 'Annonces de canal', 'Listes des canaux', 'Listings de canal'],
    'storefront-api-tokens': [
      "Jetons d'API de la vitrine",
      'Jetons API de la vitrine',
      "Jetons de l'API Storefront",
      'Jetons API Storefront',
    ],
    'storefront-api-customer-impersonation-tokens': [
      "Jetons d'emprunt d'identité client de l'API de la vitrine",
      "Jetons d'usurpation d'identité client de l'API de la vitrine",
      "Jetons d'emprunt d'identité client de l'API Storefront",
      "Jetons API Storefront d'emprunt d'identité client",
    ],
    'store-logs': ['Journaux de la boutique', 'Journaux du magasin'],
    'store-locations': ['Emplacements de la boutique', 'Emplacements du magasin'],
    'store-inventory': ['Inventaire de la boutique', 'Stock de la boutique', 'Inventaire du magasin'],
    'fulfillment-methods': ["Méthodes d'exécution", "Modes d'exécution", 'Méthodes de distribution'],
    'order-fulfillment': ['Exécution des commandes', 'Traitement des commandes', 'Distribution des commandes'],
    'metafield-ownership': ['Propriété des métachamps', 'Propriété des champs méta'],
    'metafields-access': ['Accès aux métachamps', 'Accès aux champs méta'],
    'store-translations': ['Traductions de la boutique', 'Traductions du magasin'],
    'infrastructure-deployments': ["Déploiements de l'infrastructure", "Déploiements d'infrastructure"],
    'infrastructure-projects': ["Projets de l'infrastructure", "Projets d'infrastructure"],
    'infrastructure-logs': ["Journaux de l'infrastructure", "Journaux d'infrastructure"],
    // The product's name, kept in English in BigCommerce's own pages (our assumption for the label).
    'b2b-edition': ['B2B Edition', 'Édition B2B'],
  },
  levels: {
    none: ['Aucun', 'Aucune'],
    'read-only': ['lecture seule'],
    modify: ['modifier', 'modification'],
    login: ['connexion', 'se connecter'],
    create: ['créer', 'création'],
    manage: ['gérer', 'gestion'],
    standard: ['Standard'],
    full: ['Complet', 'Total'],
    'create-preview': ['créer un aperçu', "création d'aperçu"],
  },
  ui: {
    tokenType: ['Type de jeton'],
    tokenTypeV2V3: ["Jeton d'API V2/V3", 'Jeton API V2/V3'],
    tokenTypeStencil: ['Jeton Stencil-CLI', 'Jeton CLI Stencil'],
    name: ['Nom'],
    apiPath: ["Chemin d'API", "Chemin de l'API", 'Chemin API'],
    oauthScopes: ['Portées OAuth', 'Étendues OAuth', 'Périmètres OAuth'],
    save: ['Enregistrer'],
    stencilAccessLevel: ["Niveau d'accès Stencil-CLI", "Niveau d'accès"],
    stencilLocalDevelopment: ['développement local uniquement', 'développement local seulement'],
    stencilPublishTheme: ['publier le thème', 'publier un thème'],
    credentialsTitle: ["Identifiants d'API BigCommerce", "Identifiants de l'API BigCommerce", "Identifiants d'API"],
    clientId: ['ID client', 'Identifiant client'],
    clientSecret: ['Secret client', 'Code secret client'],
    accessToken: ["Jeton d'accès"],
    done: ['Terminé', 'OK'],
    listHeading: ['Comptes API au niveau de la boutique', 'Comptes API de la boutique'],
    createApiAccount: ['Créer un compte API', "Créer un compte d'API"],
    accountLevelHeading: ['Comptes API au niveau du compte'],
  },
  provenance: {
    verified: false,
    note:
      'Own translation (control-panel vocabulary guessed), except the entries under sources, which ' +
      "reuse BigCommerce's own French storefront strings; none read off a live control panel.",
    sources: {
      'ui.name': { text: 'Nom', ref: `${CORNERSTONE} products.reviews.form_write.name; ${CATALYST} Product.Reviews.Form.nameLabel` },
      'ui.save': { text: 'Enregistrer', ref: `${CORNERSTONE} common.save; ${CATALYST} Wishlist.Modal.save` },
      'levels.none': { text: 'Aucun', ref: `${CORNERSTONE} products.none` },
      'rows.orders': { text: 'Commandes', ref: `${CORNERSTONE} account.nav.orders; ${CATALYST} Account.Layout.orders` },
      'rows.products': { text: 'Produits', ref: `${CATALYST} Components.Header.Search.products` },
      'rows.marketing': { text: 'Marketing', ref: `${CATALYST} Components.ConsentManager.ConsentTypes.marketing.title` },
      'rows.get-payment-methods': {
        text: 'Obtenir les modes de paiement',
        ref: `"Modes de paiement" only: ${CORNERSTONE} account.nav.payment_methods`,
      },
    },
  },
};
