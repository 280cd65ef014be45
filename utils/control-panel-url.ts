/**
 * Which control-panel page a URL is. Pure: used by the content script (on every
 * /manage/ page load, so it must stay cheap), the popup and the background.
 */

/** The manifest match pattern. A host wildcard must lead, so the exact origin is checked in code. */
export const CONTROL_PANEL_MATCHES = ['https://*.mybigcommerce.com/manage/*'];

/** The control panel's permanent address: https://store-{hash}.mybigcommerce.com */
const CONTROL_PANEL_ORIGIN = /^https:\/\/store-([a-z0-9]+)\.mybigcommerce\.com$/;

/** Both path forms: the current /settings/api-accounts and the older /settings/auth/api-accounts. */
const API_ACCOUNTS_PATH = /^\/manage\/settings\/(?:auth\/)?api-accounts(\/create)?\/?$/;

/**
 * Account-level API accounts (docs/control-panel-facts.md §1). Where the page lives is unverified, so both
 * candidates, each as narrow as the names in the sources allow:
 * - in the store panel, "Settings › Account-level API accounts" (2023: "Account API Tokens"):
 *   /manage/settings/account-api-accounts, …/account-level-api-accounts, …/account-api-tokens,
 *   with or without auth/ like the store-level list, each with or without /create;
 * - the account control panel, https://accounts.bigcommerce.com/tokens (DOC), with /create or /new.
 */
const ACCOUNT_LEVEL_PATH = /^\/manage\/settings\/(?:auth\/)?account(?:-level)?-api-(?:accounts|tokens)(\/create)?\/?$/;
export const ACCOUNTS_ORIGIN = 'https://accounts.bigcommerce.com';

/** Whether a store-panel path may be an account-level page: bc.js asks for the account-level
 *  module there (it does not carry the account-level form), and the background answers only
 *  where classifyUrl says it is one. Loose on purpose: the exact patterns stay out of bc.js. */
export function mayBeAccountLevelPath(pathname: string): boolean {
  return /^\/manage\/settings\/(auth\/)?account-/.test(pathname);
}
/**
 * The store-level API account list as loaded (both path forms, with a trailing slash or a query;
 * not its create page): the list audit (entrypoints/list-audit.ts) is registered there at run time
 * to start with the page (utils/background/inject.ts). classifyUrl still decides, in the script.
 */
export const LIST_MATCHES = ['https://*.mybigcommerce.com/manage/settings/api-accounts*', 'https://*.mybigcommerce.com/manage/settings/auth/api-accounts*'];
export const LIST_CREATE_MATCHES = ['https://*.mybigcommerce.com/manage/settings/*api-accounts/create*'];

const ACCOUNTS_TOKENS_PATH = /^\/tokens(\/create|\/new)?\/?$/;
/**
 * The account control panel's candidate page, as narrow as the sources allow: the account-level
 * module is registered there as a content script at run time (utils/background/account-pages.ts),
 * and this is its host permission. The store panel's candidates are under CONTROL_PANEL_MATCHES
 * already, where bc.js asks for the module.
 */
export const ACCOUNTS_MATCHES = [`${ACCOUNTS_ORIGIN}/tokens*`];

export type PageKind =
  /** The store-level "Create API account" form. */
  | 'create'
  /** The store-level API account list. */
  | 'list'
  /** The account-level "Create API account" form (store panel or accounts.bigcommerce.com). */
  | 'account-create'
  /** The account-level API account list. */
  | 'account-list'
  /** Any other control-panel page. */
  | 'control-panel'
  /** Not the BigCommerce control panel at all. */
  | 'other';

/** An account-level page (its create form or its list). */
export function isAccountLevelKind(kind: PageKind): boolean {
  return kind === 'account-create' || kind === 'account-list';
}

export interface PageInfo {
  kind: PageKind;
  /** The store hash from the host, when the URL is on a control-panel origin (null on accounts.bigcommerce.com). */
  storeHash: string | null;
}

/** Whose optional-row choices a page uses: its store's, or, on the account control panel (no
 *  store there), the account's ('account'). null: not a page that has any. */
export function choiceHome(page: PageInfo): string | null {
  return page.storeHash ?? (isAccountLevelKind(page.kind) ? 'account' : null);
}

export function storeHashFromOrigin(origin: string): string | null {
  return CONTROL_PANEL_ORIGIN.exec(origin)?.[1] ?? null;
}

function parse(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}

/**
 * Store-level pages only: an account-level page is just 'control-panel' here. What bc.js uses,
 * so the script that loads on every /manage/ page carries no account-level patterns (the
 * account-level module answers on those pages, entrypoints/account-page.ts).
 */
export function classifyStoreUrl(href: string): PageInfo {
  const url = parse(href);
  const storeHash = url && storeHashFromOrigin(url.origin);
  if (!url || !storeHash || !url.pathname.startsWith('/manage')) return { kind: 'other', storeHash: storeHash ?? null };
  const match = API_ACCOUNTS_PATH.exec(url.pathname);
  if (!match) return { kind: 'control-panel', storeHash };
  return { kind: match[1] ? 'create' : 'list', storeHash };
}

/** Every page kind, the account-level ones included (background, popup, account-level module). */
export function classifyUrl(href: string): PageInfo {
  const url = parse(href);
  if (url?.origin === ACCOUNTS_ORIGIN) {
    const tokens = ACCOUNTS_TOKENS_PATH.exec(url.pathname);
    return { kind: tokens ? (tokens[1] ? 'account-create' : 'account-list') : 'other', storeHash: null };
  }
  const page = classifyStoreUrl(href);
  const account = page.kind === 'control-panel' && url && ACCOUNT_LEVEL_PATH.exec(url.pathname);
  return account ? { kind: account[1] ? 'account-create' : 'account-list', storeHash: page.storeHash } : page;
}

/** Where the create form lives; the current path form, which the panel redirects as needed. */
export function createPageUrl(storeHash: string): string {
  return `https://store-${storeHash}.mybigcommerce.com/manage/settings/api-accounts/create`;
}
