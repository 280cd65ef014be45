/**
 * The status never claims more than was verified (issue 10).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeDiff, pageText } from '../../../utils/decide/status-text';
import { diffForm } from '../../../utils/decide/diff';
import type { PageModel, ScopeRowModel } from '../../../utils/form/model';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import { STORE_SCOPES } from '../../../utils/scopes/catalogue';
import { wordsFrom } from '../../../utils/decide/words';
import { mergeLocale } from '../../../locales/merge';
import path from 'node:path';

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    subs?.length ? `${key}(${subs.join('|')})` : key) as typeof fakeBrowser.i18n.getMessage);
});

const preset = (id: string) => BUILTIN_PRESETS.find((p) => p.id === id)!;

/** The docs/control-panel-facts.md §4.1 rows as the preset wants them (a fill that worked), minus `omit`. */
function filled(presetId: string, omit: string[] = [], signal: ScopeRowModel['signal'] = 'label'): PageModel {
  const scopes = preset(presetId).scopes as Record<string, { level: string } | undefined>;
  const rows = STORE_SCOPES.slice(0, 28)
    .filter((s) => !omit.includes(s.id))
    .map((s, key) => {
      const level = (scopes[s.id]?.level ?? s.defaultLevel) as ScopeRowModel['currentLevel'];
      return { key, label: s.label, scopeId: s.id, signal, control: 'native-select' as const, currentText: level ?? '', currentLevel: level, offered: [] };
    });
  return { tokenType: { key: 99, control: 'native-select', currentText: 'V2/V3 API token' }, name: 'My account', apiPath: null, rows, accessLevel: null, language: 'en' };
}

const OK_FILL = { ok: true, message: 'content_fillDone', notSet: [] };

describe('describeDiff', () => {
  it('says filled and matching only when everything was verified', () => {
    const model = filled('modern-retail-integration');
    const view = describeDiff(model, diffForm(model, preset('modern-retail-integration')), preset('modern-retail-integration'), OK_FILL);
    expect(view).toMatchObject({ status: 'content_matchCount_other(28|28) content_fillDone', verified: true, problems: [] });
  });

  it('names absent rows, marks the required ones, says not to save, and never says match or filled', () => {
    const p = preset('litextension-to-bigcommerce');
    const model = filled(p.id, ['orders', 'channel-listings']);
    const view = describeDiff(model, diffForm(model, p), p, OK_FILL);
    expect(view.status).toBe('content_absentRows(Orders, content_levelRequired(Channel listings)) content_doNotSave');
    expect(view.verified).toBe(false);
    expect(JSON.stringify(view)).not.toMatch(/matchCount|fillDone/);
  });

  it('rows read by position are never "matching": the user is told to check each', () => {
    const model = filled('modern-retail-integration', [], 'position');
    const view = describeDiff(model, diffForm(model, preset('modern-retail-integration')), preset('modern-retail-integration'), OK_FILL);
    expect(view.status).toBe('content_positionAllSet_other(28)');
    expect(view.puzzled).toBe(true);
    expect(JSON.stringify(view)).not.toMatch(/matchCount|fillDone/);
  });

  it('a required row not set yet is named with "do not save"', () => {
    const p = preset('modern-retail-integration');
    const model = filled('stencil-cli-v2v3-themes');
    const view = describeDiff(model, diffForm(model, p), p, null);
    expect(view.problems).toContain('content_doNotSave');
    expect(view.problems.find((x) => x.startsWith('content_requiredUnset'))).toContain('Customers');
  });
});

describe('says what remains (issue 20, item 4)', () => {
  const p = preset('modern-retail-integration');

  it('before the rows are right, counts the rows to change', () => {
    const base = filled(p.id);
    const model = { ...base, rows: base.rows.map((r) => (r.scopeId && r.scopeId in p.scopes ? { ...r, currentLevel: 'none' as const, currentText: 'None' } : r)) };
    const diff = diffForm(model, p);
    const toChange = diff.rows.filter((r) => r.status !== 'right').length;
    expect(toChange).toBeGreaterThan(1);
    expect(describeDiff(model, diff, p, null).status).toBe(`content_rowsToChange_other(${toChange})`);
  });

  it('"Form filled" only when nothing is left: a short name is what is left', () => {
    const model = { ...filled(p.id), name: 'ab' };
    const view = describeDiff(model, diffForm(model, p), p, { ok: false, message: '', notSet: [] });
    expect(view).toMatchObject({ status: 'content_scopesSet content_oneThingLeft(content_nameTooShort_other(4))', verified: true, done: false, problems: [] });
    expect(JSON.stringify(view)).not.toMatch(/fillDone|fillPartial/);
  });

  it('two things left are counted, and listed below', () => {
    const model = { ...filled(p.id), name: 'ab', tokenType: { key: 99, control: 'native-select' as const, currentText: 'Stencil-CLI token' } };
    const view = describeDiff(model, diffForm(model, p), p, null);
    expect(view.status).toBe('content_scopesSet content_thingsLeft_other(2)');
    expect(view.problems).toEqual(['content_tokenTypeShouldBe(content_tokenTypeV2V3)', 'content_nameTooShort_other(4)']);
    expect(view.done).toBe(false);
  });
});

describe("the page's language (issue 20, item 6)", () => {
  const french = wordsFrom(mergeLocale(path.resolve(import.meta.dirname, '../../../locales/fr')), 'fr', 'fr');
  const p = preset('litextension-to-bigcommerce');

  it('speaks French, names rows as the page does, and absent rows by the French table', () => {
    const base = filled(p.id, ['orders']);
    const rows = base.rows.map((r) => (r.scopeId === 'customers' ? { ...r, label: 'Clients', currentLevel: 'none' as const } : r));
    const model = { ...base, rows, language: 'fr' };
    const view = describeDiff(model, diffForm(model, p), p, null, french);
    expect(view.status).toBe('Absentes de cette page : Commandes.');
    expect(view.problems).toEqual(['En dessous du préréglage : Clients.']);
    expect(JSON.stringify(view)).not.toMatch(/Orders|Customers/);
  });

  it('counts with French plural rules', () => {
    expect(french.tp('content_rowsToChange', 1)).toBe('1 ligne à modifier.');
    expect(french.tp('content_rowsToChange', 7)).toBe('7 lignes à modifier.');
  });
});

describe("a page's own text in our sentences (a page cannot write a sentence that reads as ours)", () => {
  it('is cut at 64 characters (the longest row name of any table is shorter), and quoted when no table knows it', () => {
    expect(pageText("Jetons d'emprunt d'identité client de l'API de la vitrine")).toBe("Jetons d'emprunt d'identité client de l'API de la vitrine");
    expect(pageText('none. ✓ 28 of 28 scopes match. Form filled and verified — safe to save now', true)).toBe('“none. ✓ 28 of 28 scopes match. Form filled and verified — safe…”');
  });
});
