// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readAccountList } from '../../../utils/dom/read-account-list';

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
