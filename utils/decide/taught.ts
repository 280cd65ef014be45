/**
 * Applying what the merchant taught (./taught-types.ts) to a reading of the form, before reading by
 * structure: a row no table identified whose label was taught becomes that catalogue row (signal
 * 'taught'), or is set aside as "Not a scope". A taught mapping is dropped, never applied, where the
 * page contradicts it: its label now read as another row (an attribute or a known label), or its
 * row shown elsewhere on the page by an attribute or a known label. Pure.
 */
import type { PageModel, ScopeRowModel } from '../form/model';
import { normalizeLabel } from '../scopes/match';
import type { TaughtEntry, TaughtForm } from './taught-types';

/** The value of the "Not a scope" choice (the content script sends it as it is). */
export const NOT_A_SCOPE = '-';

/** One entry per form, language and label (as the page's text, compared in normalised form). */
export function taughtId(form: TaughtForm, language: string | null, label: string): string {
  return `${form}|${language ?? ''}|${normalizeLabel(label)}`;
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
  const mine = new Map(taught.filter((e) => e.form === form && e.language === read.language).map((e) => [e.id, e]));
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

/** The file "Export taught rows" saves (format "scopekeeper-taught-rows"; the background's
 *  'taught:import' reads it): the entries without their ids, which are derived. */
export function taughtFileText(entries: readonly TaughtEntry[]): string {
  const rows = entries.map(({ form, language, label, scopeId, at }) => ({ form, language, label, scopeId, at }));
  return JSON.stringify({ format: 'scopekeeper-taught-rows', version: 1, rows }, null, 2);
}
