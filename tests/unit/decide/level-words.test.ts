/**
 * Level words no table reads ("The page we cannot see", item 2): the marker asks "Which level is
 * …?" once per page for each such option text, where its place cannot read it; what the merchant
 * taught reads the row's level on every row with that level, the fill chooses the option by it,
 * and a taught word the page's table reads otherwise is dropped.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { STORE_SCOPES, type ScopeId } from '../../../utils/scopes/catalogue';
import { taughtId } from '../../../utils/decide/taught';
import { decide } from '../../../utils/decide/decide';
import { readLevels } from '../../../utils/decide/read-levels';
import type { PageModel, ScopeRowModel } from '../../../utils/form/model';
import type { TaughtEntry } from '../../../utils/decide/taught-types';
import type { LevelId } from '../../../utils/scopes/types';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import { useEnglishMessages } from '../english';

beforeEach(useEnglishMessages);

const S28 = STORE_SCOPES.slice(0, 28).map((r) => r.id);
const NO_ACCESS = 'No access';
const preset = BUILTIN_PRESETS.find((p) => p.id === 'modern-retail-integration')!;

/** A BigDesign row read by its label whose menu was never opened: only its current text is known. */
function closedRow(key: number, id: ScopeId, currentText = NO_ACCESS, currentLevel: LevelId | null = null): ScopeRowModel {
  const label = STORE_SCOPES.find((r) => r.id === id)!.label;
  return { key, label, scopeId: id, signal: 'label', control: 'combobox', currentText, currentLevel, offered: [] };
}
const page = (rows: ScopeRowModel[]): PageModel => ({ tokenType: null, name: null, apiPath: null, rows, accessLevel: null, language: 'en' });
// Metafields Access has no None: its floor is Standard.
const closedPage = () => page(S28.map((id, i) => (id === 'metafields-access' ? closedRow(i, id, 'Standard', 'standard') : closedRow(i, id))));
const level = (label: string, l: LevelId, language: string | null = 'en'): TaughtEntry => ({
  kind: 'level',
  id: taughtId('store-level', language, label, 'level'),
  form: 'store-level',
  language,
  label,
  level: l,
  at: 1,
});

