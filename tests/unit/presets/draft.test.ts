import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draftFromPreset, emptyDraft, idFromName, presetFromDraft, withCredentialField } from '../../../components/presets/draft';
import { fieldIdForPath } from '../../../components/presets/editor-fields';
import { issueText } from '../../../components/presets/issue-text';
import { RECIPIENT_PROBLEM_TEXT } from '../../../utils/handoff/recipient';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import { parsePresetFile, presetFileText } from '../../../utils/presets/file';
import { issuesFromZod, presetIdSchema, presetSchema } from '../../../utils/presets/schema';
import type { Preset } from '../../../utils/presets/types';
import { useEnglishMessages } from '../english';

/** tests/fixtures/handoff/integrator-key.txt's public key (made with age-keygen). */
const RECIPIENT = 'age1jxq2z0nhvdys6pnrm0kmzf9zj26jtkwd74lexux3rsymq3yevuxseacshw';
const SOURCES = [{ url: 'https://docs.example.com/acme', title: 'Acme setup' }];

/** Every field a store-level V2/V3 preset can carry. */
const ALL_FIELDS: Preset = {
  id: 'acme-everything',
  name: 'Acme Everything',
  description: 'Every field of the format.',
  sources: SOURCES,
  tokenType: 'v2v3',
  accountName: 'Acme Everything',
  scopes: {
    orders: { level: 'modify', required: true },
    'order-transactions': { level: 'read-only', required: false, include: false },
    products: { level: 'read-only', required: false },
  },
  notes: ['Paste the values into Acme.', 'Refunds need order transactions.'],
  credentialFields: ['accessToken', 'apiPath'],
  handoff: { recipient: RECIPIENT },
  keepTxt: true,
};

/** The same for the forms the other fields apply to: Stencil-CLI and account-level (no stencilAccess). */
const STENCIL_FIELDS: Preset = {
  ...ALL_FIELDS,
  id: 'acme-theme',
  tokenType: 'stencil-cli',
  scopes: {},
  stencilAccess: 'publish-theme',
  credentialFields: ['accessToken'],
};
const ACCOUNT_FIELDS: Preset = {
  ...ALL_FIELDS,
  id: 'acme-billing',
  kind: 'account-level',
  scopes: { 'account-users': { level: 'read-only', required: false, include: false }, charges: { level: 'modify', required: true } },
  credentialFields: ['clientId', 'clientSecret', 'accessToken'],
};
/** Written-out defaults mean the same as absent ones, but a file that says them keeps saying them. */
const EXPLICIT_DEFAULTS: Preset = {
  ...ALL_FIELDS,
  id: 'acme-explicit',
  scopes: { orders: { level: 'modify', required: true, include: true }, products: { level: 'read-only', required: false, include: true } },
  credentialFields: ['clientSecret', 'clientId', 'apiPath', 'name', 'accessToken'],
  keepTxt: false,
};

const roundTrip = (p: Preset) => presetFromDraft(draftFromPreset(p));

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
});

