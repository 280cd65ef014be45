/**
 * The catalogue against independent data: the tables and matching rules of the control panel's
 * scope sections (docs/control-panel-facts.md §4.1, §4.2, §4.3 and §5), copied verbatim into
 * tests/fixtures/docs/control-panel-scopes.md. Every expectation here is read from that excerpt, so a
 * change to a label, level, default or OAuth string in the catalogue fails unless the doc agrees.
 * The last block checks invariants the catalogue must keep whatever the doc says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_SCOPES } from '../../../utils/scopes/account-catalogue';
import { STORE_SCOPE_IDS, STORE_SCOPES, isScopeId } from '../../../utils/scopes/catalogue';
import { scopeById } from '../../../utils/scopes/bundled';
import { findLevel, findScopeRow, normalizeLabel } from '../../../utils/scopes/match';
import { scopeIdSchema, scopeRowSchema } from '../../../utils/scopes/schema';
import { levelIdSchema } from '../../../utils/scopes/level-schema';

const md = readFileSync(path.resolve(__dirname, '../../fixtures/docs/control-panel-scopes.md'), 'utf8');

/** The text of the section under `heading` (a line prefix), up to the next heading of the same or a higher level. */
function section(heading: string): string {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  if (start < 0) throw new Error(`section "${heading}" not in the doc excerpt`);
  const depth = /^#+/.exec(heading)![0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && /^#+/.exec(l)![0].length <= depth);
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** A section's table body rows, as arrays of trimmed cells (header and rule dropped). */
function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[-| ]+\|$/.test(line))
    .map((line) => line.slice(1, -1).split('|').map((c) => c.trim()))
    .slice(1);
}

/** The bullet that starts with `**title**`. */
function bullet(text: string, title: string): string {
  const line = text.split('\n').find((l) => l.startsWith(`* **${title}**`));
  if (!line) throw new Error(`bullet "${title}" not in the doc excerpt`);
  return line;
}

const backticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
const quoted = (text: string) => [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
/** "None / **login** (note)" → ["None", "login"] */
const levelWords = (cell: string) =>
  cell.replace(/\*\*/g, '').replace(/\([^)]*\)/g, '').split('/').map((s) => s.trim()).filter(Boolean);
/** "rows 19–20" → [19, 20]; "rows 1 and 13" → [1, 13]; "row 4" → [4] */
function rowNumbers(text: string): number[] {
  const range = /(\d+)\s*[–-]\s*(\d+)/.exec(text);
  if (range) return Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i);
  return [...text.matchAll(/\d+/g)].map((m) => Number(m[0]));
}

const storeTable = tableRows(section('### 4.1'));
const storeRuleText = section('### 4.1');