describe('a level word no table reads', () => {
  it('is asked about once, at the first row that shows it, with that row’s levels', () => {
    const d = decide(closedPage(), preset, null);
    const asked = d.markers!.filter((m) => m.levels?.length);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.key).toBe(0);
    const q = asked[0]!.levels![0]!;
    expect(q).toMatchObject({ kind: 'level', subject: NO_ACCESS, question: 'Which level is “No access”?', current: '' });
    expect(q.choices.map((c) => c.value)).toEqual(STORE_SCOPES[0]!.levels.map((l) => l.id));
    expect(d.view.problems).toContain('Tell Scopekeeper which level each unrecognised option is, with the question under “Content”; it remembers the answer for pages in this language.');
    expect(d.view.verified).toBe(false);
  });

  it('once taught, reads every row that shows it, and the fill chooses the option by it', () => {
    const d = decide(closedPage(), preset, null, new Set(), undefined, [level(NO_ACCESS, 'none')]);
    expect(d.model.rows.filter((r) => !(r.currentLevel === 'none' && r.levelTaught)).map((r) => r.scopeId)).toEqual(['metafields-access']);
    expect(d.diff!.rows.filter((r) => r.status === 'unrecognised')).toEqual([]);
    // Still asked (with its answer), so it can be changed.
    expect(d.markers!.find((m) => m.levels)!.levels![0]!.current).toBe('none');
    expect(d.markers![0]!.text).toContain('(level word taught)');
    // An over-granted row back to None: its step carries the taught text for None.
    const over = page(closedPage().rows.map((r) => (r.scopeId === 'themes' ? { ...r, currentText: 'modify', currentLevel: 'modify' as const } : r)));
    const plan = decide(over, preset, null, new Set(), undefined, [level(NO_ACCESS, 'none')]);
    expect(plan.steps.find((s) => s.kind === 'scope' && s.scopeId === 'themes')).toMatchObject({ level: 'none', texts: [NO_ACCESS] });
    expect(plan.targets!.texts).toEqual({ none: [NO_ACCESS] });
  });

  it('is a page language’s own: taught on a French page, it reads nothing on an English one', () => {
    const d = decide(closedPage(), preset, null, new Set(), undefined, [level(NO_ACCESS, 'none', 'fr')]);
    expect(d.model.rows.some((r) => r.levelTaught)).toBe(false);
  });

  it('means nothing on a row without that level, and nothing is dropped for it', () => {
    const out = readLevels(page([closedRow(0, 'products', 'Everything')]), new Map([['everything', level('Everything', 'full') as never]]));
    expect(out.model.rows[0]).toMatchObject({ currentLevel: null });
    expect(out.contradicted).toEqual([]);
    // Asked about where a row has Full, not here.
    expect(out.questions.get(0)).toBeUndefined();
  });

  it('is dropped where the page’s table reads it as another level', () => {
    const wrong = level('modify', 'read-only');
    const rows = S28.map((id, i) => ({ ...closedRow(i, id, 'None', 'none'), offered: STORE_SCOPES.find((r) => r.id === id)!.levels.map((l) => l.label) }));
    const d = decide(page(rows), preset, null, new Set(), undefined, [wrong]);
    expect(d.contradicted).toEqual([wrong]);
    expect(d.view.problems).toContain('Forgot what was taught about the option “modify”: this page reads it as another level.');
  });

  it('is read by its place while not taught, when the row’s options are known and fit (and still asked)', () => {
    const rows = S28.map((id, i) => closedRow(i, id, 'None', 'none'));
    rows[11] = { ...rows[11]!, control: 'native-select', offered: ['None', 'Look', 'Change'] };
    const d = decide(page(rows), preset, null);
    expect(d.model.rows[11]).toMatchObject({ levelByPosition: true, currentLevel: 'none' });
    // Its label is understood: the status does not say it is not.
    expect(d.view.problems).toContain('1 row read by position (its label or its options are not understood): check each row before saving.');
    expect(d.markers!.find((m) => m.key === 11)!.levels!.map((q) => q.subject)).toEqual(['Look', 'Change']);
    // Its fill chooses by place: the words say nothing.
    expect(d.steps.find((s) => s.kind === 'scope' && s.key === 11)).toMatchObject({ byPosition: true });
    // Both words taught: read by them, no longer by place.
    const taught = decide(page(rows), preset, null, new Set(), undefined, [level('Look', 'read-only'), level('Change', 'modify')]);
    expect(taught.model.rows[11]).toMatchObject({ levelTaught: true, currentLevel: 'none' });
    expect(taught.model.rows[11]!.levelByPosition).toBeUndefined();
    expect(taught.steps.find((s) => s.kind === 'scope' && s.key === 11)).toMatchObject({ byPosition: false, texts: ['Change'] });
  });
});

describe('a box word no table reads (account-level checkbox groups: one box per level)', () => {
  const WORD = 'Lesen erlaubt';
  const billing = BUILTIN_PRESETS.find((p) => p.id === 'unified-billing-app')!;
  const box = (key: number, label: string, scopeId: string, offered: string[], ticked: string[]): ScopeRowModel => ({
    key,
    label,
    scopeId: scopeId as ScopeRowModel['scopeId'],
    signal: 'label',
    control: 'checkboxes',
    currentText: ticked.join(', '),
    // As utils/dom/account-form.ts reads it: a ticked box no table reads leaves the group unread.
    currentLevel: ticked.length === 0 ? 'none' : null,
    offered,
  });
  const accountPage = (ticked: { subscriptions: string[]; checkouts: string[] }): PageModel => ({
    kind: 'account-level',
    tokenType: null,
    name: 'Billing',
    apiPath: null,
    accessLevel: null,
    language: null,
    rows: [box(0, 'Subscriptions', 'account-subscriptions', [WORD, 'cancel'], ticked.subscriptions), box(1, 'Checkouts', 'account-checkouts', [WORD, 'modify'], ticked.checkouts)],
  });
  const taught: TaughtEntry = { kind: 'level', id: taughtId('account-level', null, WORD, 'level'), form: 'account-level', language: null, label: WORD, level: 'read-only', at: 1 };

  it('is asked about once, at the first group that shows it, with that resource’s levels', () => {
    const d = decide(accountPage({ subscriptions: [], checkouts: [] }), billing, null);
    const asked = d.markers!.filter((m) => m.levels?.length);
    expect(asked.map((m) => m.key)).toEqual([0]);
    expect(asked[0]!.levels![0]).toMatchObject({ subject: WORD, current: '' });
    expect(asked[0]!.levels![0]!.choices.map((c) => c.value)).toContain('read-only');
  });

  it('once taught, reads the ticked boxes, and each step carries every taught word for its boxes', () => {
    const before = decide(accountPage({ subscriptions: [], checkouts: [] }), billing, null, new Set(), undefined, [taught]);
    expect(before.steps.filter((s) => s.kind === 'scope').map((s) => s.kind === 'scope' && s.boxTexts)).toEqual([{ 'read-only': [WORD] }, { 'read-only': [WORD] }]);
    const after = decide(accountPage({ subscriptions: [WORD, 'cancel'], checkouts: [WORD, 'modify'] }), billing, null, new Set(), undefined, [taught]);
    expect(after.model.rows.map((r) => [r.currentLevel, r.levelTaught])).toEqual([
      ['modify', true],
      ['modify', true],
    ]);
    expect(after.steps).toEqual([]);
    // Not taught: the same ticks are not understood, and nothing is claimed.
    expect(decide(accountPage({ subscriptions: [WORD, 'cancel'], checkouts: [WORD, 'modify'] }), billing, null).model.rows.map((r) => r.currentLevel)).toEqual([null, null]);
  });
});

