// @vitest-environment happy-dom
/**
 * Deciding on the account-level form (read from the fixture's markup): diff, words, markers and
 * fill steps come from the same pure logic as the store-level form's, with the account-level
 * resources; a preset made for the other form never applies, and a resource nobody knows is
 * named, never guessed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { decide } from '../../../utils/decide/decide';
import { scanAccountForm } from '../../../utils/dom/account-form';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import type { Preset } from '../../../utils/presets/types';
import { loadPage } from '../fixtures/markup';
import { useEnglishMessages } from '../english';

beforeEach(useEnglishMessages);

const ACCOUNT_PRESET: Preset = {
  id: 'billing-test',
  kind: 'account-level',
  name: 'Billing test',
  description: '',
  sources: [{ url: 'https://developer.bigcommerce.com/', title: 'x' }],
  tokenType: 'v2v3',
  scopes: { 'account-checkouts': { level: 'modify', required: true }, 'account-users': { level: 'write', required: false } },
};
const STORE_PRESET = BUILTIN_PRESETS.find((p) => (p.kind ?? 'store-level') === 'store-level')!;

describe('decide on the account-level form', () => {
  it('diffs the resources against an account-level preset and plans a step per resource to change', () => {
    loadPage('account-checkboxes');
    const decision = decide(scanAccountForm(document).model, ACCOUNT_PRESET, null);
    expect(decision.view.status).toBe('2 resources to change.');
    expect(decision.steps.map((s) => (s.kind === 'scope' ? [s.scopeId, s.level] : s.kind))).toEqual([
      ['account-checkouts', 'modify'],
      ['account-users', 'write'],
    ]);
    expect(decision.markers?.find((m) => m.scope === 'account-checkouts')?.status).toBe('missing');
    expect(decision.optional.map((o) => o.text)).toEqual(['Include Account Users']);
  });

  it('speaks of resources, and names resources and levels as the form shows them (issue 20, item 8)', () => {
    loadPage('account-checkboxes');
    const preset: Preset = { ...ACCOUNT_PRESET, scopes: { 'account-subscriptions': { level: 'modify', required: true } } };
    const decision = decide(scanAccountForm(document).model, preset, null);
    const subscriptions = decision.markers?.find((m) => m.scope === 'account-subscriptions');
    // The boxes say read / cancel: "cancel", never the catalogue's "modify".
    expect(subscriptions?.text).toBe('✗ Missing: needs cancel (required)');
    expect(decision.view.problems).toContain('Required rows not set yet: Subscriptions.');
    expect(JSON.stringify(decision.view)).not.toMatch(/Account Subscriptions|scopes/);
    expect(decision.view.status).toBe('1 resource to change.');
  });

  it('a store-level preset does not apply to it: no diff, no steps, no markers', () => {
    loadPage('account-checkboxes');
    const decision = decide(scanAccountForm(document).model, STORE_PRESET, null);
    expect(decision.diff).toBeNull();
    expect(decision.steps).toEqual([]);
    expect(decision.markers).toBeNull();
  });

  it('a resource it does not know is named, and the form is not called right', () => {
    loadPage('account-checkboxes');
    const { model } = scanAccountForm(document);
    // Level words no table knows: not read by its words either (utils/decide/structure.ts placeUnknownResources).
    const unknown = { ...model, rows: model.rows.map((r, i) => (i === 0 ? { ...r, scopeId: null, signal: null, label: 'Abonnements', offered: ['lire', 'annuler'] } : r)) };
    const decision = decide(unknown, ACCOUNT_PRESET, null);
    expect(decision.view.status).toContain('Abonnements');
    expect(decision.view.verified).toBe(false);
  });
});
