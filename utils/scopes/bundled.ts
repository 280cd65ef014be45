/**
 * The bundled catalogue as one vocabulary, for the contexts that carry it (background, extension
 * pages, tests): installed explicitly with utils/scopes/registry.ts useVocabulary, and looked up
 * directly here by pages that show rows of either form.
 */
import { ALL_TABLES } from '../languages';
import { ACCOUNT_SCOPES, accountScopeById } from './account-catalogue';
import { FLOATING_SCOPE_IDS, STORE_SCOPES, storeScopeById, type ScopeId, type StoreScopeRow } from './catalogue';
import type { ScopeRow } from './types';
import type { ScopeVocabulary } from './vocabulary';

export const BUNDLED_VOCABULARY: ScopeVocabulary = { rows: STORE_SCOPES, accountRows: ACCOUNT_SCOPES, floating: FLOATING_SCOPE_IDS, tables: ALL_TABLES };

/** The store-level row, or else the account-level resource, with this id (the ids differ). */
export function scopeById(id: ScopeId): StoreScopeRow;
export function scopeById(id: string): ScopeRow | null;
export function scopeById(id: string): ScopeRow | null {
  return storeScopeById(id) ?? accountScopeById(id);
}
