/**
 * Partial structure and teaching ("The page we cannot see"): on a page where most rows are read by
 * their labels, each unknown row is placed by its known neighbours when exactly one catalogue row
 * fits; a level word no table knows is read by its place; what the merchant taught applies before
 * structure, and a taught mapping the page contradicts is dropped.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { STORE_SCOPES, type ScopeId } from '../../../utils/scopes/catalogue';
import { optionsFit, placeUnknownRows, readPositions } from '../../../utils/decide/structure';
import { applyTaught, taughtId } from '../../../utils/decide/taught';
import { decide } from '../../../utils/decide/decide';
import type { PageModel, ScopeRowModel } from '../../../utils/form/model';
import type { TaughtEntry } from '../../../utils/decide/taught-types';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import { useEnglishMessages } from '../english';

beforeEach(useEnglishMessages);

const S41 = STORE_SCOPES.slice(0, 28).map((r) => r.id);
const WORD: Record<string, string> = { none: 'None', 'read-only': 'read-only', modify: 'modify', login: 'login', create: 'create', manage: 'manage', standard: 'Standard', full: 'Full' };

function row(key: number, id: ScopeId, known: boolean, label = known ? STORE_SCOPES.find((r) => r.id === id)!.label : `Unknown ${key}`): ScopeRowModel {
  const scope = STORE_SCOPES.find((r) => r.id === id)!;
  const offered = scope.levels.map((l) => WORD[l.id]!);
  return { key, label, scopeId: known ? id : null, signal: known ? 'label' : null, control: 'native-select', currentText: offered[0]!, currentLevel: known ? scope.levels[0]!.id : null, offered };
}
const model = (rows: ScopeRowModel[], language: string | null = 'en'): PageModel => ({ tokenType: null, name: null, apiPath: null, rows, accessLevel: null, language });

describe('placeUnknownRows', () => {
  it('places each unknown row where the missing catalogue row belongs (three gaps, one row each)', () => {
    const unknown = new Set<ScopeId>(['checkout-content', 'get-payment-methods', 'storefront-api-customer-impersonation-tokens']);
    const out = readPositions(model(S41.map((id, i) => row(i, id, !unknown.has(id)))));
    expect(out.rows.filter((r) => r.signal === 'position').map((r) => r.scopeId)).toEqual([...unknown]);
    expect(out.rows.filter((r) => r.signal === 'label')).toHaveLength(25);
  });

  it('reads nothing where two rows could fit one unknown row (a gap with two missing rows)', () => {
    const rows = S41.filter((id) => id !== 'order-transactions').map((id, i) => row(i, id, id !== 'orders'));
    expect(placeUnknownRows(model(rows)).rows.some((r) => r.signal === 'position')).toBe(false);
  });

  it('reads nothing for unknown rows moved out of the documented order', () => {
    const moved: ScopeId[] = ['products', 'orders', 'customers'];
    const rows = [...S41.filter((id) => !moved.includes(id)), ...moved].map((id, i) => row(i, id, !moved.includes(id)));
    expect(placeUnknownRows(model(rows)).rows.filter((r) => r.scopeId === null)).toHaveLength(3);
  });

  it('refuses a row whose option texts say otherwise (a level word in another place)', () => {
    const products = STORE_SCOPES.find((r) => r.id === 'products')!;
    expect(optionsFit(products, ['None', 'read-only', 'modify'])).toBe('words');
    expect(optionsFit(products, ['Aucun', 'lecture seule', 'modifier'])).toBe('words');
    expect(optionsFit(products, ['—', 'look', 'change'])).toBe('position');
    expect(optionsFit(products, ['None', 'modify', 'read-only'])).toBeNull();
    expect(optionsFit(products, ['None', 'login'])).toBeNull();
  });
});

describe('applyTaught', () => {
  const entry = (label: string, scopeId: string | null, language: string | null = 'en'): TaughtEntry => ({ kind: 'row', id: taughtId('store-level', language, label), form: 'store-level', language, label, scopeId, at: 1 });
  const moved: ScopeId[] = ['products', 'orders', 'customers'];
  const page = () => model([...S41.filter((id) => !moved.includes(id)), ...moved].map((id, i) => row(i, id, !moved.includes(id), moved.includes(id) ? `Label of ${id}` : undefined)));

  it('identifies taught rows before structure, in the page language only', () => {
    const taught = moved.map((id) => entry(`label of ${id}`, id));
    const out = applyTaught(page(), taught);
    expect(out.model.rows.filter((r) => r.signal === 'taught').map((r) => r.scopeId)).toEqual(moved);
    expect(applyTaught(model(page().rows, 'fr'), taught).model.rows.some((r) => r.signal === 'taught')).toBe(false);
  });

  it('sets "Not a scope" rows aside and drops a mapping the page contradicts', () => {
    const out = applyTaught(page(), [entry('Label of products', null), entry('Label of orders', 'themes')]);
    expect(out.notScopes).toHaveLength(1);
    // Themes is read by its label elsewhere on the page: the mapping is dropped, not applied.
    expect(out.contradicted.map((e) => e.label)).toEqual(['Label of orders']);
    expect(out.model.rows.find((r) => r.label === 'Label of orders')!.scopeId).toBeNull();
  });

  it('decides with what was taught: the fill plans every taught row, the view asks nothing more', () => {
    const preset = BUILTIN_PRESETS.find((p) => p.id === 'modern-retail-integration')!;
    const taught = moved.map((id) => entry(`Label of ${id}`, id));
    const before = decide(page(), preset, null);
    expect(before.diff!.unknownRows).toHaveLength(3);
    expect(before.markers!.filter((m) => m.teach)).toHaveLength(3);
    expect(before.markers!.find((m) => m.teach)!.teach!.question).toBe('Which scope is Label of products?');
    const after = decide(page(), preset, null, new Set(), undefined, taught);
    expect(after.diff!.unknownRows).toEqual([]);
    expect(after.steps.some((s) => s.kind === 'scope' && s.scopeId === 'products')).toBe(true);
    expect(after.markers!.find((m) => m.scope === 'products')!.text).toContain('Products · taught');
  });

  it('keeps the order of every other question when a row is taught (a quick choice lands where it was read)', () => {
    const preset = BUILTIN_PRESETS.find((p) => p.id === 'modern-retail-integration')!;
    const choices = (taught: TaughtEntry[]) =>
      decide(page(), preset, null, new Set(), undefined, taught).markers!.filter((m) => m.teach && m.scope !== 'products').map((m) => m.teach!.choices.map((c) => c.value));
    const before = choices([]);
    const after = choices([entry('Label of products', 'products')]);
    expect(after).toHaveLength(2);
    expect(after).toEqual(before.slice(1));
    // Rows read by their label still go last: the rows the page does not show come first.
    expect(after[0]!.slice(0, 3).sort()).toEqual(['customers', 'orders', 'products']);
  });

  it('keeps naming a mapping the page contradicted in an earlier decision (already forgotten)', () => {
    const preset = BUILTIN_PRESETS.find((p) => p.id === 'modern-retail-integration')!;
    const dropped = entry('Label of orders', 'themes');
    const first = decide(page(), preset, null, new Set(), undefined, [dropped]);
    expect(first.contradicted).toEqual([dropped]);
    const later = decide(page(), preset, null, new Set(), undefined, [], [dropped]);
    expect(later.view.problems).toContain('Forgot what was taught about “Label of orders”: this page shows that row otherwise.');
    expect(later.view.problems.filter((p) => p.startsWith('Forgot'))).toHaveLength(1);
    expect(decide(page(), preset, null, new Set(), undefined, [dropped], [dropped]).view.problems.filter((p) => p.startsWith('Forgot'))).toHaveLength(1);
  });

  it('reads a level word no table knows by its place when the option count matches', () => {
    const rows = S41.map((id, i) => row(i, id, true));
    rows[11] = { ...rows[11]!, offered: ['Nada', 'Mirar', 'Cambiar'], currentText: 'Cambiar', currentLevel: null };
    const d = decide(model(rows), null, null);
    expect(d.model.rows[11]).toMatchObject({ currentLevel: 'modify', levelByPosition: true });
  });
});

describe('taught rows are no anchors', () => {
  it('does not place unknown rows by a taught row out of the documented order', () => {
    const moved: ScopeId[] = ['products', 'orders', 'customers'];
    const rows = [...S41.filter((id) => !moved.includes(id)), ...moved].map((id, i) => row(i, id, !moved.includes(id), moved.includes(id) ? `Label of ${id}` : undefined));
    rows[25] = { ...rows[25]!, scopeId: 'customers', signal: 'taught' };
    expect(placeUnknownRows(model(rows)).rows.filter((r) => r.signal === 'position')).toEqual([]);
  });
});

describe('placeUnknownResources (account-level: no published order)', () => {
  it('reads a resource by its level words only when one missing resource has them', async () => {
    const { ACCOUNT_SCOPES } = await import('../../../utils/scopes/account-catalogue');
    const { placeUnknownResources } = await import('../../../utils/decide/structure');
    const res = (key: number, label: string, id: string | null, offered: string[]): ScopeRowModel => ({ key, label, scopeId: id as ScopeRowModel['scopeId'], signal: id ? 'label' : null, control: 'checkboxes', currentText: '', currentLevel: null, offered });
    const page: PageModel = {
      kind: 'account-level', tokenType: null, name: null, apiPath: null, accessLevel: null, language: 'en',
      rows: [
        res(0, 'Subscriptions', 'account-subscriptions', ['read', 'cancel']),
        res(1, 'Checkout sessions', null, ['read', 'modify']),
        res(2, 'Account', 'account', ['read-only']),
        res(3, 'Store list', null, ['read-only']),
        res(4, 'Installed apps', null, ['read-only']),
        res(5, 'Account Users', 'account-users', ['read-only', 'write', 'delete']),
      ],
    };
    const out = placeUnknownResources(page, ACCOUNT_SCOPES).rows;
    expect(out[1]).toMatchObject({ scopeId: 'account-checkouts', signal: 'position' });
    expect(out[3]!.scopeId).toBeNull();
    expect(out[4]!.scopeId).toBeNull();
  });
});
