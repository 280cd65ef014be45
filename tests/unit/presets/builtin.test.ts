import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import { parsePresetFile } from '../../../utils/presets/file';
import { presetSchema, renderPath } from '../../../utils/presets/schema';
import { presetKind, type Preset } from '../../../utils/presets/types';
import { accountScopeById } from '../../../utils/scopes/account-catalogue';
import { scopeById } from '../../../utils/scopes/bundled';
import { levelRank } from '../../../utils/scopes/match';

function preset(id: string): Preset {
  const p = BUILTIN_PRESETS.find((x) => x.id === id);
  if (!p) throw new Error(`no preset ${id}`);
  return p;
}

/** "row=level" for every listed row, sorted, and the ids of the required rows, sorted. */
function summary(p: Preset) {
  const entries = Object.entries(p.scopes);
  return {
    rows: entries.map(([id, s]) => `${id}=${s?.level}`).sort(),
    required: entries.filter(([, s]) => s?.required).map(([id]) => id).sort(),
  };
}

const MIGRATION_ROWS = ['content', 'customers', 'information-settings', 'marketing', 'orders', 'products', 'channel-settings', 'channel-listings'];
const MIGRATION_REQUIRED = ['channel-listings', 'channel-settings', 'content', 'information-settings', 'marketing'];

