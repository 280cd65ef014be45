// @vitest-environment happy-dom
/**
 * The account-level form's reader and setter on the fixture's three candidate markups
 * (tests/unit/fixtures/markup/account-*.html): BigDesign fieldsets of labelled checkboxes, table
 * rows whose boxes have only an aria-label, and native dropdowns. Levels are ticks from the lowest
 * up; anything else is not understood. Checkboxes here are plain DOM (a click toggles them); the
 * e2e spec drives the real React form.
 */
import { describe, expect, it } from 'vitest';
import { scanAccountForm } from '../../../utils/dom/account-form';
import { executeFill } from '../../../utils/dom/execute-fill';
import { loadPage } from '../fixtures/markup';
import type { FillStep } from '../../../utils/decide/types';

const CONTROLS = ['checkboxes', 'checkbox-rows', 'dropdowns'] as const;
const UUID_PATH = 'https://api.bigcommerce.com/accounts/5e2f0c1a-7b3d-4e8f-9a6b-1c2d3e4f5a6b/graphql';

const levels = () => Object.fromEntries(scanAccountForm(document).model.rows.map((r) => [String(r.scopeId), r.currentLevel] as const));

function step(scopeId: string, level: string): Extract<FillStep, { kind: 'scope' }> {
  const row = scanAccountForm(document).model.rows.find((r) => r.scopeId === scopeId)!;
  return { kind: 'scope', key: row.key, scopeId, label: row.label, level: level as 'modify', byPosition: false };
}

describe.each(CONTROLS)('the account-level form with %s', (controls) => {
  it('reads every resource by its label, unticked as None, with the name field and the API path', () => {
    loadPage(`account-${controls}`);
    const { model } = scanAccountForm(document);
    expect(model.kind).toBe('account-level');
    expect(model.rows.map((r) => r.scopeId)).toEqual([
      'account-subscriptions',
      'account-checkouts',
      'charges',
      'account',
      'account-stores',
      'account-apps',
      'account-users',
    ]);
    expect(model.rows.every((r) => r.currentLevel === 'none' && r.signal === 'label')).toBe(true);
    expect(model.rows[0]!.control).toBe(controls === 'dropdowns' ? 'native-select' : 'checkboxes');
    expect(model.name).toBe('');
    expect(model.apiPath).toBe(UUID_PATH);
    expect(model.tokenType).toBeNull();
  });

  it('sets a level with every lower one, lowers a level again, and reads what it set', async () => {
    loadPage(`account-${controls}`);
    const form = scanAccountForm(document);
    const failures = await executeFill(form, [step('account-users', 'delete'), step('account-subscriptions', 'modify')], document);
    expect(failures).toEqual([]);
    expect(levels()).toMatchObject({ 'account-users': 'delete', 'account-subscriptions': 'modify', 'account-checkouts': 'none' });
    expect(await executeFill(scanAccountForm(document), [step('account-users', 'read-only')], document)).toEqual([]);
    expect(levels()['account-users']).toBe('read-only');
    expect(await executeFill(scanAccountForm(document), [step('account-users', 'none')], document)).toEqual([]);
    expect(levels()['account-users']).toBe('none');
  });
});

describe('a box no table reads', () => {
  it.each(CONTROLS.filter((c) => c !== 'dropdowns'))('is ticked by the words the merchant taught for its level, and left alone without them (%s)', async (controls) => {
    loadPage(`account-${controls}`);
    const subscriptions = scanAccountForm(document).handles.find((h) => h.label === 'Subscriptions')!;
    const read = subscriptions.roleElement.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[0]!;
    // The page words the read box otherwise: its label, or its aria-label where it has only that.
    if (read.hasAttribute('aria-label')) read.setAttribute('aria-label', 'Lesen erlaubt');
    else document.querySelector(`label[for="${read.id}"]`)!.textContent = 'Lesen erlaubt';
    const plain = step('account-subscriptions', 'modify');
    // Without them the box is left alone (the check after the fill names the row as not set).
    await executeFill(scanAccountForm(document), [plain], document);
    expect(read.checked).toBe(false);
    expect(await executeFill(scanAccountForm(document), [{ ...plain, boxTexts: { 'read-only': ['Lesen erlaubt'] } }], document)).toEqual([]);
    expect(read.checked).toBe(true);
    // The scan alone does not read a box no table reads: the background does, by the taught words.
    expect(levels()['account-subscriptions']).toBeNull();
  });
});

describe('checkbox ticks that are not a level', () => {
  it.each(CONTROLS.filter((c) => c !== 'dropdowns'))('a higher box without the lower one is not understood (%s)', (controls) => {
    loadPage(`account-${controls}`);
    const users = scanAccountForm(document).handles.find((h) => h.label === 'Account Users')!;
    const boxes = users.roleElement.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    boxes[1]!.checked = true; // write, without read-only
    expect(levels()['account-users']).toBeNull();
    boxes[0]!.checked = true;
    expect(levels()['account-users']).toBe('write');
  });

  it('a resource no catalogue names is reported inside the list, and a checkbox elsewhere is not a row', () => {
    loadPage('account-checkboxes');
    const list = document.querySelector('fieldset')!.parentElement!;
    const extra = document.createElement('fieldset');
    extra.innerHTML = '<legend>Account Billing</legend><input type="checkbox" id="x1"><label for="x1">read</label>';
    list.append(extra);
    const stray = document.createElement('div');
    stray.innerHTML = '<input type="checkbox" id="s1"><label for="s1">Remember me</label> Newsletter';
    document.body.prepend(stray);
    const { model } = scanAccountForm(document);
    expect(model.rows.filter((r) => r.scopeId === null).map((r) => r.label)).toEqual(['Account Billing']);
    expect(model.rows).toHaveLength(8);
  });
});
