/**
 * The scope catalogue in use, looked up by id. Extension pages, the background and tests use the
 * bundled catalogue (./catalogue.ts registers itself when imported). The content script must stay
 * under its byte budget, so it never imports ./catalogue.ts: it registers the rows the background
 * sends it (the `vocabulary:get` message). Everything downstream (match, diff, markers, status)
 * reads rows through here and so works the same in both places.
 */
import type { ScopeId, StoreScopeRow } from './catalogue';
import type { ScopeRow } from './types';
import { ACCOUNT_LEVEL_CODE } from '../build-flags';
import type { PageStyles } from '../../components/page/styles';
import type { LanguageTable } from '../languages/types';
import type { PopupLabelTexts } from '../messaging/protocol';

/** Everything the content script reads forms with; plain JSON, sent by the background. */
export interface Vocabulary {
  rows: readonly StoreScopeRow[];
  /** The account-level form's resources (./account-catalogue.ts), in the same shape. */
  accountRows: readonly ScopeRow[];
  /** Rows whose place in the list is unknown (Store Translations, Infrastructure): see catalogue.ts. */
  floating: readonly ScopeId[];
  /** The control panel's language tables (utils/languages). */
  tables: readonly LanguageTable[];
  /** The in-page UI's style sheets (components/page/styles.ts), sent along for the same reason. */
  styles: PageStyles;
  /** The credentials pop-up's title and field labels in every language, for the capture watcher. */
  popupLabels: PopupLabelTexts;
}

let rows: readonly StoreScopeRow[] = [];
let byId = new Map<string, StoreScopeRow>();
let floating: readonly ScopeId[] = [];
let tables: Vocabulary['tables'] = [];
let accountRows: readonly ScopeRow[] = [];
let accountById = new Map<string, ScopeRow>();

export function registerCatalogue(catalogue: readonly StoreScopeRow[], floatingIds: readonly ScopeId[] = []): void {
  rows = catalogue;
  byId = new Map(catalogue.map((r) => [r.id, r]));
  floating = floatingIds;
}

export function registerAccountCatalogue(catalogue: readonly ScopeRow[]): void {
  accountRows = catalogue;
  accountById = new Map(catalogue.map((r) => [r.id, r]));
}

export function registerVocabulary(vocabulary: Vocabulary): void {
  registerCatalogue(vocabulary.rows, vocabulary.floating);
  // bc.js never reads the account-level form: its build leaves this out (utils/build-flags.ts).
  if (ACCOUNT_LEVEL_CODE) registerAccountCatalogue(vocabulary.accountRows);
  tables = vocabulary.tables;
}

/** The language tables the content script received (empty elsewhere: pages import utils/languages). */
export function languageTables(): Vocabulary['tables'] {
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
export function accountScopes(): readonly ScopeRow[] {
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
