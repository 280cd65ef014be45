/**
 * Account-level presets (`"kind": "account-level"`): their resources live in `scopes`, keyed by
 * account-level ids. What the file format accepts and refuses, with field paths and messages, and
 * that the one writer/parser and preset links carry such a preset unchanged.
 */
import { describe, expect, it } from 'vitest';
import { parsePresetFile, presetFile, presetFileText } from '../../../utils/presets/file';
import { checkPresetLink, presetLink } from '../../../utils/presets/link';
import { presetSchema } from '../../../utils/presets/schema';
import type { Preset } from '../../../utils/presets/types';
import { ACCOUNT_SCOPES } from '../../../utils/scopes/account-catalogue';

const ACCOUNT = {
  id: 'acme-billing',
  kind: 'account-level',
  name: 'Acme billing',
  description: 'Creates checkouts and manages users for all stores of the account.',
  sources: [{ url: 'https://acme.example/bigcommerce', title: 'Acme: BigCommerce setup' }],
  scopes: {
    'account-checkouts': { level: 'modify', required: true },
    'account-users': { level: 'write', required: false, include: false },
  },
} as const;

/** A file with one account-level preset, `change` applied to a deep copy of it. */
function file(change: (p: Record<string, unknown>) => void = () => {}) {
  const p = structuredClone(ACCOUNT) as unknown as Record<string, unknown>;
  change(p);
  return { format: 'scopekeeper-preset', version: 1, presets: [p] };
}

function issuesOf(input: unknown) {
  const result = parsePresetFile(input);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.issues.map(({ path, message }) => ({ path, message }));
}

