/**
 * The account-level resources of the account-level "Create API account" form
 * (docs/control-panel-facts.md §5), as plain data in the store rows' shape, so the same matching,
 * diffing, planning and wording serve both forms.
 *
 * Like ./catalogue.ts, never bundled into a content script: the background sends these rows with
 * the vocabulary (utils/background/vocabulary.ts).
 *
 * Differences from store rows, and how they are modelled:
 * - "You can select more than one option per resource" (dev blog 2023): the page probably ticks
 *   one checkbox per level. A resource's level here is the highest one ticked, with every lower
 *   one ticked too (levels are in least → most privilege order); "None" is nothing ticked, the
 *   default. The DOM adapter reads and sets ticks that way (utils/dom/account-form.ts).
 * - Account Users has write and delete levels, which store rows do not have.
 * - Charges has no published parameter string.
 */
import { level, NONE } from './catalogue';
import type { ScopeRow } from './types';

/** Resource ids in the doc's order (a tuple, so `AccountScopeId` is a literal union). */
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


export type AccountScopeRow = ScopeRow & { readonly id: AccountScopeId };

function resource(id: AccountScopeId, label: string, levels: ScopeRow['levels'], aliases: readonly string[] = []): AccountScopeRow {
  return { id, label, aliases, levels: [NONE, ...levels], defaultLevel: 'none' };
}

export const ACCOUNT_SCOPES: readonly AccountScopeRow[] = [
  resource('account', 'Account', [level('read-only', 'read-only', 'account_read')]),
  resource('account-apps', 'Account Apps', [level('read-only', 'read-only', 'account_apps_read')]),
  // unified-billing/index.mdx names it "Checkouts" with levels "read" / "modify".
  resource(
    'account-checkouts',
    'Account Checkouts',
    [level('read-only', 'read-only', 'account_checkouts_read', ['read']), level('modify', 'modify', 'account_checkouts_create')],
    ['Checkouts'],
  ),
  resource('account-stores', 'Account Stores', [level('read-only', 'read-only', 'account_stores_read')]),
  // unified-billing/index.mdx names it "Subscriptions" with levels "read" / "cancel".
  resource(
    'account-subscriptions',
    'Account Subscriptions',
    [level('read-only', 'read-only', 'account_subscriptions_read', ['read']), level('modify', 'modify', 'account_subscriptions_cancel', ['cancel'])],
    ['Subscriptions'],
  ),
  resource('account-users', 'Account Users', [
    level('read-only', 'read-only', 'account_users_read'),
    level('write', 'write', 'account_users_write'),
    level('delete', 'delete', 'account_users_delete'),
  ]),
  // No parameter string is published (docs/graphql-account/draft/Account-level-API-accounts.mdx).
  resource('charges', 'Charges', [level('modify', 'modify', null, ['Create or delete charges'])]),
];

/** The account-level resource with this id, or null. */
export function accountScopeById(id: string): AccountScopeRow | null {
  return ACCOUNT_SCOPES.find((r) => r.id === id) ?? null;
}