describe('a taught row', () => {
  it('has its current level read by the page’s table (the scan knew no row to read it for)', () => {
    const row: ScopeRowModel = { key: 0, label: 'Catalogue entries', scopeId: 'products', signal: 'taught', control: 'native-select', currentText: 'modify', currentLevel: null, offered: ['None', 'read-only', 'modify'] };
    expect(readLevels(page([row])).model.rows[0]).toMatchObject({ currentLevel: 'modify' });
  });

  it('a taught resource’s ticked boxes are read too (account-level checkbox group)', () => {
    const row: ScopeRowModel = { key: 0, label: 'Checkout sessions', scopeId: 'account-checkouts', signal: 'taught', control: 'checkboxes', currentText: 'read, modify', currentLevel: null, offered: ['read', 'modify'] };
    expect(readLevels({ ...page([row]), kind: 'account-level', language: null }).model.rows[0]).toMatchObject({ currentLevel: 'modify' });
  });
});

describe('a taught level word is never the weaker reading', () => {
  const rowsWith = (offered: string[], currentText: string) =>
    page([{ key: 0, label: 'Products', scopeId: 'products', signal: 'label', control: 'native-select', currentText, currentLevel: null, offered }]);

  it('is left out of the whole reading and of the fill’s words where the page contradicts it', () => {
    // "modify" is read by the table as modify on Products: the word taught as read-only is dropped,
    // also for a later row that shows it unread by nothing else.
    const out = readLevels(rowsWith(['None', 'read-only', 'modify'], 'None'), new Map([['modify', level('modify', 'read-only') as never]]));
    expect(out.contradicted.map((e) => e.label)).toEqual(['modify']);
    expect(out.words.size).toBe(0);
  });

  it('does not read a row by a word for a level another of its options already has (which one is it?)', () => {
    const out = readLevels(rowsWith(['None', 'Look', 'Look too', 'modify'], 'Look too'), new Map([['look too', level('Look too', 'modify') as never]]));
    expect(out.model.rows[0]).toMatchObject({ currentLevel: null });
    expect(out.model.rows[0]!.levelTaught).toBeUndefined();
  });

  it('is contradicted by the current option’s parameter value (the scan’s reading)', () => {
    const model = page([{ ...closedRow(0, 'products', 'Everything', 'modify') }]);
    const out = readLevels(model, new Map([['everything', level('Everything', 'none') as never]]));
    expect(out.contradicted.map((e) => e.label)).toEqual(['Everything']);
    expect(out.model.rows[0]).toMatchObject({ currentLevel: 'modify' });
  });

  it('is asked about at a row that has its level, not at one that lacks it, and never when too long to keep', () => {
    const rows = [closedRow(0, 'metafields-access', 'Everything'), closedRow(1, 'products', 'Everything'), closedRow(2, 'orders', 'x'.repeat(201))];
    const out = readLevels(page(rows), new Map([['everything', level('Everything', 'modify') as never]]));
    expect([...out.questions.keys()]).toEqual([1]);
    expect(out.questions.get(1)).toEqual([{ text: 'Everything', level: 'modify' }]);
  });
});
