/**
 * Optional rows as a choice: which of a preset's optional rows the merchant left out. Pure and
 * types-only, so the content script, the popup and the background share one rule:
 * - required rows are always included;
 * - with no stored choice, an optional row is included unless the preset says `include: false`;
 * - a stored choice is the complete list of left-out rows (ids the preset no longer has as
 *   optional rows are ignored, so an updated preset never leaves out a row it now requires).
 */
import type { Preset } from './types';

/** The preset's optional rows (`required: false`), in the preset's order. */
export function optionalRowIds(preset: Preset): string[] {
  return Object.entries(preset.scopes).flatMap(([id, s]) => (s && !s.required ? [id] : []));
}

/** The rows to leave at their default: the stored choice, or the preset's own defaults. */
export function excludedRows(preset: Preset, stored?: readonly string[] | null): Set<string> {
  const optional = optionalRowIds(preset);
  if (stored) return new Set(optional.filter((id) => stored.includes(id)));
  return new Set(optional.filter((id) => preset.scopes[id]?.include === false));
}