describe('store-level rows vs docs/control-panel-facts.md §4.1', () => {
  it('has the table’s rows, in its order', () => {
    expect(storeTable.length).toBeGreaterThanOrEqual(28);
    // Then the Infrastructure rows of docs/control-panel-facts.md §4.2, which may appear (§15): checked below.
    expect(STORE_SCOPES.slice(0, storeTable.length).map((r) => r.label)).toEqual(storeTable.map((cells) => cells[1]));
    storeTable.forEach(([num], i) => expect(num).toBe(String(i + 1)));
  });

  describe.each(storeTable.map((cells) => [cells[1] ?? '', cells] as const))('%s', (label, cells) => {
    const [num = '', , levels = '', def = '', params = '', notes = ''] = cells;
    const row = STORE_SCOPES[Number(num) - 1]!;

    it('offers the levels the table lists, in its order', () => {
      expect(row.label).toBe(label);
      expect(row.levels.map((l) => l.label)).toEqual(levelWords(levels));
    });

    it('starts at the table’s default level', () => {
      expect(row.levels.find((l) => l.id === row.defaultLevel)?.label).toBe(def.replace(/\*\*/g, ''));
    });

    it('maps each level to the table’s OAuth parameter string', () => {
      expect(row.levels.flatMap((l) => (l.param ? [l.param] : []))).toEqual(backticked(params));
    });

    it('knows exactly the other spellings of its parameters that the notes name', () => {
      const canonical = row.levels.flatMap((l) => (l.param ? [l.param] : []));
      const inNotes = backticked(notes).filter((s) => /^store_[a-z0-9_]+$/.test(s) && !canonical.includes(s));
      expect(row.levels.flatMap((l) => l.paramAliases).sort()).toEqual([...new Set(inNotes)].sort());
    });
  });

  it('defaults every row to None except those the notes name', () => {
    const defaults = bullet(storeRuleText, 'Defaults.');
    // "Every row defaults to None except Metafields Access (Standard)."
    const [, exceptRow, exceptLevel] = /except ([^(]+?) \(([^)]+)\)/.exec(defaults) ?? [];
    for (const row of STORE_SCOPES) {
      const want = normalizeLabel(row.label) === normalizeLabel(exceptRow ?? '') ? exceptLevel : 'None';
      expect(row.levels.find((l) => l.id === row.defaultLevel)?.label, row.label).toBe(want);
    }
  });

  it('reads the label spellings the matching rule names as the same row', () => {
    const rule = bullet(storeRuleText, 'Matching labels.');
    const pairs = [...rule.matchAll(/"([^"]+)" = "([^"]+)"/g)];
    expect(pairs.length).toBeGreaterThan(0);
    for (const [, alias, label] of pairs) {
      expect(findScopeRow(label!), label).not.toBeNull();
      expect(findScopeRow(alias!)?.id, alias).toBe(findScopeRow(label!)?.id);
    }
    // "treat "&" and "and" as equal"
    for (const row of STORE_SCOPES.filter((r) => r.label.includes('&'))) {
      expect(findScopeRow(row.label.replace('&', 'and').toUpperCase())?.id, row.label).toBe(row.id);
    }
  });

  it('reads the level words the matching rule names as one level of each row', () => {
    const rule = bullet(storeRuleText, 'Matching levels.');
    // e.g. `"manage"/"modify"/"generate tokens" for rows 19–20`
    const groups = [...rule.matchAll(/((?:"[^"]+"\/)+"[^"]+") for (rows? [\d–\s]+(?:and \d+)?)/g)];
    expect(groups.length).toBeGreaterThanOrEqual(4);
    for (const [, words, rows] of groups) {
      for (const n of rowNumbers(rows!)) {
        const row = STORE_SCOPES[n - 1]!;
        const ids = quoted(words!).map((w) => findLevel(row, w)?.id ?? `no level for "${w}"`);
        expect(new Set(ids).size, `${row.label}: ${words}`).toBe(1);
        expect(ids[0], row.label).not.toBe('none');
        expect(row.levels.map((l) => l.id), row.label).toContain(ids[0]);
      }
    }
  });
});

describe('older labels vs docs/control-panel-facts.md §4.3', () => {
  it('finds every row an older UI or guide shows', () => {
    const text = section('### 4.3');
    const titleCase = quoted(text.split('\n').find((l) => l.includes('Title Case')) ?? '');
    const tenRows = /show about 10 rows: ([^.]+)\./.exec(text)?.[1]?.split(',').map((s) => s.replace(/[()]/g, '').trim()) ?? [];
    expect(titleCase.length + tenRows.length).toBeGreaterThan(10);
    for (const label of [...titleCase, ...tenRows]) expect(findScopeRow(label), label).not.toBeNull();
  });
});

describe('scopes not in the store-level UI vs docs/control-panel-facts.md §4.2', () => {
  const rows = tableRows(section('### 4.2'));
  const infrastructure = rows.filter(([name]) => name?.startsWith('Infrastructure'));

  it('the Infrastructure rows (native hosting, docs/control-panel-facts.md §15: they may appear) are rows after §4.1, with the table’s levels and parameters', () => {
    expect(infrastructure.map(([name]) => name)).toEqual(['Infrastructure Deployments', 'Infrastructure Projects', 'Infrastructure Logs']);
    expect(STORE_SCOPES.slice(storeTable.length, storeTable.length + infrastructure.length).map((r) => r.label)).toEqual(infrastructure.map(([name]) => name));
    for (const [name = '', levels = '', params = ''] of infrastructure) {
      const row = findScopeRow(name)!;
      expect(row.levels.map((l) => l.label), name).toEqual(['None', ...levelWords(levels)]);
      expect(row.levels.flatMap((l) => (l.param ? [l.param] : [])), name).toEqual(backticked(params));
      expect(row.defaultLevel).toBe('none');
    }
  });

  it('B2B Edition (stores with B2B Edition only) is the last row: None and modify, the level the B2B Edition docs name', () => {
    const row = STORE_SCOPES.at(-1)!;
    expect(row.id).toBe('b2b-edition');
    expect(row.levels.map((l) => l.id)).toEqual(['none', 'modify']);
    expect(row.defaultLevel).toBe('none');
    // The docs publish no parameter string for it; every other row's levels above None have one.
    expect(row.levels[1]!.param).toBeNull();
    for (const other of STORE_SCOPES.slice(0, -1)) for (const l of other.levels) expect(l.id === 'none' || l.param !== null, `${other.id} ${l.id}`).toBe(true);
  });

  it('the others are neither rows nor parameter strings of the catalogue', () => {
    expect(rows.length).toBeGreaterThan(infrastructure.length);
    const known = new Set(STORE_SCOPES.flatMap((r) => r.levels.flatMap((l) => [l.param, ...l.paramAliases])));
    for (const [name, , params] of rows.filter((r) => !infrastructure.includes(r))) {
      expect(findScopeRow(name ?? ''), name).toBeNull();
      for (const p of backticked(params ?? '')) expect(known.has(p), p).toBe(false);
    }
  });
});

describe('account-level resources vs docs/control-panel-facts.md §5', () => {
  const text = section('## 5.');
  const rows = tableRows(text);

  it('has the table’s resources, levels and parameter strings, in its order', () => {
    expect(ACCOUNT_SCOPES.map((r) => r.label)).toEqual(rows.map((r) => r[0]));
    rows.forEach(([label, levels, params], i) => {
      const row = ACCOUNT_SCOPES[i]!;
      // None (nothing ticked) first, as on store rows, then the table's levels.
      expect(row.levels.map((l) => l.label), label).toEqual(['None', ...levelWords(levels ?? '')]);
      expect(row.defaultLevel, label).toBe('none');
      expect(row.levels.flatMap((l) => (l.param ? [l.param] : [])), label).toEqual(
        backticked(params ?? '').filter((s) => s.startsWith('account_')),
      );
    });
  });

  it('reads the unified-billing names and level words as the same resources and levels', () => {
    // `names them in the UI "Subscriptions" (read / cancel) and "Checkouts" (read / modify)`
    const line = text.split('\n').find((l) => l.includes('unified-billing')) ?? '';
    const names = [...line.matchAll(/"([^"]+)" \(([^)]+)\)/g)];
    expect(names).toHaveLength(2);
    for (const [, name, words] of names) {
      const row = findScopeRow(name!, ACCOUNT_SCOPES);
      expect(row?.label, name).toMatch(new RegExp(`${name}$`));
      const levels = levelWords(words!).map((w) => findLevel(row!, w)?.id);
      expect(levels, name).toEqual(row!.levels.slice(1).map((l) => l.id));
    }
  });
});

describe('catalogue invariants', () => {
  it('keeps the id tuple, the rows and the zod enums in step', () => {
    expect([...STORE_SCOPE_IDS]).toEqual(STORE_SCOPES.map((r) => r.id));
    expect(scopeIdSchema.options).toEqual(STORE_SCOPES.map((r) => r.id));
    const used = new Set([...STORE_SCOPES, ...ACCOUNT_SCOPES].flatMap((r) => r.levels.map((l) => l.id)));
    expect(new Set(levelIdSchema.options)).toEqual(used);
  });

  it('passes the row schema', () => {
    for (const row of STORE_SCOPES) {
      const result = scopeRowSchema.safeParse(row);
      expect(result.error?.issues ?? [], row.id).toEqual([]);
    }
  });

  it('never maps one OAuth string to two levels', () => {
    const all = STORE_SCOPES.flatMap((r) => r.levels.flatMap((l) => [l.param, ...l.paramAliases])).filter(Boolean);
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps row labels and aliases unambiguous across rows', () => {
    const owner = new Map<string, string>();
    for (const row of STORE_SCOPES) {
      for (const text of [row.label, ...row.aliases]) {
        const key = normalizeLabel(text);
        const previous = owner.get(key);
        expect(previous === undefined || previous === row.id, `"${text}" also names ${previous}`).toBe(true);
        owner.set(key, row.id);
      }
    }
  });

  it('keeps level words unambiguous within a row', () => {
    for (const row of STORE_SCOPES) {
      const words = row.levels.flatMap((l) => [l.id, ...[l.label, ...l.aliases].map(normalizeLabel)].filter((w, i, a) => a.indexOf(w) === i));
      expect(new Set(words).size, row.id).toBe(words.length);
    }
  });

  it('looks rows up by id, not by label', () => {
    for (const row of STORE_SCOPES) expect(scopeById(row.id)).toBe(row);
    expect(scopeById('webhooks')).toBeNull();
    expect(isScopeId('store-logs')).toBe(true);
    expect(isScopeId('Store logs')).toBe(false);
  });
});
