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
  // Problems name their rows: a count alone sends the merchant hunting through 28 rows.
  const named = (status: string) => diff.rows.filter((r) => r.status === status).map((r) => r.label).join(', ');
  const missing = named('missing');
  const over = named('over-granted');
  const unrecognised = named('unrecognised');
  if (missing) problems.push(t('content_missingRows', missing));
  if (over) problems.push(t('content_overRows', over));
  if (unrecognised) problems.push(t('content_unrecognisedRows', unrecognised));
  if (!diff.tokenType.ok) {
    problems.push(t('content_tokenTypeShouldBe', t(preset.tokenType === 'v2v3' ? 'content_tokenTypeV2V3' : 'content_tokenTypeStencil')));
  }
  if (!diff.name.ok) problems.push(t('content_nameTooShort', MIN_NAME_LENGTH));
  if (diff.unknownRows.length) problems.push(t('content_unknownRows', diff.unknownRows.join(', ')));
  if (diff.absentScopes.length) {
    const labels = diff.absentScopes.map((id) => rowById(id)?.label ?? id);
    problems.push(t('content_absentRows', labels.join(', ')));
  }
  const leftOut = diff.rows.filter((r) => r.excluded).map((r) => r.label).join(', ');
  const done = lastFill?.ok ? ` ${lastFill.message}` : '';
  return { status: `${t('content_matchCount', diff.matching, diff.rows.length)}${leftOut ? ` ${t('content_leftOut', leftOut)}` : ''}${done}`, problems };
}