describe('BUILTIN_PRESETS', () => {
  it('has at least 23 presets with unique ids and names', () => {
    expect(BUILTIN_PRESETS.length).toBeGreaterThanOrEqual(23);
    const ids = BUILTIN_PRESETS.map((p) => p.id);
    const names = BUILTIN_PRESETS.map((p) => p.name.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(BUILTIN_PRESETS.map((p) => [p.id, p] as const))('%s passes presetSchema', (_id, p) => {
    const result = presetSchema.safeParse(p);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('only uses rows and levels the catalogue offers', () => {
    for (const p of BUILTIN_PRESETS) {
      for (const [id, s] of Object.entries(p.scopes)) {
        const row = scopeById(id);
        expect(row, `${p.id}: ${id}`).not.toBeNull();
        expect(row && s && levelRank(row, s.level), `${p.id}: ${id}=${s?.level}`).toBeGreaterThan(0);
      }
    }
  });

  it('sets a scope on every V2/V3 preset and none on Stencil-CLI presets', () => {
    for (const p of BUILTIN_PRESETS) {
      expect(Object.keys(p.scopes).length > 0, p.id).toBe(p.tokenType === 'v2v3');
    }
    expect(preset('stencil-cli').tokenType).toBe('stencil-cli');
  });

  it('LitExtension to BigCommerce: all modify, (req) as in LitExtension\'s guide', () => {
    const p = preset('litextension-to-bigcommerce');
    expect(p.name).toBe('LitExtension: migrate to BigCommerce');
    expect(p.tokenType).toBe('v2v3');
    expect(p.accountName).toBeUndefined();
    expect(summary(p)).toEqual({ rows: MIGRATION_ROWS.map((r) => `${r}=modify`).sort(), required: MIGRATION_REQUIRED });
    expect(p.sources.map((s) => s.url)).toContain('https://litextension.com/migration-guide/get-api-bigcommerce.html');
    // The email warning is a note that must be read: shown open above Fill form (issue 20, item 1).
    expect(p.importantNotes?.join('\n')).toMatch(/turn off all email notifications.*Order Notifications/);
    expect(p.notes?.join('\n')).not.toMatch(/Order Notifications/);
    expect(p.notes?.join('\n')).toMatch(/Client Secret is not required/);
  });

  it('LitExtension from BigCommerce: same rows read-only', () => {
    const p = preset('litextension-from-bigcommerce');
    expect(p.name).toBe('LitExtension: migrate from BigCommerce');
    expect(summary(p)).toEqual({ rows: MIGRATION_ROWS.map((r) => `${r}=read-only`).sort(), required: MIGRATION_REQUIRED });
  });

  it('Modern Retail Integration needs the .txt kept (it is uploaded, as Modern Retail\'s guide says); LitExtension does not', () => {
    expect(BUILTIN_PRESETS.filter((p) => p.keepTxt).map((p) => p.id)).toEqual(['modern-retail-integration']);
  });

  it('Modern Retail Integration: the ten rows of Modern Retail\'s guide and the exact account name', () => {
    const p = preset('modern-retail-integration');
    expect(p.name).toBe('Modern Retail Integration');
    expect(p.accountName).toBe('Modern Retail Integration');
    expect(p.tokenType).toBe('v2v3');
    expect(p.scopes).toEqual({
      customers: { level: 'modify', required: true },
      'information-settings': { level: 'read-only', required: true },
      marketing: { level: 'modify', required: true },
      orders: { level: 'modify', required: true },
      'order-transactions': { level: 'modify', required: true },
      'get-payment-methods': { level: 'read-only', required: true },
      products: { level: 'modify', required: true },
      carts: { level: 'modify', required: true },
      'storefront-api-tokens': { level: 'manage', required: true },
      'storefront-api-customer-impersonation-tokens': { level: 'manage', required: true },
    });
    expect(p.sources.map((s) => s.url)).toContain(
      'https://support.modernretail.com/hc/en-us/articles/360045342413-BigCommerce-API-Credentials',
    );
    expect(p.notes?.join('\n')).toMatch(/Onboarding Center/);
  });

  it.each([
    ['bc4wp-full-import', 13],
    ['bc4wp-fast-headless', 15],
    ['bigcommerce-pos-foundation', 10],
    ['starshipit', 19],
    ['dropstream-packagebee', 20],
    ['sumtracker', 17],
    ['stone-edge', 12],
    ['ipaas', 15],
    ['synchup', 12],
    ['rebillia', 11],
  ])('%s lists %i rows', (id, n) => {
    expect(Object.keys(preset(id).scopes)).toHaveLength(n);
  });

  it('encodes vendor level words as UI levels and keeps optional marks', () => {
    expect(preset('catalyst').scopes['storefront-api-tokens']).toEqual({ level: 'manage', required: true });
    expect(preset('widget-builder').scopes.content?.level).toBe('modify');
    expect(preset('ipaas').scopes['get-payment-methods']?.level).toBe('read-only');
    expect(preset('catalyst-env-docs-2024').scopes['customers-login']).toEqual({ level: 'login', required: false });
    expect(preset('rebillia').accountName).toBe('Rebillia');
    expect(preset('bc4wp-full-import').scopes['storefront-api-tokens']).toBeUndefined();
  });

  it('Unified billing: app partner is the one account-level preset: Checkouts and Subscriptions at modify, required', () => {
    expect(BUILTIN_PRESETS.filter((p) => presetKind(p) === 'account-level').map((p) => p.id)).toEqual(['unified-billing-app']);
    const p = preset('unified-billing-app');
    expect(p.name).toBe('Unified billing: app partner');
    expect(p.scopes).toEqual({
      'account-checkouts': { level: 'modify', required: true },
      'account-subscriptions': { level: 'modify', required: true },
    });
    for (const id of Object.keys(p.scopes)) expect(accountScopeById(id), id).not.toBeNull();
    expect(p.sources.map((s) => s.url)).toEqual(['https://github.com/bigcommerce/docs/blob/HEAD/docs/integrations/apps/unified-billing/index.mdx']);
    expect(p.stencilAccess).toBeUndefined();
    expect(p.notes?.join('\n')).toMatch(/"Subscriptions" \(read \/ cancel\)/);
  });

  it('every store-level preset names store-level rows only', () => {
    for (const p of BUILTIN_PRESETS.filter((x) => presetKind(x) === 'store-level')) {
      for (const id of Object.keys(p.scopes)) expect(accountScopeById(id), `${p.id}: ${id}`).toBeNull();
    }
  });

  // The integrators' requirements (sections A and B), the scope tables (docs/control-panel-facts.md §5 names the unified
  // billing guide) and the native-hosting note, all copied verbatim into tests/fixtures/docs/.
  it('cites sources that tests/fixtures/docs/ gives (presets-sources.md, or docs/control-panel-facts.md §5, §15)', () => {
    const doc = ['presets-sources.md', 'control-panel-scopes.md', 'control-panel-native-hosting.md', 'b2b-edition.md']
      .map((f) => readFileSync(path.resolve(__dirname, '../../fixtures/docs', f), 'utf8'))
      .join('\n');
    for (const p of BUILTIN_PRESETS) {
      for (const { url } of p.sources) {
        const docs = /^https:\/\/github\.com\/bigcommerce\/docs\/blob\/HEAD\/(.+)$/.exec(url);
        const commit = /^https:\/\/github\.com\/bigcommerce\/catalyst\/commit\/([0-9a-f]+)$/.exec(url);
        const needle = docs?.[1] ?? commit?.[1] ?? url.replace(/^https:\/\//, '');
        // The native-hosting note (docs/control-panel-facts.md §15) names the native-hosting doc by its last two path segments only.
        expect(doc.includes(needle) || doc.includes(needle.split('/').slice(-2).join('/')), `${p.id}: ${url}`).toBe(true);
      }
    }
  });
});

// --- preset files -----------------------------------------------------------------------------

const GOOD = {
  id: 'acme-sync',
  name: 'Acme sync',
  description: 'Example',
  sources: [{ url: 'https://example.com/acme', title: 'Acme guide' }],
  tokenType: 'v2v3',
  scopes: { customers: { level: 'read-only', required: true } },
};

/** A valid file, with `change` applied to a deep copy of its first preset. */
function file(change: (p: Record<string, unknown>) => void = () => {}, extra: Record<string, unknown> = {}) {
  const p = structuredClone(GOOD) as Record<string, unknown>;
  change(p);
  return { format: 'scopekeeper-preset', version: 1, presets: [p], ...extra };
}

function issuesOf(input: unknown) {
  const result = parsePresetFile(input);
  if (result.ok) throw new Error('expected the file to be rejected');
  // Path and English message; the zod issue and code behind them are for the UI's wording.
  return result.issues.map(({ path, message }) => ({ path, message }));
}

describe('parsePresetFile', () => {
  it('accepts a valid file, as a value or as JSON text', () => {
    expect(parsePresetFile(file())).toEqual({ ok: true, presets: [GOOD] });
    expect(parsePresetFile(JSON.stringify(file()))).toEqual({ ok: true, presets: [GOOD] });
  });

  it('round-trips all built-in presets', () => {
    const result = parsePresetFile(JSON.stringify({ format: 'scopekeeper-preset', version: 1, presets: BUILTIN_PRESETS }));
    expect(result).toEqual({ ok: true, presets: BUILTIN_PRESETS });
  });

  it('rejects an unknown scope id at its key', () => {
    const issues = issuesOf(file((p) => (p.scopes = { webhooks: { level: 'read-only', required: true } })));
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers (expect.stringMatching …) as any
    expect(issues).toEqual([{ path: 'presets[0].scopes.webhooks', message: expect.stringContaining('unknown scope id') }]);
  });

  it('rejects a level the row does not offer, naming the offered ones', () => {
    const issues = issuesOf(file((p) => (p.scopes = { 'customers-login': { level: 'read-only', required: true } })));
    expect(issues).toEqual([
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers (expect.stringMatching …) as any
      { path: 'presets[0].scopes.customers-login.level', message: expect.stringMatching(/not offered.*login/) },
    ]);
  });

  it('accepts canonical level ids only', () => {
    const issues = issuesOf(file((p) => (p.scopes = { customers: { level: 'Read-only', required: true } })));
    expect(issues.map((i) => i.path)).toEqual(['presets[0].scopes.customers.level']);
    expect(issuesOf(file((p) => (p.scopes = { 'get-payment-methods': { level: 'Get', required: true } })))[0]?.path).toBe(
      'presets[0].scopes.get-payment-methods.level',
    );
  });

  it.each<[string, string, (p: Record<string, unknown>) => void]>([
    ['missing name', 'presets[0].name', (p) => delete p.name],
    ['empty name', 'presets[0].name', (p) => (p.name = '')],
    ['blank name', 'presets[0].name', (p) => (p.name = '   ')],
    ['81-character name', 'presets[0].name', (p) => (p.name = 'x'.repeat(81))],
    ['short account name', 'presets[0].accountName', (p) => (p.accountName = 'abc')],
    ['id not kebab-case', 'presets[0].id', (p) => (p.id = 'Acme Sync')],
    ['no sources', 'presets[0].sources', (p) => (p.sources = [])],
    ['http source', 'presets[0].sources[0].url', (p) => (p.sources = [{ url: 'http://example.com', title: 't' }])],
    ['javascript: source', 'presets[0].sources[0].url', (p) => (p.sources = [{ url: 'javascript:alert(1)', title: 't' }])],
    ['unknown token type', 'presets[0].tokenType', (p) => (p.tokenType = 'v3')],
    ['required not boolean', 'presets[0].scopes.customers.required', (p) => (p.scopes = { customers: { level: 'modify', required: 'yes' } })],
    ['stray field', 'presets[0].colour', (p) => (p.colour = 'red')],
    ['stray scope field', 'presets[0].scopes.customers.why', (p) => (p.scopes = { customers: { level: 'modify', required: true, why: 1 } })],
    ['Stencil-CLI with scopes', 'presets[0].scopes', (p) => (p.tokenType = 'stencil-cli')],
    ['odd scope key', 'presets[0].scopes["foo bar"]', (p) => (p.scopes = { 'foo bar': { level: 'modify', required: true } })],
  ])('%s → %s', (_what, where, change) => {
    expect(issuesOf(file(change)).map((i) => i.path)).toEqual([where]);
  });

  it('include: optional, boolean, and never false on a required row', () => {
    const base = { format: 'scopekeeper-preset', version: 1 } as const;
    const p = (scopes: Record<string, unknown>, more: Record<string, unknown> = {}) => ({
      ...base,
      presets: [{ id: 'x', name: 'X', description: '', sources: [{ url: 'https://e.com', title: 't' }], tokenType: 'v2v3', scopes, ...more }],
    });
    expect(parsePresetFile(p({ orders: { level: 'modify', required: false, include: false } })).ok).toBe(true);
    expect(issuesOf(p({ orders: { level: 'modify', required: true, include: false } })).map((i) => i.path)).toEqual(['presets[0].scopes.orders.include']);
    expect(issuesOf(p({ orders: { level: 'modify', required: false, include: 'no' } })).map((i) => i.path)).toEqual(['presets[0].scopes.orders.include']);
    expect(parsePresetFile(p({}, { keepTxt: true })).ok).toBe(true);
    expect(issuesOf(p({}, { keepTxt: 'yes' })).map((i) => i.path)).toEqual(['presets[0].keepTxt']);
  });

  it('rejects a wrong format or version', () => {
    expect(issuesOf({ ...file(), format: 'scopekeeper-presets' }).map((i) => i.path)).toEqual(['format']);
    expect(issuesOf({ ...file(), version: 2 }).map((i) => i.path)).toEqual(['version']);
    expect(issuesOf({ presets: file().presets }).map((i) => i.path).sort()).toEqual(['format', 'version']);
  });

  it('limits the presets array to 1..100 with unique ids', () => {
    expect(issuesOf(file(undefined, { presets: [] })).map((i) => i.path)).toEqual(['presets']);
    const many = Array.from({ length: 101 }, (_, i) => ({ ...GOOD, id: `p-${i}` }));
    expect(issuesOf(file(undefined, { presets: many })).map((i) => i.path)).toEqual(['presets']);
    const dup = issuesOf(file(undefined, { presets: [GOOD, { ...GOOD, name: 'Other' }] }));
    expect(dup).toEqual([{ path: 'presets[1].id', message: 'duplicate id "acme-sync" (also presets[0])' }]);
  });

  it.each([['not json {'], [''], [null], [42], [[]], [{}], ['"a string"']])('rejects non-file input %j', (input) => {
    const issues = issuesOf(input);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]?.path).toMatch(/^(|format)$/);
  });

  it('reports invalid JSON text as such', () => {
    expect(issuesOf('{"format": ')).toEqual([{ path: '', message: 'not valid JSON' }]);
  });
});

describe('renderPath', () => {
  it('renders indices, plain keys and odd keys', () => {
    expect(renderPath(['presets', 0, 'scopes', 'customers', 'level'])).toBe('presets[0].scopes.customers.level');
    expect(renderPath([])).toBe('');
    expect(renderPath(['a.b', 1])).toBe('["a.b"][1]');
  });
});
