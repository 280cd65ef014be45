import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { issueLine, issueText } from '../../../components/presets/issue-text';
import { fileFieldLabel } from '../../../components/presets/field-words';
import { scopeLines, scopeSummary } from '../../../components/presets/labels';
import { useEnglishMessages } from '../english';
import { importPresetFile, validatePreset } from '../../../utils/presets/store';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';


const base = structuredClone(BUILTIN_PRESETS.find((p) => p.id === 'modern-retail-integration')!);

async function texts(presets: unknown[]): Promise<Record<string, string>> {
  const result = await importPresetFile(JSON.stringify({ format: 'scopekeeper-preset', version: 1, presets }));
  if (result.ok) throw new Error('expected problems');
  return Object.fromEntries(result.issues.map((i) => [i.path, issueText(i)]));
}

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
});

describe('words for optional rows and links', () => {
  it('an include: false on a required row, the whole-link problems, and the one-line form', async () => {
    const found = await texts([{ ...base, scopes: { ...base.scopes, orders: { level: 'modify', required: true, include: false } } }]);
    expect(found['presets[0].scopes.orders.include']).toBe('cannot be false on a required row: a required row is always included.');
    expect(issueText({ path: '', message: '', code: 'bad-link' })).toMatch(/^is not a complete Scopekeeper preset link/);
    expect(issueLine({ path: '', message: '', code: 'link-one-preset' }, '(link)')).toBe('(link): must hold exactly one preset in a preset link.');
  });

  it('summarises a scope table in one line: rows by level, most first, and the optional count', () => {
    const lit = BUILTIN_PRESETS.find((p) => p.id === 'litextension-to-bigcommerce')!;
    expect(scopeSummary(scopeLines(lit))).toBe('8 rows: 8 modify; 3 optional');
    expect(scopeSummary(scopeLines(base))).toBe('10 rows: 6 modify, 2 read-only, 2 manage');
  });

  it('lists an account-level preset\'s resources by their labels, in the form\'s order', () => {
    const billing = BUILTIN_PRESETS.find((p) => p.id === 'unified-billing-app')!;
    const reversed = { ...billing, scopes: Object.fromEntries(Object.entries(billing.scopes).reverse()) };
    expect(scopeLines(reversed).map((l) => `${l.row.label}=${l.level}`)).toEqual(['Account Checkouts=modify', 'Account Subscriptions=modify']);
    expect(scopeSummary(scopeLines(billing), 'account-level')).toBe('2 resources: 2 modify');
  });
});

