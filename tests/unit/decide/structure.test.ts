import { describe, expect, it } from 'vitest';
import { FLOATING_GROUPS, FLOATING_SCOPE_IDS, STORE_SCOPES, type ScopeId } from '../../../utils/scopes/catalogue';
import { readByPosition, readPositions } from '../../../utils/decide/structure';
import type { PageModel } from '../../../utils/form/model';

const entry = (id: ScopeId, known: ScopeId | null = null) => ({ options: STORE_SCOPES.find((r) => r.id === id)!.levels.length, known });
const ids = (list: readonly ScopeId[]) => list.map((id) => entry(id));
const S41 = STORE_SCOPES.slice(0, 28).map((r) => r.id);
const read = (entries: ReturnType<typeof ids>) => readByPosition(entries, STORE_SCOPES, FLOATING_SCOPE_IDS, FLOATING_GROUPS);

describe('readByPosition', () => {
  it('reads the docs/control-panel-facts.md §4.1 list, Store Translations last, as exactly one reading', () => {
    expect(read(ids(S41))).toEqual(S41);
  });

  it('reads the list without Store Translations', () => {
    expect(read(ids(S41.slice(0, 27)))).toEqual(S41.slice(0, 27));
  });

  it('reads nothing when Store Translations could sit in two places (a run of three-level rows around it)', () => {
    // Translations between Content and Checkout content looks like it between Checkout content and Customers.
    const list = ['content', 'store-translations', ...S41.slice(1, 27)] as ScopeId[];
    expect(read(ids(list))).toBeNull();
  });

  it('reads nothing when a row is missing, an option count differs, or a count is unknown', () => {
    expect(read(ids(S41.filter((id) => id !== 'orders')))).toBeNull();
    const counts = ids(S41);
    counts[3] = { options: 3, known: null };
    expect(read(counts)).toBeNull();
    counts[3] = { options: null as unknown as number, known: null };
    expect(read(counts)).toBeNull();
  });

  it('places the Infrastructure rows only all together', () => {
    const withTwo = [...S41, 'infrastructure-deployments', 'infrastructure-logs'] as ScopeId[];
    expect(read(ids(withTwo))).toBeNull();
    const all = [...S41.slice(0, 27), 'infrastructure-deployments', 'infrastructure-projects', 'infrastructure-logs'] as ScopeId[];
    // Two-option Infrastructure Logs could trade places with Metafields Access: no reading...
    expect(read(ids(all))).toBeNull();
    // ...unless Metafields Access is known by another signal.
    const entries = ids(all);
    entries[26] = entry('metafields-access', 'metafields-access');
    expect(read(entries)).toEqual(all);
  });

  it('keeps rows a stronger signal identified where they are, and refuses a reading that contradicts them', () => {
    const entries = ids(S41);
    entries[5] = entry('marketing', 'marketing');
    expect(read(entries)).toEqual(S41);
    entries[5] = entry('marketing', 'orders');
    expect(read(entries)).toBeNull();
  });
});

describe('readPositions', () => {
  const row = (i: number, label: string, offered: string[], currentText: string, scopeId: ScopeId | null = null) => ({
    key: i,
    label,
    scopeId,
    signal: scopeId ? ('label' as const) : null,
    control: 'native-select' as const,
    currentText,
    currentLevel: null,
    offered,
  });
  const model = (rows: PageModel['rows']): PageModel => ({ tokenType: null, name: null, apiPath: null, rows, accessLevel: null, language: null });
  const unknownList = () =>
    S41.map((id, i) => {
      const n = STORE_SCOPES.find((r) => r.id === id)!.levels.length;
      const offered = Array.from({ length: n }, (_, k) => `o${k}`);
      return row(i, `label ${i}`, offered, offered[0]!);
    });

  it('identifies every row by position and reads its level by option order', () => {
    const rows = unknownList();
    rows[11] = { ...rows[11]!, currentText: 'o2' }; // products: third option = modify
    const out = readPositions(model(rows)).rows;
    expect(out.every((r) => r.signal === 'position')).toBe(true);
    expect(out[11]).toMatchObject({ scopeId: 'products', currentLevel: 'modify' });
    expect(out[26]).toMatchObject({ scopeId: 'metafields-access', currentLevel: 'standard' });
  });

  it('leaves a list whose labels are mostly understood alone', () => {
    const rows = unknownList().map((r, i) => (i < 20 ? { ...r, scopeId: S41[i]!, signal: 'label' as const } : r));
    expect(readPositions(model(rows)).rows.filter((r) => r.signal === 'position')).toEqual([]);
  });
});
