import type { TableLevelId } from '../../../utils/languages/types';
import { describe, expect, it } from 'vitest';
import { ALL_TABLES, INFRASTRUCTURE_ROW_IDS, INFRASTRUCTURE_ROW_LEVELS, normalizeFor, tableByCode, TABLE_LEVEL_IDS, UI_KEYS } from '../../../utils/languages';
import { en } from '../../../utils/languages/en';
import { languageTableSchema } from '../../../utils/languages/schema';
import type { LanguageTable, Texts } from '../../../utils/languages/types';
import { STORE_SCOPE_IDS, STORE_SCOPES } from '../../../utils/scopes/catalogue';

const ROW_IDS = [...new Set<string>([...STORE_SCOPE_IDS, ...INFRASTRUCTURE_ROW_IDS])];

/** Level ids each row can appear with: the catalogue's, plus the Infrastructure rows'. */
const LEVELS_BY_ROW = new Map<string, readonly string[]>([
  ...STORE_SCOPES.map((r) => [r.id, r.levels.map((l) => l.id)] as const),
  ...Object.entries(INFRASTRUCTURE_ROW_LEVELS),
]);

function entry(table: LanguageTable, key: string): Texts | undefined {
  const [group, id] = key.split('.') as [string, string];
  const record = (table as unknown as Record<string, Record<string, Texts> | undefined>)[group];
  return record?.[id];
}

function expectUnique(table: LanguageTable, group: Readonly<Record<string, Texts>>, what: string) {
  const owner = new Map<string, string>();
  for (const [id, texts] of Object.entries(group)) {
    for (const text of texts) {
      const key = normalizeFor(table, text);
      const previous = owner.get(key);
      expect(previous === undefined || previous === id, `${table.code}: ${what} "${text}" names both ${previous} and ${id}`).toBe(
        true,
      );
      owner.set(key, id);
    }
  }
}

describe('language tables', () => {
  it('has the six documented control-panel languages', () => {
    expect(ALL_TABLES.map((t) => t.code)).toEqual(['en', 'fr', 'it', 'es', 'zh', 'uk']);
    expect(tableByCode('fr')?.name).toBe('French');
    expect(tableByCode('de')).toBeNull();
  });

  describe.each(ALL_TABLES.map((t) => [t.code, t] as const))('%s', (_code, table) => {
    it('passes the zod schema', () => {
      const parsed = languageTableSchema.safeParse(table);
      expect(parsed.success, parsed.error?.message).toBe(true);
    });

    it('covers every row id, every level a row can appear with, and every UI key', () => {
      expect(Object.keys(table.rows).sort()).toEqual([...ROW_IDS].sort());
      for (const [rowId, levelIds] of LEVELS_BY_ROW) {
        for (const levelId of levelIds) expect(table.levels[levelId as keyof typeof table.levels], `${rowId}/${levelId}`).toBeDefined();
      }
      expect(Object.keys(table.levels).sort()).toEqual([...TABLE_LEVEL_IDS].sort());
      expect(Object.keys(table.ui).sort()).toEqual([...UI_KEYS].sort());
      for (const texts of [...Object.values(table.rows), ...Object.values(table.levels), ...Object.values(table.ui)]) {
        expect(texts.length).toBeGreaterThan(0);
        for (const t of texts) expect(normalizeFor(table, t)).not.toBe('');
      }
    });

    it('never gives two rows, two levels or two UI texts the same normalised text', () => {
      expectUnique(table, table.rows, 'row');
      expectUnique(table, table.levels, 'level');
      expectUnique(table, table.ui, 'UI text');
    });

    it('cites only entries it has, with a text the entry holds', () => {
      for (const [key, source] of Object.entries(table.provenance.sources)) {
        const texts = entry(table, key);
        expect(texts, `${table.code}: source for unknown entry ${key}`).toBeDefined();
        expect(texts, `${table.code}: ${key}`).toContain(source.text);
      }
    });

    it('is plain JSON, so the background can send it by message', () => {
      expect(JSON.parse(JSON.stringify(table))).toEqual(table);
    });
  });

  it('is honest that no table has been read off a live control panel yet', () => {
    // Flip a table's flag only with a page report or screenshot from a real store in that language.
    expect(ALL_TABLES.filter((t) => t.provenance.verified).map((t) => t.code)).toEqual([]);
  });

  it('rejects a table with a missing row, an unknown UI key or an empty text', () => {
    const { orders: _orders, ...rowsWithoutOrders } = en.rows;
    expect(languageTableSchema.safeParse({ ...en, rows: rowsWithoutOrders }).success).toBe(false);
    expect(languageTableSchema.safeParse({ ...en, ui: { ...en.ui, cancel: ['Cancel'] } }).success).toBe(false);
    expect(languageTableSchema.safeParse({ ...en, levels: { ...en.levels, none: [' '] } }).success).toBe(false);
    expect(languageTableSchema.safeParse({ ...en, levels: { ...en.levels, none: [] } }).success).toBe(false);
  });
});

describe('English table', () => {
  const n = (t: string) => normalizeFor(en, t);

  it('agrees with the catalogue: each row holds exactly its label and aliases', () => {
    for (const row of STORE_SCOPES) {
      expect(new Set(en.rows[row.id].map(n)), row.id).toEqual(new Set([row.label, ...row.aliases].map(n)));
    }
  });

  it("holds every catalogue level's option text under the same level id", () => {
    for (const row of STORE_SCOPES) {
      for (const level of row.levels) expect(en.levels[level.id as TableLevelId].map(n), `${row.id}/${level.id}`).toContain(n(level.label));
    }
  });
});
