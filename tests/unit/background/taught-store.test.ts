/**
 * The taught rows' store (utils/background/taught-store.ts): one entry per form, language and
 * label (a second teaching replaces the first), Forget by id or all, and the export file read back
 * whole or refused whole.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTaught, importTaught, taughtEntries, teach } from '../../../utils/background/taught-store';
import { MAX_TAUGHT_ENTRIES, taughtFileText } from '../../../utils/decide/taught';

beforeEach(() => fakeBrowser.reset());

const row = (scopeId: string | null) => ({ kind: 'row', scopeId }) as const;

describe('taught rows', () => {
  it('keeps one entry per form, language and label; the last teaching wins', async () => {
    await teach('store-level', 'fr', 'Commandes passées', row('products'), 1);
    await Promise.all([teach('store-level', 'fr', 'Commandes  passées ', row('orders'), 2), teach('store-level', 'es', 'Commandes passées', row(null), 3)]);
    const entries = await taughtEntries();
    expect(entries.map((e) => [e.language, e.kind === 'row' && e.scopeId])).toEqual([
      ['fr', 'orders'],
      ['es', null],
    ]);
  });

  it('forgets one entry or all of them', async () => {
    await teach('store-level', 'fr', 'A', row('orders'), 1);
    await teach('account-level', null, 'B', row('account-apps'), 1);
    const [first] = await taughtEntries();
    await forgetTaught([first!.id]);
    expect((await taughtEntries()).map((e) => e.label)).toEqual(['B']);
    await forgetTaught(null);
    expect(await taughtEntries()).toEqual([]);
  });

  it('exports a file that imports back, and refuses a bad one whole', async () => {
    await teach('store-level', 'it', 'Spedizione degli ordini', row('order-fulfillment'), 5);
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

  it('keeps level words beside rows: one entry per option text, the last teaching wins', async () => {
    await teach('store-level', 'fr', 'Aucune autorisation', { kind: 'level', level: 'read-only' }, 1);
    await teach('store-level', 'fr', 'Aucune  autorisation', { kind: 'level', level: 'none' }, 2);
    await teach('store-level', 'fr', 'Aucune autorisation', row('orders'), 3);
    const entries = await taughtEntries();
    expect(entries.map((e) => [e.kind, e.label, e.kind === 'level' ? e.level : e.scopeId])).toEqual([
      ['level', 'Aucune  autorisation', 'none'],
      ['row', 'Aucune autorisation', 'orders'],
    ]);
    expect(new Set(entries.map((e) => e.id)).size).toBe(2);
  });

  it('writes version 2 files with level words, reads version 1 files and entries stored before level words', async () => {
    await teach('store-level', 'es', 'Sin permiso', { kind: 'level', level: 'none' }, 7);
    const text = taughtFileText(await taughtEntries());
    expect(JSON.parse(text)).toMatchObject({ version: 2, rows: [{ kind: 'level', label: 'Sin permiso', level: 'none' }] });
    await forgetTaught(null);
    expect(await importTaught(text)).toEqual({ ok: true, added: 1 });
    expect((await taughtEntries())[0]).toMatchObject({ kind: 'level', level: 'none', at: 7 });
    const v1 = { format: 'scopekeeper-taught-rows', version: 1, rows: [{ form: 'store-level', language: 'it', label: 'Carrelli', scopeId: 'carts', at: 1 }] };
    expect(await importTaught(JSON.stringify(v1))).toEqual({ ok: true, added: 1 });
    // A version 1 file cannot carry level words.
    expect((await importTaught(JSON.stringify({ ...v1, rows: [{ kind: 'level', form: 'store-level', language: 'it', label: 'X', level: 'none', at: 1 }] }))).ok).toBe(false);
    await fakeBrowser.storage.local.set({ taughtRows: [{ form: 'store-level', language: 'fr', label: 'Paniers', scopeId: 'carts', at: 1 }] });
    expect(await taughtEntries()).toMatchObject([{ kind: 'row', label: 'Paniers', scopeId: 'carts' }]);
  });

  it('refuses a level word whose level no row of its form has', async () => {
    const file = (level: string, form = 'store-level') => JSON.stringify({ format: 'scopekeeper-taught-rows', version: 2, rows: [{ kind: 'level', form, language: null, label: 'X', level, at: 1 }] });
    expect((await importTaught(file('delete'))).ok).toBe(false);
    expect((await importTaught(file('delete', 'account-level'))).ok).toBe(true);
    expect((await importTaught(file('owner'))).ok).toBe(false);
  });
});

describe('taught-rows files', () => {
  const file = (rows: unknown[]) => JSON.stringify({ format: 'scopekeeper-taught-rows', version: 2, rows });
  it('keeps one entry per id within a file (the last one wins)', async () => {
    const a = { kind: 'level', form: 'store-level', language: 'fr', label: 'Tout', level: 'modify', at: 1 };
    expect(await importTaught(file([a, { ...a, label: 'tout ', level: 'read-only', at: 2 }]))).toEqual({ ok: true, added: 1 });
    expect(await taughtEntries()).toMatchObject([{ level: 'read-only', at: 2 }]);
  });
  it('refuses a file that would push out what was taught before (500 kept), and says how many it would make', async () => {
    const entry = (i: number) => ({ kind: 'row', form: 'store-level', language: 'fr', label: `Libellé ${i}`, scopeId: null, at: i });
    await teach('store-level', 'es', 'Pedidos', row('orders'), 1);
    const full = Array.from({ length: 500 }, (_, i) => entry(i));
    expect(await importTaught(file(full))).toEqual({ ok: false, total: 501, max: 500 });
    expect((await taughtEntries()).map((e) => e.label)).toEqual(['Pedidos']);
    // Replacing entries already kept adds none: a file of 499 new ones and the one kept fits.
    expect(await importTaught(file([...full.slice(0, 499)]))).toEqual({ ok: true, added: 499 });
    expect(await taughtEntries()).toHaveLength(500);
    expect(await importTaught(file([entry(0)]))).toEqual({ ok: true, added: 1 });
    // What the options page says (taught_cap): full, an answer given on a page forgets the oldest.
    await teach('store-level', 'fr', 'Nouveau', row('orders'), 1000);
    const kept = (await taughtEntries()).map((e) => e.label);
    expect(kept).toHaveLength(MAX_TAUGHT_ENTRIES);
    expect(kept).not.toContain('Pedidos');
    expect(kept.at(-1)).toBe('Nouveau');
  });
  it('refuses a language that is not a table code (an id is joined with "|")', async () => {
    expect((await importTaught(file([{ kind: 'row', form: 'store-level', language: 'fr|x', label: 'y', scopeId: null, at: 1 }]))).ok).toBe(false);
  });
});
