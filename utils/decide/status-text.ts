/**
 * The panel's (and the popup's) words for the current state of the form, decided in the
 * background (utils/background/decide.ts) and shown by the page. Never claims more than
 * was verified (issue 10): no "scopes match" and no "Form filled" while a preset row is absent,
 * a row is unknown or identified only by its place, or the token type or access level is off;
 * rows are named, and a missing required row says not to save yet.
 *
 * Says what remains (issue 20, item 4): before the rows are right, how many must change; "Form
 * filled" only when nothing is left to do on the form, else what is left. Rows are named as the
 * page names them (./row-words.ts), in the language of `words` (./words.ts); the account-level
 * form speaks of resources.
 */
import { MIN_NAME_LENGTH } from './diff';
import type { PageModel } from '../form/model';
import type { Preset } from '../presets/types';
import type { FillReport, FormDiff, RowDiff, StatusView } from './types';
import type { StencilAccess } from '../scopes/types';
import { browserWords, type Words } from './words';
import { catalogueName } from './row-words';

/** Longest a page's own text is repeated in a sentence of ours. */
const MAX_PAGE_TEXT = 64;

/**
 * A label as the page shows it, in a sentence of ours: cut short, and quoted when it is text no
 * table knows (a row Scopekeeper could not identify), so a page cannot write a sentence into the
 * panel or the popup ("Orders. 28 of 28 scopes match, safe to save") that reads as ours.
 */
export function pageText(label: string, quoted = false): string {
  const short = label.length > MAX_PAGE_TEXT ? `${label.slice(0, MAX_PAGE_TEXT - 1).trimEnd()}…` : label;
  return quoted ? `“${short}”` : short;
}
const quotedList = (labels: readonly string[]) => labels.map((l) => pageText(l, true)).join(', ');

/** The sentence a fill that did not finish leaves among the problems (null: none, or it finished). */
export function fillSentence(words: Words, lastFill: Pick<FillReport, 'ok' | 'notSet'> | null, byPosition: boolean, verified: boolean): string | null {
  if (!lastFill || lastFill.ok) return null;
  if (lastFill.notSet.length) return words.t('content_fillCouldNotSet', lastFill.notSet.map((l) => pageText(l)).join(', '));
  // Everything verified, something else left (the name): the headline says what.
  if (verified) return null;
  return words.t(byPosition ? 'content_fillByPosition' : 'content_fillPartial');
}

