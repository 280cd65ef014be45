/**
 * The preset shape. Types only (no zod), so the content script can import it; the schema that
 * validates imported files is ./schema.ts.
 */
import type { LevelId, StencilAccess, TokenType } from '../scopes/types';

/**
 * Which create form a preset is for: the store-level "Create API account" form (also when the
 * field is absent, as in every file before account-level presets) or the account-level one
 * (docs/control-panel-facts.md §5), whose `scopes` are account-level resource ids.
 */
export type PresetKind = 'store-level' | 'account-level';

export interface PresetSource {
  /** An https URL to the vendor's or BigCommerce's page (or a GitHub file/commit). */
  url: string;
  title: string;
}

/** The credential values an integration can ask for, in BigCommerce's .txt order. */
export const CREDENTIAL_FIELDS = ['accessToken', 'name', 'apiPath', 'clientId', 'clientSecret'] as const;

/** A credential value an integration can ask for. */
export type CredentialField = (typeof CREDENTIAL_FIELDS)[number];

/** Where credentials made with this preset can be sent sealed (issue 12). */
export interface PresetHandoff {
  /** The integrator's age X25519 public key, `age1…` (checked by presetSchema). */
  recipient: string;
  /** The key's name ("Encrypt for <name>"), ≤ 60 characters, no control characters. */
  name?: string;
  /** Further recipients the same file is sealed to (e.g. the agency's own key): one file that
   *  each of them opens. At most 4. */
  more?: PresetHandoffRecipient[];
}

export interface PresetHandoffRecipient {
  recipient: string;
  name?: string;
}

export interface PresetScope {
  /** Canonical level id; must be one the row offers (checked by presetSchema). */
  level: LevelId;
  /** The source marks the row as needed in every case (as opposed to "depending on what you use"). */
  required: boolean;
  /**
   * For an optional row: whether it starts ticked ("Include …") when a merchant first chooses
   * the preset. Absent means true. A required row is always included (presetSchema).
   */
  include?: boolean;
}

export interface Preset {
  /** Stable kebab-case id, unique among presets. */
  id: string;
  /** Absent: 'store-level'. */
  kind?: PresetKind;
  name: string;
  description: string;
  /** Where the scope list comes from; at least one (enforced by presetSchema). */
  sources: PresetSource[];
  /** The account-level form has no token type: its presets say v2v3, which nothing fills. */
  tokenType: TokenType;
  /** A name the vendor asks for (≥ 4 characters, as the form requires). */
  accountName?: string;
  /**
   * Rows to set. Rows not listed are left at their default (None; Metafields Access: Standard).
   * Store-level ids on a store-level preset, account-level resource ids on an account-level one
   * (presetSchema checks which); an account-level level is the highest one ticked, with every
   * lower level of the resource ticked too (utils/scopes/account-catalogue.ts).
   */
  scopes: Partial<Record<string, PresetScope>>;
  /**
   * Stencil-CLI presets only: the form's access level, "local development only" or "publish
   * theme" (docs/control-panel-facts.md §11). Absent means local development (least privilege).
   */
  stencilAccess?: StencilAccess;
  /** Vendor advice shown next to the preset. */
  notes?: string[];
  /**
   * Notes that must be read before filling (LitExtension's "turn off all email notifications"):
   * shown open, above Fill form, in the panel and the popup, never folded away. At most 5.
   */
  importantNotes?: string[];
  /** The credential values the integration needs; exports can then offer "only what it needs".
   *  Absent: it needs everything. */
  credentialFields?: CredentialField[];
  /** The integrator's public key for "Encrypt for integrator". */
  handoff?: PresetHandoff;
  /**
   * The integrator needs the .txt file BigCommerce downloads (e.g. to upload it): the capture
   * notice and the vault then say "keep it until you have uploaded it" instead of "delete it".
   */
  keepTxt?: boolean;
}

/** The form a preset is for ('store-level' when the field is absent). */
export function presetKind(preset: Pick<Preset, 'kind'>): PresetKind {
  return preset.kind ?? 'store-level';
}
