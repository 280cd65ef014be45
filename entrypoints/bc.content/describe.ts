/**
 * The panel's words for the current state of the form.
 */
import type { FormDiff } from '../../utils/form-diff';
import { MIN_NAME_LENGTH } from '../../utils/form-diff';
import type { ScannedForm } from '../../utils/dom/scan-form';
import type { FillReport } from '../../utils/messages';
import type { Preset } from '../../utils/presets/types';
import { scopeById } from '../../utils/scopes/catalogue';

export function describeDiff(
  form: ScannedForm,
  diff: FormDiff | null,
  preset: Preset | null,
  lastFill: FillReport | null,
): { status: string; problems: string[] } {
  const rowCount = form.model.rows.filter((r) => r.scopeId).length;
  if (rowCount === 0) return { status: 'Waiting for the scope form…', problems: [] };
  if (!preset || !diff) return { status: `Choose a preset to check the ${rowCount} scopes.`, problems: [] };
  const problems: string[] = [];
  if (lastFill && !lastFill.ok) problems.push(lastFill.message);
  const missing = diff.rows.filter((r) => r.status === 'missing').length;
  const over = diff.rows.filter((r) => r.status === 'over-granted').length;
  if (missing) problems.push(`${missing} ${missing === 1 ? 'scope is' : 'scopes are'} below the preset.`);
  if (over) problems.push(`${over} ${over === 1 ? 'scope grants' : 'scopes grant'} more than the preset needs.`);
  if (!diff.tokenType.ok) problems.push(`Token type should be ${preset.tokenType === 'v2v3' ? 'V2/V3 API token' : 'Stencil-CLI token'}.`);
  if (!diff.name.ok) problems.push(`Name needs at least ${MIN_NAME_LENGTH} characters.`);
  if (diff.unknownRows.length) problems.push(`Rows Scopekeeper does not know: ${diff.unknownRows.join(', ')}.`);
  if (diff.absentScopes.length) {
    const labels = diff.absentScopes.map((id) => scopeById(id)?.label ?? id);
    problems.push(`Not on this page: ${labels.join(', ')}.`);
  }
  const done = lastFill?.ok ? ` ${lastFill.message}` : '';
  return { status: `${diff.matching} of ${diff.rows.length} scopes match.${done}`, problems };
}
