// @vitest-environment happy-dom
/**
 * scan-form on the fixture's rendered markup: the plain PageModel of each variant's create page,
 * and the line it draws between scope rows and other dropdowns.
 */
import { describe, expect, it } from 'vitest';
import { scanForm } from '../../../utils/dom/scan-form';
import { STORE_SCOPE_IDS } from '../../../utils/scopes/catalogue';
import { scopeById } from '../../../utils/scopes/bundled';
import { CREDENTIALS, loadPage, VARIANTS } from '../fixtures/markup';

const KIND = { bigdesign: 'combobox', legacy: 'legacy-combobox', native: 'native-select' } as const;

/** A copy of the Orders row with another label, placed where the page puts it. */
function cloneOrdersRow(label: string, where: 'scope-list' | 'page-top'): void {
  const orders = Array.from(document.querySelectorAll('label')).find((l) => l.textContent === 'Orders')!;
  const row = orders.closest('.fx-row') ?? orders.parentElement!.parentElement!;
  const copy = row.cloneNode(true) as Element;
  copy.querySelector('label')!.textContent = label;
  // Fresh ids, so the copy's label points at the copy's own control.
  for (const el of copy.querySelectorAll('[id]')) el.id = `copy-${el.id}`;
  for (const el of copy.querySelectorAll('[for], [aria-labelledby], [aria-controls], [aria-owns]')) {
    for (const attr of ['for', 'aria-labelledby', 'aria-controls', 'aria-owns']) {
      const value = el.getAttribute(attr);
      if (value) el.setAttribute(attr, `copy-${value}`);
    }
  }
  if (where === 'scope-list') row.after(copy);
  else document.body.prepend(copy);
}

describe.each(VARIANTS)('scanForm on the %s create page', (variant) => {
  it('reads token type, name, API path and the 28 rows at their defaults', () => {
    loadPage(`${variant}-create`);
    const { model, handles } = scanForm(document);
    expect(model.tokenType).toEqual({ key: 0, control: KIND[variant], currentText: 'V2/V3 API token' });
    expect(model.name).toBe('');
    expect(model.apiPath).toBe('https://api.bigcommerce.com/stores/abc123/v3/');
    expect(model.rows).toHaveLength(28);
    // The 28 rows of docs/control-panel-facts.md §4.1 (the Infrastructure rows are not on this page).
    expect(new Set(model.rows.map((r) => r.scopeId))).toEqual(new Set(STORE_SCOPE_IDS.slice(0, 28)));
    for (const row of model.rows) {
      expect(row.control).toBe(KIND[variant]);
      expect(row.currentLevel, row.label).toBe(scopeById(row.scopeId!)?.defaultLevel);
      expect(handles[row.key]?.label).toBe(row.label);
    }
    const orders = model.rows.find((r) => r.scopeId === 'orders');
    expect(orders?.offered).toEqual(variant === 'native' ? ['None', 'read-only', 'modify'] : []);
  });

  it('reads the typed name, and only the form’s rows, under an open credentials pop-up', () => {
    loadPage(`${variant}-credentials-popup`);
    const { model } = scanForm(document);
    expect(model.name).toBe('Snapshot account');
    expect(model.rows).toHaveLength(28);
    // The pop-up's read-only inputs are not form controls of the scope list.
    expect(model.rows.every((r) => r.scopeId !== null)).toBe(true);
  });

  it('reports an unknown row inside the scope list, with no scope id', () => {
    loadPage(`${variant}-create`);
    cloneOrdersRow('Webhooks', 'scope-list');
    const { model } = scanForm(document);
    expect(model.rows).toHaveLength(29);
    const unknown = model.rows.find((r) => r.label === 'Webhooks');
    expect(unknown).toMatchObject({ scopeId: null, currentLevel: null, currentText: 'None' });
    // Rows stay in page order.
    const labels = model.rows.map((r) => r.label);
    expect(labels.indexOf('Webhooks')).toBe(labels.indexOf('Orders') + 1);
  });

  it('ignores an unknown dropdown outside the scope list', () => {
    loadPage(`${variant}-create`);
    cloneOrdersRow('Store switcher', 'page-top');
    const { model, handles } = scanForm(document);
    expect(handles.map((h) => h.label)).toContain('Store switcher');
    expect(model.rows.map((r) => r.label)).not.toContain('Store switcher');
    expect(model.rows).toHaveLength(28);
  });
});

describe('scanForm on other pages', () => {
  it('finds no form on a page without one', () => {
    document.body.innerHTML = '<main><h1>Dashboard</h1><select aria-label="Store"><option>Main</option></select></main>';
    expect(scanForm(document).model).toEqual({ tokenType: null, name: null, apiPath: null, rows: [], accessLevel: null, language: null });
  });

  it('scans a subtree only when given one', () => {
    loadPage('native-credentials-popup');
    const dialog = document.querySelector('[role="dialog"]')!;
    expect(dialog.querySelector('input')?.value).toBe(CREDENTIALS.clientId);
    expect(scanForm(dialog).model.rows).toEqual([]);
  });
});
