/**
 * The panel's (and the popup's) words for the current state of the form, decided in the
 * background (utils/background/decide.ts) and shown by the page. Never claims more than
 * was verified (issue 10): no "scopes match" and no "Form filled" while a preset row is absent,
 * a row is unknown or identified only by its place, or the token type or access level is off;
 * rows are named, and a missing required row says not to save yet.
 */
import { t, tp } from '../i18n';
import { MIN_NAME_LENGTH } from './diff';
import type { PageModel } from '../form/model';
import type { Preset } from '../presets/types';
import { scopeById } from '../scopes/registry';
import type { FillReport, FormDiff, RowDiff, StatusView } from './types';
import type { StencilAccess } from '../scopes/types';

const englishName = (id: string) => scopeById(id)?.label ?? id;
const names = (rows: RowDiff[]) => rows.map((r) => englishName(r.scopeId)).join(', ');
const accessName = (a: StencilAccess) => t(a === 'local-development' ? 'content_accessLocal' : 'content_accessPublish');

/** "Orders, Channel listings (required)": the preset's rows the page does not show. */
function absentText(diff: FormDiff, preset: Preset): string {
  const scopes = preset.scopes;
  return diff.absentScopes.map((id) => (scopes[id]?.required ? t('content_levelRequired', englishName(id)) : englishName(id))).join(', ');
}

export function describeDiff(model: PageModel, diff: FormDiff | null, preset: Preset | null, lastFill: FillReport | null): StatusView {
  const knownRows = model.rows.filter((r) => r.scopeId).length;
  // Taught rows too: the page report carries them, for a maintainer to make them table entries.
  const puzzled = model.rows.some((r) => !r.scopeId || r.signal === 'position' || r.signal === 'taught' || r.levelByPosition);
  if (knownRows === 0 && !model.accessLevel) {
    return { status: t(model.rows.length ? 'content_formNotUnderstood' : 'content_waitingForForm'), problems: [], puzzled, verified: false };
  }
  if (!preset || !diff) {
    return { status: knownRows ? tp('content_choosePresetToCheck', knownRows) : t('content_choosePresetStencil'), problems: [], puzzled, verified: false };
  }

  const problems: string[] = [];
  if (lastFill && !lastFill.ok) problems.push(lastFill.message);
  const tokenTypeWrong = !diff.tokenType.ok;
  if (tokenTypeWrong) {
    problems.push(t('content_tokenTypeShouldBe', t(preset.tokenType === 'v2v3' ? 'content_tokenTypeV2V3' : 'content_tokenTypeStencil')));
  }
  if (!diff.name.ok) problems.push(tp('content_nameTooShort', MIN_NAME_LENGTH));

  // Stencil-CLI: no rows, one access level.
  if (diff.accessLevel) {
    const access = diff.accessLevel;
    if (!tokenTypeWrong && !access.present) problems.push(t('content_accessAbsent'));
    else if (!tokenTypeWrong && !access.ok) problems.push(t('content_accessShouldBe', accessName(access.wanted)));
    const verified = !tokenTypeWrong && access.ok;
    const status = verified
      ? `${t('content_accessIs', accessName(access.wanted))}${lastFill?.ok ? ` ${lastFill.message}` : ''}`
      : (problems.find((p) => p !== lastFill?.message) ?? problems[0] ?? '');
    return { status, problems: problems.filter((p) => p !== status), puzzled, verified };
  }

  const requiredUnset = diff.rows.filter((r) => r.required && r.status !== 'right' && r.status !== 'over-granted');
  const requiredAbsent = diff.absentScopes.some((id) => preset.scopes[id]?.required);
  const byPosition = diff.rows.filter((r) => r.signal === 'position' || r.levelByPosition);
  const unrecognised = diff.rows.filter((r) => r.status === 'unrecognised');
  const missing = diff.rows.filter((r) => r.status === 'missing');
  const over = diff.rows.filter((r) => r.status === 'over-granted');

  // The Stencil-CLI form shows no rows: what is missing is the token type, not the rows.
  if (tokenTypeWrong && model.rows.length === 0) {
    const status = problems.find((p) => p !== lastFill?.message) ?? '';
    return { status, problems: problems.filter((p) => p !== status), puzzled, verified: false };
  }
  if (diff.absentScopes.length) problems.push(t('content_absentRows', absentText(diff, preset)));
  if (requiredAbsent || requiredUnset.length) problems.push(t('content_doNotSave'));
  if (diff.unknownRows.length) problems.push(t('content_unknownRows', diff.unknownRows.join(', ')), t('content_teachHint'));
  if (byPosition.length) problems.push(tp('content_byPosition', byPosition.length));
  if (unrecognised.length) problems.push(t('content_unrecognisedRows', names(unrecognised)));
  const requiredMissing = requiredUnset.filter((r) => r.status === 'missing');
  if (requiredMissing.length) problems.push(t('content_requiredUnset', names(requiredMissing)));
  else if (missing.length) problems.push(t('content_missingRows', names(missing)));
  if (over.length) problems.push(t('content_overRows', names(over)));

  const allRight = diff.rows.every((r) => r.status === 'right');
  const verified = allRight && !tokenTypeWrong && !diff.absentScopes.length && !diff.unknownRows.length && !byPosition.length;
  // Optional rows the merchant left out (issue 13) are right at their default: said, never a problem.
  const excluded = diff.rows.filter((r) => r.excluded);
  const leftOut = excluded.length ? ` ${t('content_leftOut', names(excluded))}` : '';
  let status: string;
  if (diff.absentScopes.length) status = `${t('content_absentRows', absentText(diff, preset))}${requiredAbsent ? ` ${t('content_doNotSave')}` : ''}`;
  else if (diff.unknownRows.length) status = t('content_unknownRows', diff.unknownRows.join(', '));
  else if (byPosition.length) status = tp(allRight ? 'content_positionAllSet' : 'content_positionCheck', byPosition.length);
  else status = `${tp('content_matchCount', diff.matching, diff.matching, diff.rows.length)}${leftOut}${verified && lastFill?.ok ? ` ${lastFill.message}` : ''}`;
  if (leftOut && !status.includes(leftOut)) status += leftOut;
  return { status, problems: problems.filter((p) => p !== status && !status.includes(p)), puzzled, verified };
}
