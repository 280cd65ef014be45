/**
 * The scope vocabulary in use (catalogue rows, account-level resources, language tables), looked
 * up by id. Nothing fills it by being imported: each context installs one explicitly with
 * useVocabulary, the background and tests the bundled one (utils/background/vocabulary.ts), the
 * content script the one the background sends it (the `vocabulary:get` message), because it must
 * stay under its byte budget and never bundles the catalogue. Reading and deciding look rows up
 * here and so work the same in every context.
 */
import type { ScopeId, StoreScopeRow } from './catalogue';
import type { ScopeRow } from './types';
import type { AccountScopeRow } from './account-catalogue';
import type { ScopeVocabulary } from './vocabulary';
import { ACCOUNT_LEVEL_CODE } from '../build-flags';

let rows: readonly StoreScopeRow[] = [];
let byId = new Map<string, StoreScopeRow>();
let floating: readonly ScopeId[] = [];
let tables: ScopeVocabulary['tables'] = [];
let accountRows: readonly AccountScopeRow[] = [];
let accountById = new Map<string, AccountScopeRow>();

/** Installs the vocabulary every later look-up uses (called once per context, explicitly). */
export function useVocabulary(vocabulary: ScopeVocabulary): void {
  rows = vocabulary.rows;
  byId = new Map(rows.map((r) => [r.id, r]));
  floating = vocabulary.floating;
  // bc.js never reads the account-level form: its build leaves this out (utils/build-flags.ts).
  if (ACCOUNT_LEVEL_CODE) {
    accountRows = vocabulary.accountRows;
    accountById = new Map(accountRows.map((r) => [r.id, r]));
  }
  tables = vocabulary.tables;
}

/** The language tables the content script received (empty elsewhere: pages import utils/languages). */
export function languageTables(): ScopeVocabulary['tables'] {
  return tables;
}

/** Ids of the rows whose place in the UI's list is unknown. */
export function floatingScopeIds(): readonly ScopeId[] {
  return floating;
}

/** Every store-level row, in the UI's documented order. */
export function storeScopes(): readonly StoreScopeRow[] {
  return rows;
}

/** Every account-level resource, in the doc's order. */
export function accountScopes(): readonly AccountScopeRow[] {
  return accountRows;
}

export function isScopeId(id: string): id is ScopeId {
  return byId.has(id);
}

/** The store-level row, or else the account-level resource, with this id (the ids differ). A
 *  known `ScopeId` always resolves; any other string may not. */
export function scopeById(id: ScopeId): StoreScopeRow;
export function scopeById(id: string): ScopeRow | null;
export function scopeById(id: string): ScopeRow | null {
  return byId.get(id) ?? (ACCOUNT_LEVEL_CODE ? accountById.get(id) : undefined) ?? null;
}
