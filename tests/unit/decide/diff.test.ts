import { describe, expect, it } from 'vitest';
import { diffForm } from '../../../utils/decide/diff';
import { tokenTypeFromText, tokenTypeMatches } from '../../../utils/form/token-type';
import { planFill } from '../../../utils/decide/plan';
import type { PageModel, ScopeRowModel } from '../../../utils/form/model';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import type { Preset } from '../../../utils/presets/types';
import { STORE_SCOPES } from '../../../utils/scopes/catalogue';
import type { LevelId } from '../../../utils/scopes/types';

const modernRetail = BUILTIN_PRESETS.find((p) => p.name === 'Modern Retail Integration')!;

/** A form with the 28 rows of docs/control-panel-facts.md §4.1 at their defaults, with overrides by scope id. */
function model(levels: Record<string, LevelId | null> = {}, extra: Partial<PageModel> = {}): PageModel {
  const rows: ScopeRowModel[] = STORE_SCOPES.slice(0, 28).map((scope, i) => {
    const level = scope.id in levels ? levels[scope.id]! : scope.defaultLevel;
    return {
      key: i + 1,
      label: scope.label,
      scopeId: scope.id,
      signal: 'label',
      control: 'combobox',
      currentText: level ?? 'Sometimes',
      currentLevel: level,
      offered: [],
    };
  });
  return {
    tokenType: { key: 0, control: 'combobox', currentText: 'V2/V3 API token' },
    name: '',
    apiPath: null,
    rows,
    accessLevel: null,
    language: 'en',
    ...extra,
  };
}

const preset = (scopes: Preset['scopes'], more: Partial<Preset> = {}): Preset => ({
  id: 'p',
  name: 'P',
  description: '',
  sources: [{ url: 'https://example.com', title: 'x' }],
  tokenType: 'v2v3',
  scopes,
  ...more,
});

describe('optional rows left out', () => {
  const lit = BUILTIN_PRESETS.find((p) => p.id === 'litextension-to-bigcommerce')!;
  const leftOut = new Set(['orders']);

  it('a left-out optional row at its default is right, and named as left out', () => {
    const diff = diffForm(model({ content: 'modify', customers: 'modify', 'information-settings': 'modify', marketing: 'modify', products: 'modify', 'channel-settings': 'modify', 'channel-listings': 'modify' }), lit, leftOut);
    const orders = diff.rows.find((r) => r.scopeId === 'orders')!;
    expect(orders).toMatchObject({ target: 'none', status: 'right', excluded: true, inPreset: true, required: false });
    expect(diff.matching).toBe(28);
  });

  it('granting a left-out row is over-granting; the plan sets it back to its default', () => {
    const form = model({ orders: 'modify' });
    const diff = diffForm(form, lit, leftOut);
    expect(diff.rows.find((r) => r.scopeId === 'orders')?.status).toBe('over-granted');
    expect(planFill(form, diff, lit)).toContainEqual(expect.objectContaining({ kind: 'scope', scopeId: 'orders', level: 'none' }));
  });

  it('a required row cannot be left out, whatever the set says', () => {
    const diff = diffForm(model(), lit, new Set(['content']));
    expect(diff.rows.find((r) => r.scopeId === 'content')).toMatchObject({ target: 'modify', status: 'missing', excluded: false });
  });

  it('a left-out row missing from the page is not reported as absent', () => {
    const form = model();
    form.rows = form.rows.filter((r) => r.scopeId !== 'orders');
    expect(diffForm(form, lit, leftOut).absentScopes).toEqual([]);
    expect(diffForm(form, lit).absentScopes).toEqual(['orders']);
  });
});

