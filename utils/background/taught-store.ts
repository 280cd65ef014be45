/**
 * What merchants taught Scopekeeper about row labels no table knows (utils/decide/taught.ts), in
 * storage.local: one entry per form, language and label, never per store, so the next store in
 * the same language benefits. Only the background writes it (the content script sends
 * 'taught:set', the options page 'taught:forget' and 'taught:import'). The file format
 * ("scopekeeper-taught-rows") hands a working mapping to a colleague.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { STORE_SCOPE_IDS } from '../scopes/catalogue';
import { ACCOUNT_SCOPE_IDS } from '../scopes/account-catalogue';
import { taughtId } from '../decide/taught';
import type { TaughtEntry, TaughtForm } from '../decide/taught-types';

const MAX_ENTRIES = 500;

const taughtRows = storage.defineItem<unknown>('local:taughtRows', { fallback: [] });

const entrySchema = z
  .object({
    form: z.enum(['store-level', 'account-level']),
    language: z.string().max(20).nullable(),
    label: z.string().min(1).max(200),
    scopeId: z.string().max(100).nullable(),
    at: z.number().int().min(0),
  })
  .strict()
  .refine((e) => e.scopeId === null || (e.form === 'store-level' ? (STORE_SCOPE_IDS as readonly string[]) : (ACCOUNT_SCOPE_IDS as readonly string[])).includes(e.scopeId), {
    message: 'not a row of this form',
    path: ['scopeId'],
  });

/** The exported file: the entries without their ids (ids are derived). */
const taughtFileSchema = z
  .object({ format: z.literal('scopekeeper-taught-rows'), version: z.literal(1), rows: z.array(entrySchema).max(MAX_ENTRIES) })
  .strict();

/** Storage is writable by anything with profile access: keep only well-formed entries. */
export async function taughtEntries(): Promise<TaughtEntry[]> {
  const raw = await taughtRows.getValue();
  if (!Array.isArray(raw)) return [];
  const out: TaughtEntry[] = [];
  for (const item of raw) {
    const parsed = entrySchema.safeParse(item);
    if (parsed.success) out.push({ ...parsed.data, id: taughtId(parsed.data.form, parsed.data.language, parsed.data.label) });
  }
  return out;
}

/** Writes one after another: a merchant moving through a select with the arrow keys teaches at
 *  every step, and the last step must win. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

async function write(entries: readonly TaughtEntry[]): Promise<void> {
  await taughtRows.setValue(entries.slice(-MAX_ENTRIES).map(({ form, language, label, scopeId, at }) => ({ form, language, label, scopeId, at })));
}

/** Remembers (or replaces) what `label` means on this form in this language. */
export function teach(form: TaughtForm, language: string | null, label: string, scopeId: string | null, now = Date.now()): Promise<void> {
  return serial(async () => {
    const id = taughtId(form, language, label);
    const rest = (await taughtEntries()).filter((e) => e.id !== id);
    await write([...rest, { id, form, language, label: label.trim(), scopeId, at: now }]);
  });
}

/** Forgets these entries, or every one (`ids` null). */
export function forgetTaught(ids: readonly string[] | null): Promise<void> {
  return serial(async () => {
    if (ids === null) return write([]);
    await write((await taughtEntries()).filter((e) => !ids.includes(e.id)));
  });
}

/** A taught-rows file: merged (a file's entry replaces one for the same label) only if it is all good. */
export async function importTaught(text: string): Promise<{ ok: true; added: number } | { ok: false; problems: string[] }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['not JSON'] };
  }
  const parsed = taughtFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`) };
  const incoming = parsed.data.rows.map((e) => ({ ...e, id: taughtId(e.form, e.language, e.label) }));
  const ids = new Set(incoming.map((e) => e.id));
  await serial(async () => write([...(await taughtEntries()).filter((e) => !ids.has(e.id)), ...incoming]));
  return { ok: true, added: incoming.length };
}
