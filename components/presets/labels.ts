/**
 * Display words for preset fields. Row and level labels are the control panel's own words (from
 * the catalogue), so a merchant finds the same text on the form; token types are ours.
 */
import { t, tp, type MessageKey } from '../../utils/i18n';
import { presetRows } from '../../utils/presets/form-rows';
import type { CredentialField, Preset, PresetKind } from '../../utils/presets/types';
import type { LevelId, ScopeRow } from '../../utils/scopes/types';
import type { StencilAccess } from '../../utils/scopes/types';
import type { TokenType } from '../../utils/scopes/types';

export function tokenTypeLabel(type: TokenType): string {
  return type === 'stencil-cli' ? t('presets_token_stencil') : t('presets_token_v2v3');
}

/** The Stencil-CLI form's access levels, in the form's own words (docs/control-panel-facts.md §11). */
export function stencilAccessLabel(access: StencilAccess): string {
  return access === 'publish-theme' ? t('presets_stencil_publish') : t('presets_stencil_local');
}

/** The credential values by the names the vault shows them under; the name as the .txt's CLIENT
 *  NAME, since the editor's own "Name" is the preset's. */
const CREDENTIAL_FIELD_NAMES: Readonly<Record<CredentialField, MessageKey>> = {
  accessToken: 'vault_field_access_token',
  name: 'presets_credential_client_name',
  apiPath: 'vault_field_api_path',
  clientId: 'vault_field_client_id',
  clientSecret: 'vault_field_client_secret',
};

export function credentialFieldLabel(field: CredentialField): string {
  return t(CREDENTIAL_FIELD_NAMES[field]);
}

/** Which form a preset is for, as the manager and popup name it. */
export function kindLabel(kind: PresetKind): string {
  return kind === 'account-level' ? t('presets_kind_account') : t('presets_kind_store');
}

export function levelLabel(row: ScopeRow, level: LevelId): string {
  return row.levels.find((l) => l.id === level)?.label ?? level;
}

export interface ScopeLine {
  /** A store-level row, or an account-level resource on an account-level preset. */
  row: ScopeRow;
  level: LevelId;
  required: boolean;
  /** Whether an optional row starts ticked for a merchant (`include`, absent = true). */
  include: boolean;
}

/** The preset's rows in the form's order (a file may list them in any order). */
export function scopeLines(p: Preset): ScopeLine[] {
  return presetRows(p).map(({ row, scope }) => ({ row, level: scope.level, required: scope.required, include: scope.include !== false }));
}

/** "10 rows: 6 modify, 2 read-only, 2 manage; 3 optional" ("2 resources: …" for the account-level
 *  form): the scope table in one line. */
export function scopeSummary(lines: readonly ScopeLine[], kind: PresetKind = 'store-level'): string {
  const byLevel = new Map<string, number>();
  for (const l of lines) {
    const label = levelLabel(l.row, l.level);
    byLevel.set(label, (byLevel.get(label) ?? 0) + 1);
  }
  const levels = [...byLevel].sort((a, b) => b[1] - a[1]).map(([label, n]) => t('presets_level_count', String(n), label));
  const optional = lines.filter((l) => !l.required).length;
  const text = tp(kind === 'account-level' ? 'presets_resources_summary' : 'presets_scopes_summary', lines.length, lines.length, levels.join(', '));
  return optional > 0 ? `${text}; ${tp('presets_scopes_summary_optional', optional)}` : text;
}
