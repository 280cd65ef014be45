/**
 * Decide: what a record says about the form the merchant saved. The form read when the
 * credentials pop-up appeared after a trusted Save (utils/content/capture-watcher.ts) is compared
 * with the preset chosen then: which of the preset's required rows were not set to at least the
 * level the preset asks for. Pure; the background stores the answer in the record's header.
 */
import type { Preset } from '../presets/types';
import { levelRank } from '../scopes/match';
import { scopeById } from '../scopes/registry';

/**
 * The preset's required rows (in the preset's order) whose level on the saved form is below the
 * preset's, or that the form did not show. `scopes`: row id → level id as the form was read.
 */
export function requiredRowsNotSet(preset: Preset, scopes: Readonly<Record<string, string>>): string[] {
  return Object.entries(preset.scopes).flatMap(([id, wanted]) => {
    if (!wanted?.required) return [];
    const row = scopeById(id);
    const have = scopes[id];
    if (!row || have === undefined) return [id];
    return levelRank(row, have) < levelRank(row, wanted.level) ? [id] : [];
  });
}

/**
 * The form as saved, from two readings: at the trusted Save click (`atClick`) and when the pop-up
 * appeared (`atPopup`). Each row at the lower of its two levels, and only rows both readings
 * showed: a page that raises the form between the click and the pop-up cannot make the record
 * claim more than was sent (docs/vault-design.md, "What a record claims").
 */
export function savedLevels(
  atClick: Readonly<Record<string, string>>,
  atPopup: Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, popupLevel] of Object.entries(atPopup)) {
    const clickLevel = atClick[id];
    if (clickLevel === undefined) continue;
    const row = scopeById(id);
    out[id] = row && levelRank(row, clickLevel) < levelRank(row, popupLevel) ? clickLevel : popupLevel;
  }
  return out;
}
