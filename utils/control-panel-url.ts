/**
 * Which control-panel page a URL is. Pure: used by the content script (on every
 * /manage/ page load, so it must stay cheap), the popup and the background.
 */

/** The manifest match pattern. A host wildcard must lead, so the exact origin is checked in code. */
export const CONTROL_PANEL_MATCHES = ['https://*.mybigcommerce.com/manage/*'];

/** The control panel's permanent address: https://store-{hash}.mybigcommerce.com */
export const CONTROL_PANEL_ORIGIN = /^https:\/\/store-([a-z0-9]+)\.mybigcommerce\.com$/;

/** Both path forms: the current /settings/api-accounts and the older /settings/auth/api-accounts. */
const API_ACCOUNTS_PATH = /^\/manage\/settings\/(?:auth\/)?api-accounts(\/create)?\/?$/;

export type PageKind =
  /** The store-level "Create API account" form. */
  | 'create'
  /** The store-level API account list. */
  | 'list'
  /** Any other control-panel page. */
  | 'control-panel'
  /** Not the BigCommerce control panel at all. */
  | 'other';

export interface PageInfo {
  kind: PageKind;
  /** The store hash from the host, when the URL is on a control-panel origin. */
  storeHash: string | null;
}

export function storeHashFromOrigin(origin: string): string | null {
  return CONTROL_PANEL_ORIGIN.exec(origin)?.[1] ?? null;
}

export function classifyUrl(href: string): PageInfo {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: 'other', storeHash: null };
  }
  const storeHash = storeHashFromOrigin(url.origin);
  if (!storeHash || !url.pathname.startsWith('/manage')) return { kind: 'other', storeHash };
  const match = API_ACCOUNTS_PATH.exec(url.pathname);
  if (!match) return { kind: 'control-panel', storeHash };
  return { kind: match[1] ? 'create' : 'list', storeHash };
}

/** Where the create form lives; the current path form, which the panel redirects as needed. */
export function createPageUrl(storeHash: string): string {
  return `https://store-${storeHash}.mybigcommerce.com/manage/settings/api-accounts/create`;
}
