/**
 * Shapes of the control-panel language tables (docs/control-panel-facts.md §13). Types and key lists
 * only: the content script may import this file and ./detect.ts without pulling in any table.
 *
 * A table is plain JSON (strings, arrays, records), so the background can hand the one a page
 * needs to the content script by message instead of bundling all six.
 */
import type { ScopeId } from '../scopes/catalogue';
import type { LevelId } from '../scopes/types';

/**
 * Rows documented for native Catalyst hosting (docs/control-panel-facts.md §15) that may appear on the form. Listed here
 * until the catalogue carries them; the union below stays correct once it does.
 */
export const INFRASTRUCTURE_ROW_IDS = [
  'infrastructure-deployments',
  'infrastructure-projects',
  'infrastructure-logs',
] as const;

export type TableRowId = ScopeId | (typeof INFRASTRUCTURE_ROW_IDS)[number];

/** Level ids a table names: the catalogue's, plus Infrastructure Deployments' "create preview". */
/** Store-level levels (the account-level form's words are English only: nothing is published). */
export type TableLevelId = Exclude<LevelId, 'write' | 'delete'>;

export const TABLE_LEVEL_IDS = [
  'none',
  'read-only',
  'modify',
  'login',
  'create',
  'manage',
  'standard',
  'full',
  'create-preview',
] as const satisfies readonly TableLevelId[];

/** Which levels each Infrastructure row offers (docs/control-panel-facts.md §4.2, `reference/infrastructure_hosting.v3.yml`). */
export const INFRASTRUCTURE_ROW_LEVELS: Readonly<Record<(typeof INFRASTRUCTURE_ROW_IDS)[number], readonly TableLevelId[]>> = {
  'infrastructure-deployments': ['none', 'read-only', 'create-preview', 'manage'],
  'infrastructure-projects': ['none', 'read-only', 'manage'],
  'infrastructure-logs': ['none', 'read-only'],
};

/**
 * Texts of the page other than scope rows and levels. Form (docs/control-panel-facts.md §3), Stencil-CLI variant (§11),
 * credentials pop-up (docs/control-panel-facts.md §8: its API path and Name, where shown, use `apiPath` and `name`), list
 * page (docs/control-panel-facts.md §2) and the account-level page heading (§5).
 */
export const UI_KEYS = [
  'tokenType',
  'tokenTypeV2V3',
  'tokenTypeStencil',
  'name',
  'apiPath',
  'oauthScopes',
  'save',
  'stencilAccessLevel',
  'stencilLocalDevelopment',
  'stencilPublishTheme',
  'credentialsTitle',
  'clientId',
  'clientSecret',
  'accessToken',
  'done',
  'listHeading',
  'createApiAccount',
  'accountLevelHeading',
] as const;

export type UiKey = (typeof UI_KEYS)[number];

/** One or more texts for the same thing: the most likely first, then spellings seen or plausible. */
export type Texts = readonly string[];

/** Where one string of a table comes from: the exact `text` and a citation (repo + path + key). */
interface SourcedText {
  text: string;
  ref: string;
}

interface Provenance {
  /** True only once the table's strings have been read off a live control panel. */
  verified: boolean;
  /** How the table was written. */
  note: string;
  /**
   * Entries backed by BigCommerce's own translated material, keyed "rows.<id>", "levels.<id>" or
   * "ui.<key>". Every entry not listed here is our own translation.
   */
  sources: Readonly<Record<string, SourcedText>>;
}

export interface LanguageTable {
  /** Table id: "en", "fr", "it", "es", "zh" (Simplified Chinese), "uk". */
  code: string;
  /** English name, for reports. */
  name: string;
  /**
   * `<html lang>` values this table answers to, lower case: a tag matches an entry when equal to
   * it or when it starts with the entry plus "-" ("fr" matches "fr-CA").
   */
  htmlLang: readonly string[];
  /** Tags that match `htmlLang` by prefix but are not this table ("zh-tw" is not Simplified Chinese). */
  htmlLangExcept: readonly string[];
  /** The language's words for "and" as they stand between two nouns, lower case ("et", "y", "和"). */
  conjunctions: readonly string[];
  rows: Readonly<Record<TableRowId, Texts>>;
  levels: Readonly<Record<TableLevelId, Texts>>;
  ui: Readonly<Record<UiKey, Texts>>;
  provenance: Provenance;
}