function parsed(input: unknown): Preset[] {
  const result = parsePresetFile(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.presets;
}

describe('account-level presets in files', () => {
  it('accepts one without tokenType and reads it as v2v3', () => {
    expect(parsed(file())).toEqual([{ ...ACCOUNT, tokenType: 'v2v3' }]);
  });

  it('accepts tokenType v2v3 written out, and notes, credentialFields, accountName, keepTxt', () => {
    const [p] = parsed(
      file((p) => {
        p.tokenType = 'v2v3';
        p.accountName = 'Acme billing';
        p.notes = ['Only the store owner can create it.'];
        p.credentialFields = ['accessToken', 'apiPath'];
        p.keepTxt = true;
      }),
    );
    expect(p).toMatchObject({ tokenType: 'v2v3', accountName: 'Acme billing', credentialFields: ['accessToken', 'apiPath'], keepTxt: true });
  });

  it('accepts every account-level resource at every level it offers', () => {
    for (const row of ACCOUNT_SCOPES) {
      for (const level of row.levels) {
        expect(parsePresetFile(file((p) => (p.scopes = { [row.id]: { level: level.id, required: true } }))).ok, `${row.id}=${level.id}`).toBe(true);
      }
    }
  });

  it('refuses a store-level scope, saying which ids an account-level preset names', () => {
    expect(issuesOf(file((p) => (p.scopes = { products: { level: 'read-only', required: true } })))).toEqual([
      {
        path: 'presets[0].scopes.products',
        message:
          '"products" is a store-level scope; an account-level preset names account-level resources (account, account-apps, account-checkouts, account-stores, account-subscriptions, account-users, charges)',
      },
    ]);
  });

  it('refuses a level the resource does not offer, naming the offered ones', () => {
    expect(issuesOf(file((p) => (p.scopes = { 'account-users': { level: 'modify', required: true } })))).toEqual([
      { path: 'presets[0].scopes.account-users.level', message: 'level "modify" is not offered by Account Users (offers: none, read-only, write, delete)' },
    ]);
    expect(issuesOf(file((p) => (p.scopes = { charges: { level: 'read-only', required: true } })))[0]?.path).toBe('presets[0].scopes.charges.level');
  });

  it('refuses a Stencil-CLI token and a Stencil access level', () => {
    expect(issuesOf(file((p) => (p.tokenType = 'stencil-cli')))).toEqual([
      { path: 'presets[0].tokenType', message: 'the account-level form has no token type; leave tokenType out (or "v2v3")' },
    ]);
    expect(issuesOf(file((p) => (p.stencilAccess = 'local-development')))).toEqual([
      { path: 'presets[0].stencilAccess', message: 'stencilAccess applies to Stencil-CLI tokens of the store-level form only' },
    ]);
  });

  it('keeps include: false off required resources, as for store rows', () => {
    expect(issuesOf(file((p) => (p.scopes = { account: { level: 'read-only', required: true, include: false } }))).map((i) => i.path)).toEqual([
      'presets[0].scopes.account.include',
    ]);
  });

  it('reports a kind problem together with the other problems of the preset', () => {
    const issues = issuesOf(
      file((p) => {
        p.name = '';
        p.scopes = { orders: { level: 'modify', required: true } };
      }),
    );
    expect(issues.map((i) => i.path).sort()).toEqual(['presets[0].name', 'presets[0].scopes.orders']);
  });

  it('refuses an unknown kind', () => {
    expect(issuesOf(file((p) => (p.kind = 'account'))).map((i) => i.path)).toEqual(['presets[0].kind']);
  });
});

describe('store-level presets (kind absent or "store-level")', () => {
  const store = (change: (p: Record<string, unknown>) => void = () => {}) =>
    file((p) => {
      delete p.kind;
      p.tokenType = 'v2v3';
      p.scopes = { orders: { level: 'modify', required: true } };
      change(p);
    });

  it('files written before kinds existed stay valid, and kind "store-level" is accepted', () => {
    expect(parsed(store())[0]).not.toHaveProperty('kind');
    expect(parsed(store((p) => (p.kind = 'store-level')))[0]?.kind).toBe('store-level');
  });

  it('refuses an account-level resource, saying to add "kind": "account-level"', () => {
    expect(issuesOf(store((p) => (p.scopes = { 'account-users': { level: 'read-only', required: true } })))).toEqual([
      {
        path: 'presets[0].scopes.account-users',
        message: '"account-users" is an account-level resource; add "kind": "account-level" to the preset to use it (a preset is for one form)',
      },
    ]);
  });

  it('still requires tokenType', () => {
    const issues = issuesOf(store((p) => delete p.tokenType));
    expect(issues).toEqual([{ path: 'presets[0].tokenType', message: 'Invalid option: expected one of "v2v3"|"stencil-cli"' }]);
    // Worded like zod's own "wrong value" issue, so the UI translates it the same way.
    const zod = (parsePresetFile(store((p) => delete p.tokenType)) as { issues: { zod?: { code: string } }[] }).issues[0]?.zod;
    expect(zod?.code).toBe('invalid_value');
  });

  it('a non-object preset is reported as such (the kind check does not throw on it)', () => {
    expect(issuesOf({ format: 'scopekeeper-preset', version: 1, presets: [null, 3] }).map((i) => i.path)).toEqual(['presets[0]', 'presets[1]']);
  });
});

describe('writing and reading back', () => {
  const preset = parsed(file())[0]!;

  it('writes kind after id and leaves tokenType out of an account-level preset', () => {
    const written = presetFile([preset]).presets[0]!;
    expect(Object.keys(written)).toEqual(['id', 'kind', 'name', 'description', 'sources', 'scopes']);
    expect(written.scopes).toEqual(ACCOUNT.scopes);
  });

  it('round-trips through the file text', () => {
    expect(parsePresetFile(presetFileText([preset]))).toEqual({ ok: true, presets: [preset] });
    // tokenType written out (as hand-written files may) reads back the same.
    expect(parsed({ ...file(), presets: [{ ...ACCOUNT, tokenType: 'v2v3' }] })).toEqual([preset]);
  });

  it('round-trips through a preset link', async () => {
    const link = await presetLink(preset);
    expect(await checkPresetLink(new URL(link).hash.slice(1))).toEqual({ ok: true, value: preset });
  });

  it('presetSchema alone gives the same preset (stored custom presets are read with it)', () => {
    expect(presetSchema.parse(structuredClone(ACCOUNT))).toEqual(preset);
  });
});