export function describeDiff(
  model: PageModel,
  diff: FormDiff | null,
  preset: Preset | null,
  lastFill: FillReport | null,
  words: Words = browserWords,
  /** The labels of the rows under which an option text no table reads is asked about ("Which level is …?"). */
  levelQuestions: readonly string[] = [],
): StatusView {
  const { t, tp } = words;
  const account = model.kind === 'account-level';
  const names = (rows: RowDiff[]) => rows.map((r) => (r.label ? pageText(r.label) : catalogueName(words.table, r.scopeId))).join(', ');
  const accessName = (a: StencilAccess) => t(a === 'local-development' ? 'content_accessLocal' : 'content_accessPublish');
  /** "Orders, Channel listings (required)": the preset's rows the page does not show. */
  const absentText = (d: FormDiff, p: Preset) =>
    d.absentScopes.map((id) => (p.scopes[id]?.required ? t('content_levelRequired', catalogueName(words.table, id)) : catalogueName(words.table, id))).join(', ');

  const knownRows = model.rows.filter((r) => r.scopeId).length;
  // Taught rows too: the page report carries them, for a maintainer to make them table entries.
  const puzzled = model.rows.some((r) => !r.scopeId || r.signal === 'position' || r.signal === 'taught' || r.levelByPosition || r.levelTaught);
  if (knownRows === 0 && !model.accessLevel) {
    return { status: t(model.rows.length ? 'content_formNotUnderstood' : 'content_waitingForForm'), problems: [], puzzled, verified: false, done: false };
  }
  if (!preset || !diff) {
    const status = knownRows ? tp(account ? 'content_choosePresetResources' : 'content_choosePresetToCheck', knownRows) : t('content_choosePresetStencil');
    return { status, problems: [], puzzled, verified: false, done: false };
  }

  const problems: string[] = [];
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
    const failed = fillSentence(words, lastFill, false, verified);
    if (failed) problems.unshift(failed);
    const done = verified && problems.length === 0;
    let status: string;
    if (done) status = `${t('content_accessIs', accessName(access.wanted))}${lastFill?.ok ? ` ${t('content_fillDone')}` : ''}`;
    else if (verified) status = `${t('content_accessIs', accessName(access.wanted))} ${thingsLeft(words, problems)}`;
    else status = problems.find((p) => p !== failed) ?? problems[0] ?? '';
    return { status, problems: problems.filter((p) => p !== status && !status.includes(p)), puzzled, verified, done };
  }

  const requiredUnset = diff.rows.filter((r) => r.required && r.status !== 'right' && r.status !== 'over-granted');
  const requiredAbsent = diff.absentScopes.some((id) => preset.scopes[id]?.required);
  const byPosition = diff.rows.filter((r) => r.signal === 'position' || r.levelByPosition);
  const unrecognised = diff.rows.filter((r) => r.status === 'unrecognised');
  const missing = diff.rows.filter((r) => r.status === 'missing');
  const over = diff.rows.filter((r) => r.status === 'over-granted');
  const allRight = diff.rows.every((r) => r.status === 'right');
  const verified = allRight && !tokenTypeWrong && !diff.absentScopes.length && !diff.unknownRows.length && !byPosition.length;
  const failed = fillSentence(words, lastFill, byPosition.length > 0, verified);
  if (failed) problems.unshift(failed);

  // The Stencil-CLI form shows no rows: what is missing is the token type, not the rows.
  if (tokenTypeWrong && model.rows.length === 0) {
    const status = problems.find((p) => p !== failed) ?? '';
    return { status, problems: problems.filter((p) => p !== status), puzzled, verified: false, done: false };
  }
  if (diff.absentScopes.length) problems.push(t('content_absentRows', absentText(diff, preset)));
  if (requiredAbsent || requiredUnset.length) problems.push(t('content_doNotSave'));
  if (diff.unknownRows.length) problems.push(t('content_unknownRows', quotedList(diff.unknownRows)), t('content_teachHint'));
  if (byPosition.length) problems.push(tp('content_byPosition', byPosition.length));
  if (unrecognised.length) problems.push(t('content_unrecognisedRows', names(unrecognised)));
  if ((unrecognised.length || byPosition.length) && levelQuestions.length) problems.push(t('content_teachLevelHint', quotedList(levelQuestions)));
  const requiredMissing = requiredUnset.filter((r) => r.status === 'missing');
  if (requiredMissing.length) problems.push(t('content_requiredUnset', names(requiredMissing)));
  else if (missing.length) problems.push(t('content_missingRows', names(missing)));
  if (over.length) problems.push(t('content_overRows', names(over)));

  const done = verified && problems.length === 0;
  // Optional rows the merchant left out (issue 13) are right at their default: said, never a problem.
  const excluded = diff.rows.filter((r) => r.excluded);
  const leftOut = excluded.length ? ` ${t('content_leftOut', names(excluded))}` : '';
  const toChange = diff.rows.length - diff.matching;
  let status: string;
  if (diff.absentScopes.length) status = `${t('content_absentRows', absentText(diff, preset))}${requiredAbsent ? ` ${t('content_doNotSave')}` : ''}`;
  else if (diff.unknownRows.length) status = t('content_unknownRows', quotedList(diff.unknownRows));
  else if (byPosition.length) status = tp(allRight ? 'content_positionAllSet' : 'content_positionCheck', byPosition.length);
  else if (toChange > 0) status = tp(account ? 'content_resourcesToChange' : 'content_rowsToChange', toChange);
  else if (done) {
    const match = tp(account ? 'content_resourceMatchCount' : 'content_matchCount', diff.matching, diff.matching, diff.rows.length);
    status = `${match}${leftOut}${lastFill?.ok ? ` ${t('content_fillDone')}` : ''}`;
  } else status = `${t(account ? 'content_resourcesSet' : 'content_scopesSet')} ${thingsLeft(words, problems)}`;
  if (leftOut && !status.includes(leftOut)) status += leftOut;
  return { status, problems: problems.filter((p) => p !== status && !status.includes(p)), puzzled, verified, done };
}

/** "One thing left: Name needs at least 4 characters." or "2 things left (below)." */
function thingsLeft(words: Words, problems: readonly string[]): string {
  return problems.length === 1 ? words.t('content_oneThingLeft', problems[0]!) : words.tp('content_thingsLeft', problems.length);
}