describe('editor draft', () => {
  it.each(BUILTIN_PRESETS.map((p) => [p.id, p] as const))('%s survives draft → preset unchanged', (_id, p) => {
    expect(roundTrip(p)).toEqual(p);
  });

  it.each([ALL_FIELDS, STENCIL_FIELDS, ACCOUNT_FIELDS, EXPLICIT_DEFAULTS].map((p) => [p.id, p] as const))(
    '%s (every field it can carry) survives draft → preset → file → preset unchanged',
    (_id, p) => {
      expect(presetSchema.safeParse(p).error?.issues ?? []).toEqual([]);
      const back = roundTrip(p);
      expect(back).toEqual(p);
      expect(parsePresetFile(presetFileText([back]))).toEqual({ ok: true, presets: [p] });
    },
  );

  it('reads every field into its control', () => {
    const d = draftFromPreset(ALL_FIELDS);
    expect(d).toMatchObject({ credentialFields: ['accessToken', 'apiPath'], handoffRecipient: RECIPIENT, keepTxt: true });
    expect(d.scopes['order-transactions']).toEqual({ level: 'read-only', required: false, include: false });
    expect(draftFromPreset(STENCIL_FIELDS).stencilAccess).toBe('publish-theme');
    const none = draftFromPreset(BUILTIN_PRESETS.find((p) => p.id === 'stencil-cli-v2v3-themes')!);
    expect(none).toMatchObject({ handoffRecipient: '' });
    expect(none).not.toHaveProperty('credentialFields');
    expect(none).not.toHaveProperty('keepTxt');
  });

  it('an optional row keeps include; a row made required drops include: false; unticked keepTxt is left out', () => {
    const d = draftFromPreset(ALL_FIELDS);
    d.scopes['order-transactions'] = { ...d.scopes['order-transactions']!, required: true };
    d.keepTxt = undefined;
    const back = presetFromDraft(d);
    expect(back.scopes['order-transactions']).toEqual({ level: 'read-only', required: true });
    expect(back).not.toHaveProperty('keepTxt');
  });

  it('writes the hand-off key trimmed, and no hand-off for an empty key', () => {
    const d = emptyDraft();
    d.handoffRecipient = `  ${RECIPIENT}\n`;
    expect(presetFromDraft(d).handoff).toEqual({ recipient: RECIPIENT });
    d.handoffRecipient = '   ';
    expect(presetFromDraft(d)).not.toHaveProperty('handoff');
  });

  it('saves stencilAccess only for a store-level Stencil-CLI token', () => {
    const d = draftFromPreset(STENCIL_FIELDS);
    expect(presetFromDraft({ ...d, tokenType: 'v2v3' })).not.toHaveProperty('stencilAccess');
    expect(presetFromDraft({ ...d, kind: 'account-level' })).not.toHaveProperty('stencilAccess');
    // Back to Stencil-CLI: the choice was kept in the draft.
    expect(presetFromDraft(d).stencilAccess).toBe('publish-theme');
  });

  it('credential ticks: in the .txt order, all five is the absent default, none is kept (and refused)', () => {
    expect(withCredentialField(undefined, 'clientSecret', false)).toEqual(['accessToken', 'name', 'apiPath', 'clientId']);
    expect(withCredentialField(['apiPath'], 'accessToken', true)).toEqual(['accessToken', 'apiPath']);
    expect(withCredentialField(['accessToken', 'name', 'apiPath', 'clientId'], 'clientSecret', true)).toBeUndefined();
    expect(withCredentialField(['apiPath'], 'apiPath', false)).toEqual([]);
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

describe('problems with the new fields, as the editor shows them', () => {
  /** The editor's words and field for each problem of the draft. */
  function problems(d: ReturnType<typeof emptyDraft>): { path: string; field: string | null; text: string }[] {
    const result = presetSchema.safeParse(presetFromDraft(d));
    return issuesFromZod(result.error?.issues ?? []).map((i) => ({ path: i.path, field: fieldIdForPath(i.path, d.sources.length), text: issueText(i) }));
  }
  const valid = () => ({ ...draftFromPreset(ALL_FIELDS) });

  it('a malformed age key: the schema\'s message, beside the key field', () => {
    const d = valid();
    d.handoffRecipient = 'age1notakey';
    expect(problems(d)).toEqual([{ path: 'handoff.recipient', field: 'pe-handoff-recipient', text: RECIPIENT_PROBLEM_TEXT.format }]);
    // One character changed: the checksum no longer matches.
    d.handoffRecipient = `${RECIPIENT.slice(0, -1)}${RECIPIENT.endsWith('q') ? 'p' : 'q'}`;
    expect(problems(d)).toEqual([{ path: 'handoff.recipient', field: 'pe-handoff-recipient', text: RECIPIENT_PROBLEM_TEXT.checksum }]);
  });

  it('no credential ticked: says to name one, beside the credential ticks', () => {
    const d = valid();
    d.credentialFields = [];
    expect(problems(d)).toEqual([
      { path: 'credentialFields', field: 'pe-credential-fields', text: 'must name at least one credential; leave it out if the integration needs all of them.' },
    ]);
  });

  it('a valid draft using every field has no problems', () => {
    expect(problems(valid())).toEqual([]);
    expect(problems(draftFromPreset(STENCIL_FIELDS))).toEqual([]);
    expect(problems(draftFromPreset(ACCOUNT_FIELDS))).toEqual([]);
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
    ['stencilAccess', 'pe-stencil-access'],
    ['credentialFields', 'pe-credential-fields'],
    ['credentialFields[1]', 'pe-credential-fields'],
    ['handoff', 'pe-handoff-recipient'],
    ['handoff.recipient', 'pe-handoff-recipient'],
    ['keepTxt', 'pe-keep-txt'],
    ['scopes.orders.include', 'pe-scope-orders'],
    ['scopes', null],
    ['', null],
  ])('%s → %s', (path, id) => {
    expect(fieldIdForPath(path, 2)).toBe(id);
  });

  it('points at "Add source" when there is no source row', () => {
    expect(fieldIdForPath('sources', 0)).toBe('pe-add-source');
  });
});