describe('issueText', () => {
  it('words every kind of file problem from the locale, never falling back to zod English', async () => {
    // zod skips refinements over data that already failed, so the refinement cases get presets
    // (and a file) of their own.
    const found = await texts([
      {
        ...base,
        id: 'Bad Id',
        name: '',
        accountName: 'abc',
        sources: [{ url: 'http://x.example', title: 'x' }],
        tokenType: 'v3',
        scopes: { orders: { level: 'modify' } },
        colour: 'red',
      },
      { ...base, id: 'stencil', tokenType: 'stencil-cli' },
      { ...base, id: 'levels', scopes: { 'customers-login': { level: 'modify', required: true }, nope: { level: 'none', required: false } } },
    ]);
    expect(found).toEqual({
      'presets[0].id': 'must be kebab-case: a–z, 0–9 and single hyphens.',
      'presets[0].name': 'must not be empty.',
      'presets[0].accountName': 'must be at least 4 characters.',
      'presets[0].sources[0].url': 'must be an https URL.',
      'presets[0].tokenType': 'must be one of: "v2v3", "stencil-cli".',
      'presets[0].scopes.orders.required': 'is missing or is not true or false.',
      'presets[0].colour': 'is not a field of the preset file format.',
      'presets[1].scopes': 'must be empty: a Stencil-CLI token has no scope rows.',
      'presets[2].scopes.customers-login.level': 'is not a level that Customers login offers (it offers: None, login).',
      'presets[2].scopes.nope': 'is not a scope id Scopekeeper knows (see the scope table in the preset file format).',
    });
    expect(await texts([{ ...base, id: 'twice' }, { ...base, id: 'twice' }])).toEqual({
      'presets[1].id': 'is used by another preset in this file.',
    });
  });

  it('words the account-level checks: ids of the other kind, levels, token type, Stencil access', async () => {
    const account = { id: 'acct', kind: 'account-level', name: 'Acct', description: '', sources: base.sources };
    expect(
      await texts([
        { ...account, scopes: { orders: { level: 'modify', required: true }, 'account-users': { level: 'modify', required: true } } },
        { ...account, id: 'acct-2', tokenType: 'stencil-cli', stencilAccess: 'publish-theme', scopes: {} },
        { ...base, id: 'store', scopes: { charges: { level: 'modify', required: true } } },
      ]),
    ).toEqual({
      'presets[0].scopes.orders':
        'is a store-level scope; an account-level preset names account-level resources only (see the account-level table in the preset file format).',
      'presets[0].scopes.account-users.level': 'is not a level that Account Users offers (it offers: None, read-only, write, delete).',
      'presets[1].tokenType': 'must be left out (or "v2v3"): the account-level form has no token type.',
      'presets[1].stencilAccess': 'applies to Stencil-CLI tokens of the store-level form only.',
      'presets[2].scopes.charges': 'is an account-level resource; a preset for it needs "kind": "account-level" (a preset is for one form).',
    });
  });

  it('words the file envelope and our own checks', async () => {
    expect(await texts([])).toEqual({ presets: 'needs at least 1 entry.' });
    const builtin = validatePreset({ ...base });
    expect(builtin.ok ? [] : builtin.issues.map(issueText)).toEqual(['is the id of a built-in preset; choose another id.']);
    const notJson = await importPresetFile('nope');
    expect(notJson.ok ? [] : notJson.issues.map(issueText)).toEqual(['is not valid JSON.']);
  });
});

describe("a file's problems say where in people's words (issue 20, item 7)", () => {
  it('names the preset by its place and the field as the editor labels it, the path kept beside it', async () => {
    expect(fileFieldLabel('presets[0].sources[0].url')).toBe('Preset 1, Source 1 URL');
    expect(fileFieldLabel('presets[2].scopes.customers-login.level')).toBe('Preset 3, Customers login');
    expect(fileFieldLabel('presets[0].scopes.ordrs')).toBe('Preset 1, Scope "ordrs"');
    expect(fileFieldLabel('presets[1]')).toBe('Preset 2');
    expect(fileFieldLabel('')).toBe('The whole file');
    const found = await importPresetFile(JSON.stringify({ format: 'scopekeeper-preset', version: 1, presets: [{ ...base, id: 'acme', scopes: { ordrs: { level: 'modify', required: true } } }] }));
    if (found.ok) throw new Error('expected problems');
    expect(found.issues.map((i) => issueLine(i))).toContain('Preset 1, Scope "ordrs" (presets[0].scopes.ordrs): is not a scope id Scopekeeper knows (see the scope table in the preset file format).');
  });
});

describe('a file names every problem at once (the walk: a misspelled scope showed only after the others were fixed)', () => {
  it('an unknown scope id is named beside a bad level on another row', async () => {
    const found = await importPresetFile(
      JSON.stringify({ format: 'scopekeeper-preset', version: 1, presets: [{ ...base, id: 'acme', scopes: { prodcuts: { level: 'modify', required: true }, customers: { level: 'modfy', required: true } } }] }),
    );
    if (found.ok) throw new Error('expected problems');
    expect(found.issues.map((i) => i.path).sort()).toEqual(['presets[0].scopes.customers.level', 'presets[0].scopes.prodcuts']);
  });
});
