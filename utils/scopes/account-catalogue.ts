/**
 * The account-level resources of the account-level "Create API account" form
 * (docs/control-panel.md §5), as plain data. A file of its own so the control-panel content
 * script, which loads on every /manage/ page, never carries it: only the account-level script,
 * the background and the extension pages import it.
 */

/*
 * Account-level resources differ from store rows: there is no None (a level is either ticked or
 * not, probably via checkboxes, several per resource), and Account Users has write/delete levels
 * that `LevelId` does not know. Hence a separate, smaller shape.
 */
export type AccountLevelId = 'read-only' | 'modify' | 'write' | 'delete';
export const ACCOUNT_LEVEL_IDS = ['read-only', 'modify', 'write', 'delete'] as const satisfies readonly AccountLevelId[];

/** Resource ids in the catalogue's order (a tuple, so `AccountScopeId` is a literal union). */
export const ACCOUNT_SCOPE_IDS = [
  'account',
  'account-apps',
  'account-checkouts',
  'account-stores',
  'account-subscriptions',
  'account-users',
  'charges',
] as const;
export type AccountScopeId = (typeof ACCOUNT_SCOPE_IDS)[number];

export interface AccountScopeLevel {
  id: AccountLevelId;
  label: string;
  aliases: readonly string[];
  /** The OAuth scope string; null where none is published (Charges). */
  param: string | null;
}

export interface AccountScopeRow {
  id: AccountScopeId;
  label: string;
  aliases: readonly string[];
  /** Levels in least→most privilege order; more than one may be selected at once. */
  levels: readonly AccountScopeLevel[];
}

function accountLevel(
  id: AccountLevelId,
  param: string | null,
  aliases: readonly string[] = [],
): AccountScopeLevel {
  return { id, label: id, aliases, param };
}

export const ACCOUNT_SCOPES: readonly AccountScopeRow[] = [
  { id: 'account', label: 'Account', aliases: [], levels: [accountLevel('read-only', 'account_read')] },
  {
    id: 'account-apps',
    label: 'Account Apps',
    aliases: [],
    levels: [accountLevel('read-only', 'account_apps_read')],
  },
  {
    id: 'account-checkouts',
    label: 'Account Checkouts',
    // unified-billing/index.mdx names it "Checkouts" with levels "read" / "modify".
    aliases: ['Checkouts'],
    levels: [
      accountLevel('read-only', 'account_checkouts_read', ['read']),
      accountLevel('modify', 'account_checkouts_create'),
    ],
  },
  {
    id: 'account-stores',
    label: 'Account Stores',
    aliases: [],
    levels: [accountLevel('read-only', 'account_stores_read')],
  },
  {
    id: 'account-subscriptions',
    label: 'Account Subscriptions',
    // unified-billing/index.mdx names it "Subscriptions" with levels "read" / "cancel".
    aliases: ['Subscriptions'],
    levels: [
      accountLevel('read-only', 'account_subscriptions_read', ['read']),
      accountLevel('modify', 'account_subscriptions_cancel', ['cancel']),
    ],
  },
  {
    id: 'account-users',
    label: 'Account Users',
    aliases: [],
    levels: [
      accountLevel('read-only', 'account_users_read'),
      accountLevel('write', 'account_users_write'),
      accountLevel('delete', 'account_users_delete'),
    ],
  },
  {
    id: 'charges',
    label: 'Charges',
    aliases: [],
    // No parameter string is published (docs/graphql-account/draft/Account-level-API-accounts.mdx).
    levels: [accountLevel('modify', null, ['Create or delete charges'])],
  },
];

const ACCOUNT_BY_ID = new Map<string, AccountScopeRow>(ACCOUNT_SCOPES.map((r) => [r.id, r]));

/** The account-level resource with this id, or null. */
export function accountScopeById(id: string): AccountScopeRow | null {
  return ACCOUNT_BY_ID.get(id) ?? null;
}
