/**
 * The ids a create form's row can have: a store-level scope or an account-level resource (the two
 * sets never share an id). Types only, from the catalogues' id tuples.
 */
import type { ScopeId } from './catalogue';
import type { AccountScopeId } from './account-catalogue';

export type AnyScopeId = ScopeId | AccountScopeId;
