/**
 * Shapes of the scope catalogue. The data lives in ./catalogue.ts; this file only names things,
 * so the content script can import the types without pulling in zod.
 */

/** A permission level, by its canonical id (independent of the UI's casing). */
export type LevelId =
  | 'none'
  | 'read-only'
  | 'modify'
  | 'login'
  | 'create'
  | 'manage'
  | 'standard'
  | 'full'
  /** Infrastructure Deployments: preview deployments only (native Catalyst hosting, docs/control-panel-facts.md §4.2). */
  | 'create-preview'
  /** Account-level Account Users only (docs/control-panel-facts.md §5). */
  | 'write'
  | 'delete';

export interface ScopeLevel {
  id: LevelId;
  /** The option text the control panel shows ("None", "read-only", "modify", "Standard", …). */
  label: string;
  /** Other words for this level in the UI or in vendors' guides ("Read-only", "manage", "Get", …). */
  aliases: readonly string[];
  /** The OAuth scope string the API reports for this level; null for None. */
  param: string | null;
  /** Non-canonical spellings of `param` found in BigCommerce's own docs. */
  paramAliases: readonly string[];
}

export interface ScopeRow {
  /** Stable kebab-case id, e.g. "information-settings". Used in preset files. */
  id: string;
  /** The row label as current guides copy it from the UI, e.g. "Information & settings". */
  label: string;
  /** Other labels for the same row ("Information and Settings", "Customer Login", …). */
  aliases: readonly string[];
  /** Levels from least to most privilege; index order is what "over-granted" is measured by. */
  levels: readonly ScopeLevel[];
  /** The level a new form starts with (None, or Standard for Metafields Access). */
  defaultLevel: LevelId;
}

/** The Stencil-CLI form's two-way access level ("local development only" or "publish theme"). */
export type StencilAccess = 'local-development' | 'publish-theme';

/** "V2/V3 API token" or "Stencil-CLI token" in the form's Token type control. */
export type TokenType = 'v2v3' | 'stencil-cli';
