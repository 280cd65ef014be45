/**
 * The preset shape. Types only (no zod), so the content script can import it; the schema that
 * validates imported files is ./schema.ts.
 */
import type { ScopeId } from '../scopes/catalogue';
import type { LevelId } from '../scopes/types';
import type { StencilAccess } from '../form/model';

export type { ScopeId };

/** "V2/V3 API token" or "Stencil-CLI token" in the form's Token type control. */
export type TokenType = 'v2v3' | 'stencil-cli';

export interface PresetSource {
  /** An https URL to the vendor's or BigCommerce's page (or a GitHub file/commit). */
  url: string;
  title: string;
}

export interface PresetScope {
  /** Canonical level id; must be one the row offers (checked by presetSchema). */
  level: LevelId;
  /** The source marks the row as needed in every case (as opposed to "depending on what you use"). */
  required: boolean;
}

export interface Preset {
  /** Stable kebab-case id, unique among presets. */
  id: string;
  name: string;
  description: string;
  /** Where the scope list comes from; at least one (enforced by presetSchema). */
  sources: PresetSource[];
  tokenType: TokenType;
  /** A name the vendor asks for (≥ 4 characters, as the form requires). */
  accountName?: string;
  /** Rows to set. Rows not listed are left at their default (None; Metafields Access: Standard). */
  scopes: Partial<Record<ScopeId, PresetScope>>;
  /**
   * Stencil-CLI presets only: the form's access level, "local development only" or "publish
   * theme" (§11). Absent means local development (least privilege).
   */
  stencilAccess?: StencilAccess;
  /** Vendor advice shown next to the preset. */
  notes?: string[];
}
