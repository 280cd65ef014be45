/**
 * The panel's words for the current state of the form.
 */
import { t } from '../../utils/i18n';
import type { FormDiff } from '../../utils/form/diff';
import { MIN_NAME_LENGTH } from '../../utils/form/diff';
import type { ScannedForm } from '../../utils/dom/scan-form';
import type { FillReport } from '../../utils/messaging/protocol';
import type { Preset } from '../../utils/presets/types';
import { rowById } from '../../utils/scopes/rows';

export function describeDiff(
  form: ScannedForm,
  diff: FormDiff | null,
  preset: Preset | null,
  lastFill: FillReport | null,
): { status: string; problems: string[] } {
  const rowCount = form.model.rows.filter((r) => r.scopeId).length;
  if (rowCount === 0) return { status: t('content_waitingForForm'), problems: [] };
  if (!preset || !diff) return { status: t('content_choosePresetToCheck', rowCount), problems: [] };
  const problems: string[] = [];
  if (lastFill && !lastFill.ok) problems.push(lastFill.message);
  const missing = diff.rows.filter((r) => r.status === 'missing').length;
  const over = diff.rows.filter((r) => r.status === 'over-granted').length;
  if (missing) problems.push(t('content_missingCount', missing));
  if (over) problems.push(t('content_overCount', over));
  if (!diff.tokenType.ok) {
    problems.push(t('content_tokenTypeShouldBe', t(preset.tokenType === 'v2v3' ? 'content_tokenTypeV2V3' : 'content_tokenTypeStencil')));
  }
  if (!diff.name.ok) problems.push(t('content_nameTooShort', MIN_NAME_LENGTH));
  if (diff.unknownRows.length) problems.push(t('content_unknownRows', diff.unknownRows.join(', ')));
  if (diff.absentScopes.length) {
    const labels = diff.absentScopes.map((id) => rowById(id)?.label ?? id);
    problems.push(t('content_absentRows', labels.join(', ')));
  }
  const done = lastFill?.ok ? ` ${lastFill.message}` : '';
  return { status: `${t('content_matchCount', diff.matching, diff.rows.length)}${done}`, problems };
}
