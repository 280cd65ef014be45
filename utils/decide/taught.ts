/**
 * Applying what the merchant taught (./taught-types.ts) to a reading of the form, before reading by
 * structure: a row no table identified whose label was taught becomes that catalogue row (signal
 * 'taught'), or is set aside as "Not a scope". A taught mapping is dropped, never applied, where the
 * page contradicts it: its label now read as another row (an attribute or a known label), or its
 * row shown elsewhere on the page by an attribute or a known label. Pure.
 */
import type { PageModel, ScopeRowModel } from '../form/model';
import { normalizeLabel } from '../scopes/match';
import type { LevelId } from '../scopes/types';
import type { TaughtEntry, TaughtForm, TaughtLevel, TaughtRow } from './taught-types';

/** The value of the "Not a scope" choice (the content script sends it as it is). */
export const NOT_A_SCOPE = '-';

/** How many taught entries are kept: teaching one more forgets the oldest (said on the options
 *  page), and an import that would go over is refused (utils/background/taught-store.ts). */
export const MAX_TAUGHT_ENTRIES = 500;

/** One entry per kind, form, language and label or option text (compared in normalised form). A
 *  row's id has no kind in it: ids of rows taught before level words existed stay the same. */
export function taughtId(form: TaughtForm, language: string | null, label: string, kind: TaughtEntry['kind'] = 'row'): string {
  return `${kind === 'level' ? 'level|' : ''}${form}|${language ?? ''}|${normalizeLabel(label)}`;
}

/** The level words taught for this form and language, by normalised option text. */
export function taughtWords(taught: readonly TaughtEntry[], form: TaughtForm, language: string | null): Map<string, TaughtLevel> {
  const mine = taught.filter((e): e is TaughtLevel => e.kind === 'level' && e.form === form && e.language === language);
  return new Map(mine.map((e) => [normalizeLabel(e.label), e]));
}

/** The option texts taught for each level (the fill chooses an option by them). */
export function textsByLevel(words: ReadonlyMap<string, TaughtLevel>): Partial<Record<LevelId, string[]>> {
  const out: Partial<Record<LevelId, string[]>> = {};
  for (const e of words.values()) (out[e.level] ??= []).push(e.label);
  return out;
}

export interface TaughtReading {
  model: PageModel;
  /** Keys of rows taught as "Not a scope": left out of the diff and the fill. */
  notScopes: number[];
  /** Entries the page contradicts: the background forgets them and says so. */
  contradicted: TaughtEntry[];
}

const strong = (row: ScopeRowModel) => row.scopeId !== null && (row.signal === 'attribute' || row.signal === 'label');

export function applyTaught(read: PageModel, taught: readonly TaughtEntry[]): TaughtReading {
  const form: TaughtForm = read.kind ?? 'store-level';
  const mine = new Map(taught.filter((e): e is TaughtRow => e.kind === 'row' && e.form === form && e.language === read.language).map((e) => [e.id, e]));
  if (mine.size === 0) return { model: read, notScopes: [], contradicted: [] };
  const contradicted = new Map<string, TaughtEntry>();
  const shownBy = new Map<string, string>(); // scope id → the normalised label that shows it by a stronger signal
  for (const row of read.rows) if (strong(row)) shownBy.set(row.scopeId!, normalizeLabel(row.label));
  for (const row of read.rows) {
    const entry = mine.get(taughtId(form, read.language, row.label));
    if (!entry) continue;
    // The label itself is now read as a row: another one than taught (or any, for "Not a scope").
    if (strong(row) && row.scopeId !== entry.scopeId) contradicted.set(entry.id, entry);
    // The taught row is shown by another label or an attribute elsewhere on the page.
    const elsewhere = entry.scopeId ? shownBy.get(entry.scopeId) : undefined;
    if (elsewhere !== undefined && elsewhere !== normalizeLabel(row.label)) contradicted.set(entry.id, entry);
  }
  const notScopes: number[] = [];
  const rows = read.rows.map((row) => {
    if (row.scopeId !== null) return row;
    const entry = mine.get(taughtId(form, read.language, row.label));
    if (!entry || contradicted.has(entry.id)) return row;
    if (entry.scopeId === null) {
      notScopes.push(row.key);
      return row;
    }
    return { ...row, scopeId: entry.scopeId as ScopeRowModel['scopeId'], signal: 'taught' as const, currentLevel: null };
  });
  return { model: { ...read, rows }, notScopes, contradicted: [...contradicted.values()] };
}

/** An entry as stored and as the file carries it: without its id, which is derived. */
export function storedTaught(e: TaughtEntry) {
  const { form, language, label, at } = e;
  return e.kind === 'level' ? { kind: e.kind, form, language, label, level: e.level, at } : { kind: e.kind, form, language, label, scopeId: e.scopeId, at };
}

/** The file "Export taught rows" saves (format "scopekeeper-taught-rows", version 2: rows and level
 *  words; the background's 'taught:import' reads versions 1 and 2). */
export function taughtFileText(entries: readonly TaughtEntry[]): string {
  return JSON.stringify({ format: 'scopekeeper-taught-rows', version: 2, rows: entries.map(storedTaught) }, null, 2);
}