describe('diffForm', () => {
  it('a fresh form against Modern Retail: its ten rows are missing, the rest right', () => {
    const diff = diffForm(model(), modernRetail);
    expect(diff.rows).toHaveLength(28);
    expect(diff.rows.filter((r) => r.status === 'missing').map((r) => r.scopeId).sort()).toEqual(
      Object.keys(modernRetail.scopes).sort(),
    );
    expect(diff.matching).toBe(18);
    expect(diff.name.ok).toBe(false);
    expect(diff.tokenType.ok).toBe(true);
  });

  it('ranks levels: below is missing, equal is right, above is over-granted', () => {
    const p = preset({ customers: { level: 'read-only', required: true } });
    const status = (level: LevelId) => diffForm(model({ customers: level }), p).rows.find((r) => r.scopeId === 'customers')!.status;
    expect(status('none')).toBe('missing');
    expect(status('read-only')).toBe('right');
    expect(status('modify')).toBe('over-granted');
  });

  it('a row the preset leaves alone is over-granted above its default (least privilege)', () => {
    const diff = diffForm(model({ themes: 'read-only', 'metafields-access': 'full' }), preset({}));
    const byId = Object.fromEntries(diff.rows.map((r) => [r.scopeId, r]));
    expect(byId.themes).toMatchObject({ status: 'over-granted', target: 'none', inPreset: false });
    expect(byId['metafields-access']).toMatchObject({ status: 'over-granted', target: 'standard' });
    expect(byId.products).toMatchObject({ status: 'right', inPreset: false });
  });

  it('reports unknown rows, unrecognised levels and preset rows the page lacks', () => {
    const base = model({ orders: null });
    base.rows = base.rows.filter((r) => r.scopeId !== 'carts');
    base.rows.push({ key: 99, label: 'Infrastructure Logs', scopeId: null, signal: null, control: 'combobox', currentText: 'None', currentLevel: null, offered: [] });
    const diff = diffForm(base, modernRetail);
    expect(diff.unknownRows).toEqual(['Infrastructure Logs']);
    expect(diff.absentScopes).toEqual(['carts']);
    expect(diff.rows.find((r) => r.scopeId === 'orders')!.status).toBe('unrecognised');
  });

  it('checks the name (at least 4 characters) and the token type', () => {
    expect(diffForm(model({}, { name: 'abc' }), modernRetail).name.ok).toBe(false);
    expect(diffForm(model({}, { name: ' abcd ' }), modernRetail).name.ok).toBe(true);
    const stencil = model({}, { tokenType: { key: 0, control: 'native-select', currentText: 'Stencil-CLI token' } });
    expect(diffForm(stencil, modernRetail).tokenType.ok).toBe(false);
    expect(tokenTypeMatches('V2/V3 API token', 'v2v3')).toBe(true);
    expect(tokenTypeMatches('Stencil-CLI token', 'stencil-cli')).toBe(true);
    expect(tokenTypeMatches('', 'v2v3')).toBe(false);
    expect(tokenTypeFromText('V2/V3 API token')).toBe('v2v3');
    expect(tokenTypeFromText('Stencil-CLI token')).toBe('stencil-cli');
    expect(tokenTypeFromText('Choose…')).toBeNull();
  });
});

describe('planFill', () => {
  it('sets every row that is not right, token type first, and an empty name', () => {
    const m = model({ themes: 'modify' }, { tokenType: { key: 0, control: 'combobox', currentText: '' } });
    const steps = planFill(m, diffForm(m, modernRetail), modernRetail);
    expect(steps[0]).toEqual({ kind: 'token-type', key: 0, tokenType: 'v2v3' });
    expect(steps[1]).toEqual({ kind: 'name', value: 'Modern Retail Integration' });
    const scopeSteps = steps.filter((s) => s.kind === 'scope');
    expect(scopeSteps).toHaveLength(11);
    expect(scopeSteps).toContainEqual(expect.objectContaining({ scopeId: 'themes', level: 'none' }));
    expect(scopeSteps).toContainEqual(expect.objectContaining({ scopeId: 'customers', level: 'modify' }));
  });

  it('keeps a name the user typed and plans nothing for a form that is already right', () => {
    const levels = Object.fromEntries(Object.entries(modernRetail.scopes).flatMap(([id, s]) => (s ? [[id, s.level]] : [])));
    const m = model(levels, { name: 'My ERP' });
    expect(planFill(m, diffForm(m, modernRetail), modernRetail)).toEqual([]);
  });

  it('plans no name for a preset without a suggested name', () => {
    const m = model();
    const p = preset({ content: { level: 'modify', required: true } });
    const steps = planFill(m, diffForm(m, p), p);
    expect(steps).toEqual([{ kind: 'scope', key: 1, scopeId: 'content', label: 'Content', level: 'modify', byPosition: false }]);
  });
});
