/**
 * Any catalogue row by id, for the pure logic shared by both create forms (diff, executor,
 * markers). The store-level catalogue is built in; the account-level one is registered by the
 * account-level content script (utils/dom/account-form.ts), so the control-panel script, which
 * loads on every /manage/ page, never carries it (content-script byte budget).
 */
import { ACCOUNT_LEVEL_CODE } from '../build-flags';
import { scopeById } from './catalogue';

export interface AnyRow {
  id: string;
  label: string;
  aliases: readonly string[];
  /** Least → most privilege. */
  levels: readonly { id: string; label: string; aliases: readonly string[] }[];
  /** Store rows only; an account-level resource starts unticked ('none', ranked below every level). */
  defaultLevel?: string;
}

const registered = new Map<string, AnyRow>();

export function registerRows(rows: readonly AnyRow[]): void {
  for (const row of rows) registered.set(row.id, row);
}

/** In bc.js's build (no account-level code) this is the store catalogue's own look-up. */
export const rowById: (id: string) => AnyRow | null = ACCOUNT_LEVEL_CODE ? (id) => scopeById(id) ?? registered.get(id) ?? null : scopeById;
