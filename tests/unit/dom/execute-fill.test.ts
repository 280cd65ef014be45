// @vitest-environment happy-dom
/**
 * execute-fill on the fixture's rendered markup: each step of a plan is applied, failures are
 * named by the page's labels, and Save is never pressed. Comboboxes run with the React stand-in
 * of tests/unit/fixtures/markup/index.ts (see set-value.test.ts); e2e covers the real components.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { executeFill } from '../../../utils/dom/execute-fill';
import { findLabelledInput, NAME_LABEL } from '../../../utils/dom/find-controls';
import { scanForm } from '../../../utils/dom/scan-form';
import { fakeReactComboboxes, loadPage, VARIANTS, type FakeReact } from '../fixtures/markup';
import type { FillStep } from '../../../utils/decide/types';

let fake: FakeReact | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

function open(variant: (typeof VARIANTS)[number]) {
  loadPage(`${variant}-create`);
  if (variant !== 'native') fake = fakeReactComboboxes(variant);
  return scanForm(document);
}

function scopeStep(form: ReturnType<typeof scanForm>, scopeId: string, level: string): FillStep {
  const row = form.model.rows.find((r) => r.scopeId === scopeId)!;
  return { kind: 'scope', key: row.key, scopeId, label: row.label, level } as FillStep;
}

const levelOf = (scopeId: string) => scanForm(document).model.rows.find((r) => r.scopeId === scopeId)?.currentLevel;

describe.each(VARIANTS)('executeFill on the %s create page', (variant) => {
  it('applies token type, name and scope steps, in order, and presses nothing else', async () => {
    const form = open(variant);
    const save = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Save')!;
    let saveClicks = 0;
    save.addEventListener('click', () => saveClicks++);
    const steps: FillStep[] = [
      { kind: 'token-type', key: form.model.tokenType!.key, tokenType: 'stencil-cli' },
      { kind: 'name', value: 'Warehouse sync' },
      scopeStep(form, 'orders', 'modify'),
      scopeStep(form, 'customers-login', 'login'),
      scopeStep(form, 'get-payment-methods', 'read-only'),
      scopeStep(form, 'metafields-access', 'full'),
    ];
    expect(await executeFill(form, steps, document)).toEqual([]);
    const after = scanForm(document).model;
    expect(after.tokenType?.currentText).toBe('Stencil-CLI token');
    expect(after.name).toBe('Warehouse sync');
    expect(Object.fromEntries(after.rows.filter((r) => r.currentLevel !== 'none').map((r) => [r.scopeId, r.currentLevel]))).toEqual({
      orders: 'modify',
      'customers-login': 'login',
      'get-payment-methods': 'read-only',
      'metafields-access': 'full',
    });
    expect(saveClicks).toBe(0);
  });

  it('names a row whose control has gone, and carries on with the rest', async () => {
    const form = open(variant);
    form.handles[form.model.rows.find((r) => r.scopeId === 'orders')!.key]!.element.remove();
    const failures = await executeFill(form, [scopeStep(form, 'orders', 'modify'), scopeStep(form, 'products', 'read-only')], document);
    expect(failures).toEqual([{ label: 'Orders', reason: 'no-control' }]);
    expect(levelOf('products')).toBe('read-only');
  });
});

describe('executeFill with option texts the merchant taught', () => {
  it('chooses an option no table reads by the text taught for the level', async () => {
    const form = open('native');
    const orders = form.handles[form.model.rows.find((r) => r.scopeId === 'orders')!.key]!.element as HTMLSelectElement;
    const modify = Array.from(orders.options).find((o) => o.textContent === 'modify')!;
    modify.textContent = 'Change all';
    expect(await executeFill(form, [scopeStep(form, 'orders', 'modify')], document)).toEqual([{ label: 'Orders', reason: 'not-accepted' }]);
    expect(await executeFill(form, [{ ...scopeStep(form, 'orders', 'modify'), texts: ['change  all'] } as FillStep], document)).toEqual([]);
    expect(orders.selectedOptions[0]).toBe(modify);
  });

  it('remembers the options of a menu it opened, for the next reading', async () => {
    const form = open('bigdesign');
    const before = form.model.rows.find((r) => r.scopeId === 'customers-login')!;
    expect(before.offered).toEqual([]);
    expect(await executeFill(form, [scopeStep(form, 'customers-login', 'modify')], document)).toHaveLength(1);
    expect(scanForm(document).model.rows.find((r) => r.scopeId === 'customers-login')!.offered).toEqual(['None', 'login']);
  });
});

describe('executeFill failures', () => {
  it('reports a level the row does not offer as not accepted', async () => {
    const form = open('native');
    // Customers login offers None and login only; no option is the modify level.
    expect(await executeFill(form, [scopeStep(form, 'customers-login', 'modify')], document)).toEqual([
      { label: 'Customers login', reason: 'not-accepted' },
    ]);
  });

  it('reports a value the page puts back as not accepted (a React-controlled select reverting)', async () => {
    const form = open('native');
    const orders = form.handles[form.model.rows.find((r) => r.scopeId === 'orders')!.key]!.element as HTMLSelectElement;
    // Stands in for a React state that refuses the change and re-renders the old value.
    orders.addEventListener('change', () => (orders.value = 'None'));
    expect(await executeFill(form, [scopeStep(form, 'orders', 'modify')], document)).toEqual([{ label: 'Orders', reason: 'not-accepted' }]);
  });

  it('checks the comboboxes once, after clicking every row: a row the page does not take is named, the rest are set', async () => {
    const form = open('bigdesign');
    fake!.refuse.add('Orders');
    const steps = [scopeStep(form, 'orders', 'modify'), scopeStep(form, 'customers-login', 'login'), scopeStep(form, 'get-payment-methods', 'read-only')];
    vi.useFakeTimers();
    try {
      const result = executeFill(form, steps, document);
      await vi.advanceTimersByTimeAsync(1000);
      expect(await result).toEqual([{ label: 'Orders', reason: 'not-accepted' }]);
    } finally {
      vi.useRealTimers();
    }
    expect(levelOf('orders')).toBe('none');
    expect(levelOf('customers-login')).toBe('login');
    expect(levelOf('get-payment-methods')).toBe('read-only');
  });

  it('reports a missing or read-only Name field', async () => {
    const form = open('native');
    const name = findLabelledInput(document, NAME_LABEL)!;
    name.readOnly = true;
    expect(await executeFill(form, [{ kind: 'name', value: 'Warehouse sync' }], document)).toEqual([{ label: 'Name', reason: 'not-accepted' }]);
    name.closest('.fx-row')!.remove();
    expect(await executeFill(form, [{ kind: 'name', value: 'Warehouse sync' }], document)).toEqual([{ label: 'Name', reason: 'no-control' }]);
  });

  it('stops changing the page once it has navigated away', async () => {
    const form = open('bigdesign');
    fake!.onChoose = () => (window as unknown as { happyDOM: { setURL: (url: string) => void } }).happyDOM.setURL('https://store-abc123.mybigcommerce.com/manage/settings/api-accounts');
    const failures = await executeFill(form, [scopeStep(form, 'orders', 'modify'), scopeStep(form, 'products', 'modify'), { kind: 'name', value: 'Later' }], document);
    expect(failures).toEqual([
      { label: 'Products', reason: 'page-changed' },
      { label: 'name', reason: 'page-changed' },
    ]);
    expect(levelOf('orders')).toBe('modify');
    expect(levelOf('products')).toBe('none');
    expect(findLabelledInput(document, NAME_LABEL)?.value).toBe('');
  });
});
