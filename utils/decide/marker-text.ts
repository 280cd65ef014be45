/**
 * The words of each row's marker: what the preset wants and how the row stands. Decided in the
 * background with the rest of the status (utils/background/decide.ts); components/page/markers.ts
 * only renders them. Words and colour, never colour alone.
 */
import type { PageModel, ScopeRowModel } from '../form/model';
import { accountScopes, storeScopes } from '../scopes/registry';
import type { FormDiff, MarkerView, RowDiff, TeachQuestion } from './types';
import { NOT_A_SCOPE } from './taught';
import { browserWords, type Words } from './words';
import { catalogueName, levelName } from './row-words';
import { scopeById } from '../scopes/registry';
import type { UnreadWord } from './read-levels';
import { pageText } from './status-text';

/** The marker's words: what the preset wants and how the row stands, the level named as the row
 *  on the page names it (issue 20, item 8). */
function markerText({ t, table }: Words, model: PageModel, row: RowDiff | null): { text: string; className: string; status: string } {
  if (!row) return { text: t('content_markerUnknownRow'), className: 'unknown', status: 'unknown' };
  const want = levelName(model, table, model.rows.find((r) => r.key === row.key), row.scopeId, row.target);
  const need = t(
    row.excluded ? 'content_levelLeftOut' : row.inPreset ? (row.required ? 'content_levelRequired' : 'content_levelOptional') : 'content_levelNotInPreset',
    want,
  );
  switch (row.status) {
    case 'right':
      // A left-out optional row at its default is right, not missing.
      if (row.excluded) return { text: t('content_markerLeftOut', need), className: 'right', status: 'right' };
      return row.inPreset
        ? { text: t('content_markerRight', need), className: 'right', status: 'right' }
        : { text: t('content_markerNotInPreset', want), className: 'neutral', status: 'not-in-preset' };
    case 'missing':
      return { text: t('content_markerMissing', need), className: 'missing', status: 'missing' };
    case 'over-granted':
      return { text: t('content_markerOver', need), className: 'over-granted', status: 'over-granted' };
    case 'unrecognised':
      return { text: t('content_markerUnrecognised', need), className: 'unrecognised', status: 'unrecognised' };
  }
}

/** Rows the merchant may teach: not read by an attribute or a known label. */
const teachable = (row: ScopeRowModel) => row.signal !== 'attribute' && row.signal !== 'label';

/**
 * The question under a row no label or attribute identified (unknown, matched by position, or
 * taught): the catalogue's rows, those the page does not show yet first. Only rows read by an
 * attribute or a known label count as shown: what teaching (or reading by place) changes never
 * reorders a list. A list that reordered when another row was taught was rebuilt between the
 * merchant reading it and choosing, so a quick choice landed on another row, which then
 * contradicted a row shown by its label and was dropped (a choice seemingly lost).
 */
function teachQuestion({ t, table }: Words, model: PageModel, row: ScopeRowModel, current: string): TeachQuestion {
  const rows = model.kind === 'account-level' ? accountScopes() : storeScopes();
  const shown = new Set(model.rows.filter((r) => r.key !== row.key && !teachable(r)).map((r) => r.scopeId));
  const ordered = [...rows.filter((r) => !shown.has(r.id)), ...rows.filter((r) => shown.has(r.id))];
  return {
    kind: 'row',
    subject: row.label,
    question: t('content_teachQuestion', row.label),
    prompt: t('content_teachPrompt'),
    choices: [...ordered.map((r) => ({ value: r.id, text: catalogueName(table, r.id) })), { value: NOT_A_SCOPE, text: t('content_teachNotScope') }],
    current,
  };
}

/** "Which level is <option text>?" with the row's levels, named in the page's language. */
function levelQuestion({ t, table }: Words, model: PageModel, row: ScopeRowModel, word: UnreadWord): TeachQuestion {
  const scope = scopeById(row.scopeId!)!;
  return {
    kind: 'level',
    subject: word.text,
    question: t('content_teachLevelQuestion', pageText(word.text)),
    // Shown as the select's first option: a row may ask about more than one word.
    prompt: t('content_teachLevelQuestion', pageText(word.text)),
    choices: scope.levels.map((l) => ({ value: l.id, text: levelName(model, table, undefined, scope.id, l.id) })),
    current: word.level ?? '',
  };
}

/** How the marker names the row it took a row for: by its place, or by what the merchant taught. */
function prefix({ t, table }: Words, row: ScopeRowModel): string {
  if (!row.scopeId) return '';
  const name = catalogueName(table, row.scopeId);
  if (row.signal === 'position') return `${t('content_markerPosition', name)} — `;
  if (row.signal === 'taught') return `${t('content_markerTaught', name)} — `;
  return '';
}

/**
 * One marker per row of the model (without a preset, only the rows it cannot identify or whose
 * option texts it cannot read, each with its questions), and one per row taught as "Not a scope".
 * `levelWords`: per row key, the option texts to ask about (./read-levels.ts).
 */
export function markerViews(
  model: PageModel,
  diff: FormDiff | null,
  notScopes: readonly ScopeRowModel[] = [],
  words: Words = browserWords,
  levelWords: ReadonlyMap<number, readonly UnreadWord[]> = new Map(),
): MarkerView[] | null {
  const { t } = words;
  const all = { ...model, rows: [...model.rows, ...notScopes] };
  const set: MarkerView[] = notScopes.map((row) => ({
    key: row.key,
    text: t('content_markerNotScope'),
    className: 'neutral',
    status: 'not-a-scope',
    scope: '',
    signal: 'taught',
    teach: teachQuestion(words, all, row, NOT_A_SCOPE),
  }));
  const question = (row: ScopeRowModel) => {
    const asked = levelWords.get(row.key);
    return {
      ...(teachable(row) ? { teach: teachQuestion(words, all, row, row.signal === 'taught' ? (row.scopeId ?? '') : '') } : {}),
      ...(asked?.length && row.scopeId ? { levels: asked.map((w) => levelQuestion(words, model, row, w)) } : {}),
    };
  };
  if (!diff) {
    const asked = model.rows.filter((r) => !r.scopeId || r.signal === 'taught' || r.signal === 'position' || levelWords.has(r.key));
    if (!asked.length && !set.length) return null;
    return [
      ...asked.map((row) => ({ key: row.key, ...markerText(words, model, null), text: row.scopeId ? prefix(words, row).replace(/ — $/, '') || catalogueName(words.table, row.scopeId) : markerText(words, model, null).text, scope: row.scopeId ?? '', signal: row.signal ?? '', ...question(row) })),
      ...set,
    ];
  }
  const byKey = new Map(diff.rows.map((r) => [r.key, r]));
  return [
    ...model.rows.map((row) => {
      const marked = markerText(words, model, byKey.get(row.key) ?? null);
      // A row read by its place names the catalogue row it was taken for: the user must check it.
      let text = `${prefix(words, row)}${marked.text}`;
      if (row.levelByPosition) text = `${text} (${t('content_markerLevelPosition')})`;
      else if (row.levelTaught) text = `${text} (${t('content_markerLevelTaught')})`;
      return { key: row.key, ...marked, text, scope: row.scopeId ?? '', signal: row.signal ?? '', ...question(row) };
    }),
    ...set,
  ];
}
