// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ACCOUNT_FORM } from '../../../utils/dom/account-form';
import { readAccountList } from '../../../utils/dom/read-account-list';
import { scanForm } from '../../../utils/dom/scan-form';
import { diffForm } from '../../../utils/form/diff';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';

function root(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('readAccountList', () => {
  it('reads names by structure: first text cell without a checkbox, one per body row', () => {
    const el = root(`<table><thead><tr><th></th><th>Nom</th><th>Portées</th></tr></thead><tbody>
      <tr><td><input type="checkbox"></td><td> Warehouse  sync </td><td>Produits</td></tr>
      <tr><td><input type="checkbox"></td><td>Manual import</td><td></td></tr></tbody></table>`);
    expect(readAccountList(el)?.map((a) => a.name)).toEqual(['Warehouse sync', 'Manual import']);
  });

  it('an empty table is zero accounts; no table is "not read (yet)"', () => {
    expect(readAccountList(root('<table><thead><tr><th>Name</th></tr></thead><tbody></tbody></table>'))).toEqual([]);
    expect(readAccountList(root('<p>Loading…</p>'))).toBeNull();
  });
});

describe('account-level form flavour', () => {
  const group = (label: string, boxes: [string, boolean][]) =>
    `<fieldset><legend>${label}</legend>${boxes
      .map(([text, on], i) => `<input type="checkbox" id="${label}-${i}" ${on ? 'checked' : ''}><label for="${label}-${i}">${text}</label>`)
      .join('')}</fieldset>`;

  it('reads checkbox groups as levels; a gap in the ticks is not guessed', () => {
    const el = root(
      `<label for="n">Token name</label><input id="n" value="Billing">` +
        `<p>API path https://api.bigcommerce.com/accounts/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/graphql</p>` +
        group('Subscriptions', [['read', true], ['cancel', true]]) +
        group('Account Users', [['read-only', false], ['write', true], ['delete', false]]) +
        group('Charges', [['modify', false]]) +
        group('Mystery', [['read', false]]),
    );
    const form = scanForm(el, ACCOUNT_FORM);
    expect(form.model.kind).toBe('account-level');
    expect(form.model.name).toBe('Billing');
    expect(form.model.apiPath).toBe('https://api.bigcommerce.com/accounts/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/graphql');
    const levels = Object.fromEntries(form.model.rows.map((r) => [r.label, [r.scopeId, r.currentLevel]]));
    expect(levels).toEqual({
      Subscriptions: ['account-subscriptions', 'modify'],
      'Account Users': ['account-users', null],
      Charges: ['charges', 'none'],
      Mystery: [null, null],
    });
    const diff = diffForm(form.model, BUILTIN_PRESETS.find((p) => p.id === 'unified-billing-app')!);
    expect(diff.rows.find((r) => r.scopeId === 'account-subscriptions')?.status).toBe('right');
    expect(diff.rows.find((r) => r.scopeId === 'account-users')?.status).toBe('unrecognised');
    expect(diff.absentScopes).toEqual(['account-checkouts']);
    expect(diff.unknownRows).toEqual(['Mystery']);
  });

  it('the store-level scan never reads checkbox groups', () => {
    const el = root(group('Subscriptions', [['read', true]]));
    expect(scanForm(el).model.rows).toEqual([]);
  });
});
