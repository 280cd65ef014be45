import { describe, expect, it } from 'vitest';
import { draftFromPreset, emptyDraft, idFromName, presetFromDraft } from '../../../components/presets/draft';
import { fieldIdForPath } from '../../../components/presets/editor-fields';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import { presetIdSchema, presetSchema } from '../../../utils/presets/schema';

describe('editor draft', () => {
  it.each(BUILTIN_PRESETS.map((p) => [p.id, p] as const))('%s survives draft → preset unchanged', (_id, p) => {
    expect(presetFromDraft(draftFromPreset(p))).toEqual(p);
  });

  it('keeps keepTxt and an optional row\'s include: false; a row made required drops include', () => {
    const p = { ...BUILTIN_PRESETS.find((x) => x.id === 'modern-retail-integration')!, keepTxt: true };
    const withOff = { ...p, scopes: { ...p.scopes, themes: { level: 'read-only' as const, required: false, include: false } } };
    expect(presetFromDraft(draftFromPreset(withOff))).toEqual(withOff);
    const d = draftFromPreset(withOff);
    d.scopes.themes = { ...d.scopes.themes!, required: true };
    d.keepTxt = false;
    const back = presetFromDraft(d);
    expect(back.scopes.themes).toEqual({ level: 'read-only', required: true });
    expect(back).not.toHaveProperty('keepTxt');
  });

  it('trims fields, drops an empty account name and blank note lines, keeps blank sources (for error paths)', () => {
    const d = emptyDraft();
    d.id = ' acme ';
    d.name = '  Acme ';
    d.accountName = '   ';
    d.notes = 'one\n\n  two  \n';
    d.sources = [{ url: '', title: '' }, { url: ' https://x.example ', title: ' X ' }];
    d.scopes.orders = { level: 'modify', required: true };
    d.scopes.products = { level: '', required: true };
    const p = presetFromDraft(d);
    expect(p).toEqual({
      id: 'acme',
      name: 'Acme',
      description: '',
      sources: [{ url: '', title: '' }, { url: 'https://x.example', title: 'X' }],
      tokenType: 'v2v3',
      scopes: { orders: { level: 'modify', required: true } },
      notes: ['one', 'two'],
    });
    const issues = presetSchema.safeParse(p).error?.issues.map((i) => i.path.join('.'));
    expect(issues).toEqual(['sources.0.url', 'sources.0.title']);
  });

  it('drops scope rows for a Stencil-CLI token (its form has none)', () => {
    const d = draftFromPreset(BUILTIN_PRESETS.find((p) => p.id === 'modern-retail-integration')!);
    d.tokenType = 'stencil-cli';
    expect(presetFromDraft(d).scopes).toEqual({});
  });

  it('an account-level draft saves only account-level resources, no token type or Stencil access, kind set', () => {
    const d = emptyDraft('account-level');
    Object.assign(d, { id: 'acct', name: 'Acct', sources: [{ url: 'https://x.example', title: 'X' }], tokenType: 'stencil-cli', stencilAccess: 'publish-theme' });
    d.scopes['account-users'] = { level: 'write', required: true };
    d.scopes.charges = { level: 'modify', required: false, include: false };
    // Chosen while the draft was store-level: kept in the draft, not saved with the account-level form.
    d.scopes.orders = { level: 'modify', required: true };
    const p = presetFromDraft(d);
    expect(p).toEqual({
      id: 'acct',
      kind: 'account-level',
      name: 'Acct',
      description: '',
      sources: [{ url: 'https://x.example', title: 'X' }],
      tokenType: 'v2v3',
      scopes: { 'account-users': { level: 'write', required: true }, charges: { level: 'modify', required: false, include: false } },
    });
    expect(presetSchema.safeParse(p).error?.issues ?? []).toEqual([]);
    // And back: switching the same draft to store-level saves only the store rows.
    expect(presetFromDraft({ ...d, kind: 'store-level', tokenType: 'v2v3' }).scopes).toEqual({ orders: { level: 'modify', required: true } });
  });

  it('reads an account-level preset into an account-level draft', () => {
    const d = draftFromPreset(BUILTIN_PRESETS.find((p) => p.id === 'unified-billing-app')!);
    expect(d.kind).toBe('account-level');
    expect(d.scopes['account-checkouts']).toEqual({ level: 'modify', required: true });
    expect(d.scopes.orders).toEqual({ level: '', required: false });
    expect(emptyDraft().kind).toBe('store-level');
  });

  it('suggests kebab-case ids from names', () => {
    expect(idFromName('Acme Sync!')).toBe('acme-sync');
    expect(idFromName('  Ünïcode — Presét 2 ')).toBe('unicode-preset-2');
    expect(idFromName('!!!')).toBe('');
    expect(idFromName('a'.repeat(70))).toHaveLength(64);
    expect(presetIdSchema.safeParse(idFromName(`${'ab-'.repeat(30)}x`)).success).toBe(true);
  });
});

describe('fieldIdForPath', () => {
  it.each([
    ['name', 'pe-name'],
    ['id', 'pe-id'],
    ['accountName', 'pe-account-name'],
    ['sources[1].title', 'pe-source-1-title'],
    ['sources[0]', 'pe-source-0-url'],
    ['sources', 'pe-source-0-url'],
    ['scopes.customers-login.level', 'pe-scope-customers-login'],
    ['scopes.account-users.level', 'pe-scope-account-users'],
    ['kind', 'pe-kind'],
    ['notes[2]', 'pe-notes'],
    ['scopes', null],
    ['', null],
  ])('%s → %s', (path, id) => {
    expect(fieldIdForPath(path, 2)).toBe(id);
  });

  it('points at "Add source" when there is no source row', () => {
    expect(fieldIdForPath('sources', 0)).toBe('pe-add-source');
  });
});
