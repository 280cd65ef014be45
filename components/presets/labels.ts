/**
 * Display words for preset fields. Row and level labels are the control panel's own words (from
 * the catalogue), so a merchant finds the same text on the form; token types are ours.
 */
import { t } from '../../utils/i18n';
import type { Preset, TokenType } from '../../utils/presets/types';
import { STORE_SCOPES, type StoreScopeRow } from '../../utils/scopes/catalogue';
import type { LevelId } from '../../utils/scopes/types';

export function tokenTypeLabel(type: TokenType): string {
  return type === 'stencil-cli' ? t('presets_token_stencil') : t('presets_token_v2v3');
}

export function levelLabel(row: StoreScopeRow, level: LevelId): string {
  return row.levels.find((l) => l.id === level)?.label ?? level;
}

export interface ScopeLine {
  row: StoreScopeRow;
  level: LevelId;
  required: boolean;
}

/** The preset's rows in the form's order (a file may list them in any order). */
export function scopeLines(p: Preset): ScopeLine[] {
  return STORE_SCOPES.flatMap((row) => {
    const s = p.scopes[row.id];
    return s ? [{ row, level: s.level, required: s.required }] : [];
  });
}

/** "10 rows: 6 modify, 2 read-only, 2 manage; 3 optional": the scope table in one line. */
export function scopeSummary(lines: readonly ScopeLine[]): string {
  const byLevel = new Map<string, number>();
  for (const l of lines) {
    const label = levelLabel(l.row, l.level);
    byLevel.set(label, (byLevel.get(label) ?? 0) + 1);
  }
  const levels = [...byLevel].sort((a, b) => b[1] - a[1]).map(([label, n]) => t('presets_level_count', String(n), label));
  const optional = lines.filter((l) => !l.required).length;
  const text = t('presets_scopes_summary', String(lines.length), levels.join(', '));
  return optional > 0 ? `${text}; ${t('presets_scopes_summary_optional', String(optional))}` : text;
}
