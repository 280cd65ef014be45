/**
 * Spanish. No Spanish text of the API-account pages is published (docs/control-panel-facts.md §13):
 * entries listed under `provenance.sources` reuse words from BigCommerce's own Spanish storefront
 * translations; every other entry is our own most likely UI translation.
 */
import type { LanguageTable } from './types';

const CORNERSTONE = 'bigcommerce/cornerstone lang/es.json';
const CATALYST = 'bigcommerce/catalyst core/messages/es.json';

export const es: LanguageTable = {
  code: 'es',
  name: 'Spanish',
  htmlLang: ['es'],
  htmlLangExcept: [],
  conjunctions: ['y', 'e'],
  rows: {
    content: ['Contenido'],
    'checkout-content': ['Contenido del proceso de pago', 'Contenido de pago', 'Contenido del checkout'],
    customers: ['Clientes'],
    'customers-login': ['Inicio de sesión de clientes', 'Inicio de sesión del cliente'],
    'information-settings': ['Información y configuración', 'Información y ajustes'],
    marketing: ['Marketing'],
    orders: ['Pedidos'],
    'order-transactions': ['Transacciones de pedidos', 'Transacciones del pedido'],
    'create-payments': ['Crear pagos'],
    'get-payment-methods': ['Obtener métodos de pago', 'Obtener formas de pago'],
    'stored-payment-instruments': ['Instrumentos de pago almacenados', 'Instrumentos de pago guardados'],
    products: ['Productos'],
    themes: ['Temas'],
    carts: ['Carritos'],
    checkouts: ['Procesos de pago', 'Proceso de pago', 'Checkouts'],
    'sites-routes': ['Sitios y rutas'],
    'channel-settings': ['Configuración de canales', 'Configuración del canal', 'Ajustes del canal'],
    'channel-listings': ['Listados de canales', 'Listados del canal', 'Publicaciones del canal'],
    'storefront-api-tokens': ['Tokens de la API de la tienda', 'Tokens de la API de Storefront', 'Tokens de API de Storefront'],
    'storefront-api-customer-impersonation-tokens': [
      'Tokens de suplantación de clientes de la API de la tienda',
      'Tokens de suplantación de identidad de clientes de la API de Storefront',
    ],
    'store-logs': ['Registros de la tienda'],
    'store-locations': ['Ubicaciones de la tienda'],
    'store-inventory': ['Inventario de la tienda'],
    'fulfillment-methods': ['Métodos de cumplimiento', 'Métodos de logística', 'Métodos de gestión de pedidos'],
    'order-fulfillment': ['Cumplimiento de pedidos', 'Logística de pedidos', 'Gestión de pedidos'],
    'metafield-ownership': ['Propiedad de metacampos', 'Propiedad de los metacampos'],
    'metafields-access': ['Acceso a metacampos', 'Acceso a los metacampos'],
    'store-translations': ['Traducciones de la tienda'],
    'infrastructure-deployments': ['Implementaciones de infraestructura', 'Despliegues de infraestructura'],
    'infrastructure-projects': ['Proyectos de infraestructura'],
    'infrastructure-logs': ['Registros de infraestructura'],
    // The product's name, kept in English in BigCommerce's own pages (our assumption for the label).
    'b2b-edition': ['B2B Edition', 'Edición B2B'],
  },
  levels: {
    none: ['Ninguno', 'Ninguna'],
    'read-only': ['solo lectura', 'sólo lectura'],
    modify: ['modificar', 'modificación'],
    login: ['inicio de sesión', 'iniciar sesión'],
    create: ['crear', 'creación'],
    manage: ['gestionar', 'administrar'],
    standard: ['Estándar'],
    full: ['Completo', 'Total'],
    'create-preview': ['crear vista previa', 'crear una vista previa'],
  },
  ui: {
    tokenType: ['Tipo de token'],
    tokenTypeV2V3: ['Token de API V2/V3', 'Token API V2/V3'],
    tokenTypeStencil: ['Token de Stencil-CLI', 'Token Stencil-CLI'],
    name: ['Nombre'],
    apiPath: ['Ruta de la API', 'Ruta de API'],
    oauthScopes: ['Ámbitos de OAuth', 'Alcances de OAuth'],
    save: ['Guardar'],
    stencilAccessLevel: ['Nivel de acceso de Stencil-CLI', 'Nivel de acceso'],
    stencilLocalDevelopment: ['solo desarrollo local', 'sólo desarrollo local'],
    stencilPublishTheme: ['publicar tema', 'publicar el tema'],
    credentialsTitle: ['Credenciales de la API de BigCommerce', 'Credenciales de API de BigCommerce', 'Credenciales de API'],
    clientId: ['ID de cliente', 'ID del cliente'],
    clientSecret: ['Secreto de cliente', 'Secreto del cliente'],
    accessToken: ['Token de acceso'],
    done: ['Listo', 'Hecho'],
    listHeading: ['Cuentas de API a nivel de tienda', 'Cuentas de API de la tienda'],
    createApiAccount: ['Crear cuenta de API', 'Crear cuenta API'],
    accountLevelHeading: ['Cuentas de API a nivel de cuenta'],
  },
  provenance: {
    verified: false,
    note:
      'Own translation (control-panel vocabulary guessed), except the entries under sources, which ' +
      "reuse BigCommerce's own Spanish storefront strings; none read off a live control panel.",
    sources: {
      'ui.name': { text: 'Nombre', ref: `${CORNERSTONE} products.reviews.form_write.name; ${CATALYST} Product.Reviews.Form.nameLabel` },
      'ui.save': { text: 'Guardar', ref: `${CORNERSTONE} common.save; ${CATALYST} Wishlist.Modal.save` },
      'levels.none': { text: 'Ninguno', ref: `${CORNERSTONE} products.none` },
      'levels.login': { text: 'iniciar sesión', ref: `${CORNERSTONE} common.login; ${CATALYST} Auth.Login.title` },
      'rows.orders': { text: 'Pedidos', ref: `${CORNERSTONE} account.nav.orders; ${CATALYST} Account.Layout.orders` },
      'rows.products': { text: 'Productos', ref: `${CATALYST} Components.Header.Search.products` },
      'rows.marketing': { text: 'Marketing', ref: `${CATALYST} Components.ConsentManager.ConsentTypes.marketing.title` },
      'rows.checkouts': { text: 'Proceso de pago', ref: `${CORNERSTONE} checkout.title (singular "Checkout")` },
      'rows.get-payment-methods': {
        text: 'Obtener métodos de pago',
        ref: `"Métodos de pago" only: ${CORNERSTONE} account.nav.payment_methods`,
      },
      'rows.fulfillment-methods': { text: 'Métodos de logística', ref: `"Logística" only: ${CORNERSTONE} invoice.fulfillment` },
    },
  },
};
