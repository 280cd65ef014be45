// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fr } from '../../../utils/languages/fr';
import { levelForText, paramIn, rowForAttribute, rowForLabel } from '../../../utils/scopes/identify';
import { scopeById } from '../../../utils/scopes/bundled';
import { scanForm } from '../../../utils/dom/scan-form';

describe('attributes (signal a)', () => {
  it('finds a parameter string inside an attribute value, and a catalogue id as the whole value', () => {
    expect(paramIn('scopes[store_v2_products_read_only]')).toMatchObject({ row: { id: 'products' }, level: { id: 'read-only' } });
    expect(paramIn('scope:store_cart')).toMatchObject({ row: { id: 'carts' }, level: { id: 'modify' } });
    expect(paramIn('store_checkouts')).toMatchObject({ row: { id: 'checkouts' } }); // a documented alias
    expect(rowForAttribute('channel-listings')?.id).toBe('channel-listings');
    expect(rowForAttribute('store_v2_productsX')).toBeNull();
    expect(rowForAttribute(':r3:-input')).toBeNull();
  });

  it('identifies rows whose labels say nothing, by name or data-* of the control or its row', () => {
    document.body.innerHTML = `<form>
      <div data-scope="store_v2_orders"><label for="a">Zamówienia</label><select id="a"><option>Brak</option><option>odczyt</option><option>zmiana</option></select></div>
      <div><label for="b">Produkty</label><select id="b" name="scopes[store_v2_products]"><option value="">x</option><option value="store_v2_products_read_only" selected>y</option><option value="store_v2_products">z</option></select></div>
    </form>`;
    const rows = scanForm(document).model.rows;
    expect(rows.map((r) => [r.scopeId, r.signal])).toEqual([
      ['orders', 'attribute'],
      ['products', 'attribute'],
    ]);
    // A level, too, where an option's value carries its parameter string.
    expect(rows[1]?.currentLevel).toBe('read-only');
  });
});

describe('labels in a language table (signal b)', () => {
  it('reads French labels and options, with the language’s "et" for "&"', () => {
    expect(rowForLabel('Sites et routes', fr)?.id).toBe('sites-routes');
    expect(rowForLabel('Commandes', fr)?.id).toBe('orders');
    expect(rowForLabel('Commandes', null)).toBeNull();
    expect(levelForText(scopeById('orders'), 'lecture seule', fr)?.id).toBe('read-only');
    expect(levelForText(scopeById('orders'), 'read-only', fr)?.id).toBe('read-only');
  });
});
