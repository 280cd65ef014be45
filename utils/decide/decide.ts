/**
 * Decide, for the content script: how the form it read stands against a preset (diff), the words
 * for it (headline, problems, markers), the preset's optional rows with their ticks, and the steps
 * a fill would take. Here rather than in the content script because it is pure logic and words,
 * and the content script's budget is for reading and driving the page (collect → decide →
 * execute, with decide in the background).
 */
import { describeDiff, fillSentence } from './status-text';
import { markerViews } from './marker-text';
import { diffForm, wantedAccess } from './diff';
import type { PageModel } from '../form/model';
import { planFill } from './plan';
import { optionalRowIds } from '../presets/choice';
import { presetKind, type Preset, type PresetKind } from '../presets/types';
import { accountScopes, storeScopes } from '../scopes/registry';
import type { LevelId } from '../scopes/types';
import { placeUnknownResources, readPositions } from './structure';
import { readLevels } from './read-levels';
import { panelWords } from './panel-words';
import type { Decision, FillReport, FillTargets, FormDiff, StatusView } from './types';
import { browserWords, type Words } from './words';
import { rowName } from './row-words';
import { applyTaught, taughtWords, textsByLevel } from './taught';
import type { TaughtEntry } from './taught-types';

/** "Form filled" only when everything was set and verified on the fresh reading, and nothing else
 *  is left on the form; else why not (in the popup's words: the browser's). */
function fillOutcome(model: PageModel, diff: FormDiff | null, view: StatusView, failed: readonly string[]): FillReport {
  const notSet = [...new Set([...failed, ...(diff?.rows.filter((r) => r.status !== 'right').map((r) => r.label) ?? [])])];
  const byPosition = model.rows.some((r) => r.signal === 'position');
  const ok = notSet.length === 0 && view.done;
  // Verified with something left (the name): the headline says what, "Scopes set. One thing left: …".
  const message = ok ? browserWords.t('content_fillDone') : (fillSentence(browserWords, { ok, notSet }, byPosition, view.verified) ?? view.status);
  // The popup lists these under the fill's message: the headline too when something is wrong.
  return { ok, message, notSet, problems: ok ? view.problems : [view.status, ...view.problems].filter((p) => p !== message) };
}

/**
 * The form as decided on (and as "Copy page report" shows it): what the merchant taught about row
 * labels first, rows taught as "Not a scope" set aside; then structure (the account-level form is
 * read by its labels and level words only: structure knows the store-level list); then each row's
 * level, by the tables, taught words or option order.
 */
export function readPage(read: PageModel, taught: readonly TaughtEntry[]) {
  const learnt = applyTaught(read, taught);
  const kept = { ...learnt.model, rows: learnt.model.rows.filter((r) => !learnt.notScopes.includes(r.key)) };
  const placed = read.kind === 'account-level' ? placeUnknownResources(kept, accountScopes()) : readPositions(kept);
  return { learnt, levels: readLevels(placed, taughtWords(taught, read.kind ?? 'store-level', read.language)) };
}

/**
 * `excluded`: the preset's optional rows the merchant left out on this store
 * (utils/presets/choice-store.ts). `failed`: given after a fill, the labels of its steps that failed.
 * `droppedBefore`: taught mappings this page contradicted in an earlier decision (already
 * forgotten; utils/background/dropped-taught.ts), still named in the view.
 */
export function decide(
  read: PageModel,
  preset: Preset | null,
  lastFill: FillReport | null,
  excluded: ReadonlySet<string> = new Set(),
  failed?: readonly string[],
  taught: readonly TaughtEntry[] = [],
  droppedBefore: readonly TaughtEntry[] = [],
  words: Words = browserWords,
): Decision {
  const { learnt, levels } = readPage(read, taught);
  const model = levels.model;
  const contradicted = [...learnt.contradicted, ...levels.contradicted];
  const texts = textsByLevel(levels.words);
  // A preset for the other create form does not apply here (the panel offers only this form's).
  if (preset && presetKind(preset) !== (read.kind ?? 'store-level')) preset = null;
  const formShown = model.rows.some((r) => r.scopeId) || model.accessLevel !== null;
  const diff = preset && formShown ? diffForm(model, preset, excluded) : null;
  // Said for as long as the page is open, not only by the decision that dropped them.
  const dropped = [...droppedBefore.filter((e) => !contradicted.some((c) => c.id === e.id)), ...contradicted];
  // Two views: the popup's in the browser's language, the panel's in the page's (issue 20, item 6).
  // Where a word is still to be answered (a taught one is asked too, so it can be changed).
  const askedUnder = model.rows.filter((r) => levels.questions.get(r.key)?.some((w) => w.level === null)).map((r) => r.label);
  const describe = (lastFill: FillReport | null, w: Words) => withDropped(w, describeDiff(model, diff, preset, lastFill, w, askedUnder), dropped);
  let view = describe(lastFill, browserWords);
  // After a fill, its outcome is judged on this reading, and the view already says it: the page
  // shows this decision as it is, without asking again.
  const fill = failed ? fillOutcome(model, diff, view, failed) : null;
  if (fill) view = describe(fill, browserWords);
  const onPage = describe(fill ?? lastFill, words);
  view = { ...view, page: { status: onPage.status, problems: onPage.problems, words: panelWords(words.lang, words.t) } };
  const notScopes = learnt.model.rows.filter((r) => learnt.notScopes.includes(r.key));
  return {
    model,
    diff,
    view,
    markers: markerViews(model, diff, notScopes, words, levels.questions),
    contradicted,
    steps: preset && diff ? planFill(model, diff, preset, texts) : [],
    targets: preset ? fillTargets(preset, read.kind ?? 'store-level', excluded, texts) : null,
    optional: preset
      ? optionalRowIds(preset).map((id) => ({ id, text: words.t('content_includeRow', rowName(model, words.table, id)), included: !excluded.has(id) }))
      : [],
    fill,
  };
}

/** The view, with a notice for each taught mapping the page contradicted (the background forgets them). */
function withDropped({ t }: Words, view: StatusView, dropped: readonly TaughtEntry[]): StatusView {
  if (dropped.length === 0) return view;
  return { ...view, problems: [...view.problems, ...dropped.map((e) => t(e.kind === 'level' ? 'content_taughtLevelDropped' : 'content_taughtDropped', e.label))] };
}

/**
 * Where every row of the form should end, for a form the page re-renders in the middle of a fill
 * (switching the token type swaps the rows): the content script plans the rest on its fresh
 * reading with ./replan.ts instead of asking again.
 */
function fillTargets(preset: Preset, kind: PresetKind, excluded: ReadonlySet<string>, texts: FillTargets['texts']): FillTargets {
  const rows = kind === 'account-level' ? accountScopes() : storeScopes();
  const levels: Record<string, LevelId> = {};
  for (const row of rows) {
    const wanted = preset.scopes[row.id];
    levels[row.id] = wanted && !(!wanted.required && excluded.has(row.id)) ? wanted.level : row.defaultLevel;
  }
  return { name: preset.accountName ?? null, access: wantedAccess(preset), levels, texts };
}
