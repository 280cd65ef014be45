/**
 * The taught rows' store (utils/background/taught-store.ts): one entry per form, language and
 * label (a second teaching replaces the first), Forget by id or all, and the export file read back
 * whole or refused whole.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTaught, importTaught, taughtEntries, teach } from '../../../utils/background/taught-store';
import { taughtFileText } from '../../../utils/decide/taught';

beforeEach(() => fakeBrowser.reset());

describe('taught rows', () => {
  it('keeps one entry per form, language and label; the last teaching wins', async () => {
    await teach('store-level', 'fr', 'Commandes passées', 'products', 1);
    await Promise.all([teach('store-level', 'fr', 'Commandes  passées ', 'orders', 2), teach('store-level', 'es', 'Commandes passées', null, 3)]);
    const entries = await taughtEntries();
    expect(entries.map((e) => [e.language, e.scopeId])).toEqual([
      ['fr', 'orders'],
      ['es', null],
    ]);
  });

  it('forgets one entry or all of them', async () => {
    await teach('store-level', 'fr', 'A', 'orders', 1);
    await teach('account-level', null, 'B', 'account-apps', 1);
    const [first] = await taughtEntries();
    await forgetTaught([first!.id]);
    expect((await taughtEntries()).map((e) => e.label)).toEqual(['B']);
    await forgetTaught(null);
    expect(await taughtEntries()).toEqual([]);
  });

  it('exports a file that imports back, and refuses a bad one whole', async () => {
    await teach('store-level', 'it', 'Spedizione degli ordini', 'order-fulfillment', 5);
    const text = taughtFileText(await taughtEntries());
    await forgetTaught(null);
    expect(await importTaught(text)).toEqual({ ok: true, added: 1 });
    expect((await taughtEntries())[0]).toMatchObject({ label: 'Spedizione degli ordini', scopeId: 'order-fulfillment', at: 5 });
    const bad = JSON.parse(text) as { rows: unknown[] };
    bad.rows.push({ form: 'store-level', language: 'it', label: 'X', scopeId: 'account-apps', at: 1 });
    const refused = await importTaught(JSON.stringify(bad));
    expect(refused.ok).toBe(false);
    expect((await taughtEntries())).toHaveLength(1);
    expect((await importTaught('nope')).ok).toBe(false);
  });
});
