// @vitest-environment happy-dom
/**
 * fill-form (collect → decide → execute → re-read) on the fixture's rendered markup. Comboboxes
 * run with the React stand-in of tests/unit/fixtures/markup/index.ts; e2e covers the real ones.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decide } from '../../../utils/decide/decide';
import type { BackgroundRequest } from '../../../utils/messaging/protocol';
import { findControls, lowestCommonAncestor } from '../../../utils/dom/find-controls';
import { fillForm } from '../../../utils/dom/fill-form';
import { scanForm } from '../../../utils/dom/scan-form';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import type { Preset } from '../../../utils/presets/types';
import { fakeReactComboboxes, loadPage, VARIANTS, type FakeReact } from '../fixtures/markup';

/** A built-in preset's frame with rows of every level kind: three-level, login, single read-only, manage, Standard/Full. */
const PRESET: Preset = {
  ...BUILTIN_PRESETS.find((p) => p.tokenType === 'v2v3')!,
  accountName: 'Warehouse sync',
  scopes: {
    orders: { level: 'modify', required: true },
    'customers-login': { level: 'login', required: true },
    'get-payment-methods': { level: 'read-only', required: false },
    'storefront-api-tokens': { level: 'manage', required: true },
    'metafields-access': { level: 'full', required: true },
  },
};

let fake: FakeReact | null = null;
let decisions = 0;
// The deciding (diff, plan) is the background's: answer as it does, with the preset it holds by id.
beforeEach(() => {
  decisions = 0;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => key));
  // eslint-disable-next-line @typescript-eslint/no-misused-promises, @typescript-eslint/require-await -- stands in for sendMessage's promise overload (the cast names all its overloads); async wraps each answer in a promise as the real one does
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (request: BackgroundRequest) => {
    if (request.type !== 'form:decide') return undefined;
    decisions++;
    return structuredClone(decide(request.model, request.presetId === PRESET.id ? PRESET : null, request.lastFill, new Set(), request.failed));
  }) as typeof fakeBrowser.runtime.sendMessage);
});
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

function open(variant: (typeof VARIANTS)[number]): void {
  loadPage(`${variant}-create`);
  if (variant !== 'native') fake = fakeReactComboboxes(variant);
}

/** Replaces every scope row with a fresh copy, as React does when the token type changes the form. */
function rerenderScopeList(): void {
  const rows = findControls(document).filter((h) => h.label !== 'Token type');
  const list = lowestCommonAncestor(rows.map((h) => h.container))!;
  list.replaceWith(list.cloneNode(true));
}

const levels = () =>
  Object.fromEntries(scanForm(document).model.rows.filter((r) => r.currentLevel !== 'none').map((r) => [String(r.scopeId), r.currentLevel] as const));

describe.each(VARIANTS)('fillForm on the %s create page', (variant) => {
  it('brings the form to the preset and reports nothing left to set', async () => {
    open(variant);
    const outcome = await fillForm(document, PRESET.id);
    // The background words the outcome from the fresh reading and the failed steps.
    expect(outcome.after?.fill).toMatchObject({ ok: true, message: 'content_fillDone', notSet: [] });
    expect(scanForm(document).model.name).toBe('Warehouse sync');
    expect(levels()).toEqual({
      orders: 'modify',
      'customers-login': 'login',
      'get-payment-methods': 'read-only',
      'storefront-api-tokens': 'manage',
      'metafields-access': 'full',
    });
  });

  it('sets the token type first and plans the rows on a fresh scan when the form re-renders', async () => {
    open(variant);
    const token = findControls(document)[0]!;
    // Start from Stencil-CLI; switching back re-renders every scope row (new elements).
    if (variant === 'native') {
      (token.element as HTMLSelectElement).value = 'Stencil-CLI token';
      token.element.addEventListener('change', rerenderScopeList);
    } else {
      token.element.value = 'Stencil-CLI token';
      fake!.onChoose = (label) => label === 'Token type' && rerenderScopeList();
    }
    const outcome = await fillForm(document, PRESET.id);
    expect(outcome.after?.fill).toMatchObject({ ok: true, notSet: [] });
    expect(outcome.after?.view.verified).toBe(true);
    expect(scanForm(document).model.tokenType?.currentText).toBe('V2/V3 API token');
    expect(levels().orders).toBe('modify');
    // The rows the page re-rendered are planned from the first decision's targets: no third question.
    expect(decisions).toBe(2);
  });

  it('keeps a name the merchant typed', async () => {
    open(variant);
    const name = document.querySelector<HTMLInputElement>('input[placeholder="e.g. Warehouse sync"]')!;
    name.value = 'My own name';
    await fillForm(document, PRESET.id);
    expect(scanForm(document).model.name).toBe('My own name');
  });
});

describe('fillForm when the page refuses', () => {
  it('names the rows still wrong afterwards, once each', async () => {
    open('native');
    const orders = findControls(document).find((h) => h.label === 'Orders')!.element as HTMLSelectElement;
    // A React-controlled select whose state rejects the change puts the old value back.
    orders.addEventListener('change', () => (orders.value = 'None'));
    const outcome = await fillForm(document, PRESET.id);
    expect(outcome.after?.fill).toMatchObject({ ok: false, message: 'content_fillCouldNotSet', notSet: ['Orders'] });
    expect(levels()).not.toHaveProperty('orders');
  });
});
