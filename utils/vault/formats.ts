/**
 * Documented value formats (docs/control-panel-facts.md §10). Used to FLAG a capture or an imported file,
 * never to drop it: the formats come from a handful of public samples, and losing a real
 * one-time credential because BigCommerce changed a length would be worse than a warning.
 */

const CLIENT_ID_RE = /^[a-z0-9]{30,40}$/;
const ACCESS_TOKEN_RE = /^[a-z0-9]{30,40}$/;
/** Current secrets are 64 hex characters; older ones were ~31 alphanumerics. */
const CLIENT_SECRET_RE = /^(?:[a-f0-9]{64}|[a-z0-9]{30,40})$/;
const API_PATH_RE = /^https:\/\/api\.bigcommerce\.com\/stores\/([a-z0-9]+)\/v3\/?$/;
/** Account-level API accounts (docs/control-panel-facts.md §1): the account's UUID, GraphQL only. */
const ACCOUNT_API_PATH_RE = /^https:\/\/api\.bigcommerce\.com\/accounts\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/graphql$/;

export type FormatFlag =
  | 'client-id-format'
  | 'access-token-format'
  | 'client-secret-format'
  | 'api-path-format'
  | 'store-hash-mismatch';

/** Summary flag stored on a record when any specific flag is present. */
export const UNEXPECTED_FORMAT = 'unexpected-format';

export interface CheckableFields {
  apiPath: string;
  clientId: string;
  clientSecret: string;
  accessToken: string;
}

/** Store hash in an API path, or null when the path does not have the documented shape. */
export function storeHashFromApiPath(apiPath: string): string | null {
  return API_PATH_RE.exec(apiPath)?.[1] ?? null;
}

/** Account UUID in an account-level API path, or null when the path does not have that shape. */
export function accountFromApiPath(apiPath: string): string | null {
  return ACCOUNT_API_PATH_RE.exec(apiPath)?.[1] ?? null;
}

/**
 * Flags for values that do not match the documented formats, sorted. `hostStoreHash` is the
 * hash of the control-panel host the values were read on; pass null when there is none (e.g. a
 * file import), which skips that comparison. A mismatch means the API path names another store
 * than the page, a sign of a fake pop-up (docs/vault-design.md §7.1). An account-level account's path
 * names its account, not a store: it must have that shape, and there is no store to compare.
 */
export function checkCredentialFormats(
  fields: CheckableFields,
  hostStoreHash: string | null,
  kind: 'store-level' | 'account-level' = 'store-level',
): FormatFlag[] {
  const flags: FormatFlag[] = [];
  if (!CLIENT_ID_RE.test(fields.clientId)) flags.push('client-id-format');
  if (!ACCESS_TOKEN_RE.test(fields.accessToken)) flags.push('access-token-format');
  if (!CLIENT_SECRET_RE.test(fields.clientSecret)) flags.push('client-secret-format');
  if (kind === 'account-level') {
    if (accountFromApiPath(fields.apiPath) === null) flags.push('api-path-format');
    return flags.sort();
  }
  const pathHash = storeHashFromApiPath(fields.apiPath);
  if (pathHash === null) flags.push('api-path-format');
  else if (hostStoreHash !== null && pathHash !== hostStoreHash) flags.push('store-hash-mismatch');
  return flags.sort();
}
