/**
 * How an account-level API account (issue 14, docs/control-panel-facts.md §1, §5) is recorded. Such an
 * account serves every store of a BigCommerce account, so it has no store of its own: the
 * header's store field files it under its account instead (the one place that rule lives, used
 * by the capture handler and by file imports).
 */

/** The record header's tokenType for an account-level account: its form has no token type
 *  control, and it is neither a V2/V3 nor a Stencil-CLI token. */
export const ACCOUNT_LEVEL_TOKEN_TYPE = 'account-level';

/**
 * The header's store field for an account-level record: the account UUID without hyphens when
 * known (32 hex characters, which the store-hash shape accepts), else the store whose panel it
 * was created in, else 'unknown' (accounts.bigcommerce.com has no store). The UUID itself is in
 * the header's `account` field; the full API path stays in the sealed body.
 */
export function accountRecordHome(account: string | null, hostStoreHash: string | null): string {
  return account ? account.replaceAll('-', '') : (hostStoreHash ?? 'unknown');
}
