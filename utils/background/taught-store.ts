/**
 * What merchants taught Scopekeeper about row labels and level words no table knows
 * (utils/decide/taught.ts), in storage.local: one entry per kind, form, language and text, never
 * per store, so the next store in the same language benefits. Only the background writes it (the content script sends
 * 'taught:set', the options page 'taught:forget' and 'taught:import'). The file format
 * ("scopekeeper-taught-rows") hands a working mapping to a colleague.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { STORE_SCOPE_IDS, STORE_SCOPES } from '../scopes/catalogue';
import { ACCOUNT_SCOPE_IDS, ACCOUNT_SCOPES } from '../scopes/account-catalogue';
import { MAX_TAUGHT_ENTRIES as MAX_ENTRIES, storedTaught, taughtId } from '../decide/taught';
import type { TaughtEntry, TaughtForm, TaughtImport } from '../decide/taught-types';
import type { LevelId } from '../scopes/types';


const taughtRows = storage.defineItem<unknown>('local:taughtRows', { fallback: [] });

const common = {
  form: z.enum(['store-level', 'account-level']),
  // A language table code ("fr", "zh"): no "|", which separates an id's parts (./taught.ts taughtId).
  language: z.string().regex(/^[A-Za-z0-9_-]{1,20}$/).nullable(),
  label: z.string().min(1).max(200),
  at: z.number().int().min(0),
};
const idsOf = (form: TaughtForm): readonly string[] => (form === 'store-level' ? STORE_SCOPE_IDS : ACCOUNT_SCOPE_IDS);
/** Every level some row of the form has ("Which level is …?" offers only the row's own). */
const levelsOf = (form: TaughtForm): readonly string[] => (form === 'store-level' ? STORE_SCOPES : ACCOUNT_SCOPES).flatMap((r) => r.levels.map((l) => l.id));

/** A taught row (no `kind`: as version 1 files and earlier storage have it). */
const rowSchema = z
  .object({ kind: z.literal('row').default('row'), ...common, scopeId: z.string().max(100).nullable() })
  .strict()
  .refine((e) => e.scopeId === null || isFormRow(e.form, e.scopeId), { message: 'not a row of this form', path: ['scopeId'] });
const levelSchema = z
  .object({ kind: z.literal('level'), ...common, level: z.string().max(40) })
  .strict()
  .refine((e) => levelsOf(e.form).includes(e.level), { message: 'not a level of this form', path: ['level'] });
const entrySchema = z.union([levelSchema, rowSchema]);

const toEntry = (e: z.infer<typeof entrySchema>): TaughtEntry => {
  const id = taughtId(e.form, e.language, e.label, e.kind);
  return e.kind === 'level' ? { ...e, level: e.level as LevelId, id } : { ...e, id };
};

/** The exported file: version 1 has taught rows only, version 2 level words too. */
const taughtFileSchema = z
  .object({ format: z.literal('scopekeeper-taught-rows'), version: z.union([z.literal(1), z.literal(2)]), rows: z.array(entrySchema).max(MAX_ENTRIES) })
  .strict()
  .refine((f) => f.version === 2 || f.rows.every((e) => e.kind === 'row'), { message: 'level words need version 2', path: ['version'] });

/** Storage is writable by anything with profile access: keep only well-formed entries. */
export async function taughtEntries(): Promise<TaughtEntry[]> {
  const raw = await taughtRows.getValue();
  if (!Array.isArray(raw)) return [];
  const out: TaughtEntry[] = [];
  for (const item of raw) {
    const parsed = entrySchema.safeParse(item);
    if (parsed.success) out.push(toEntry(parsed.data));
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
  await taughtRows.setValue(entries.slice(-MAX_ENTRIES).map(storedTaught));
}

/** What the merchant said: a row label's catalogue row (null: not a scope), or an option text's level. */
export type Teaching = { kind: 'row'; scopeId: string | null } | { kind: 'level'; level: LevelId };

/** Remembers (or replaces) what `label` means on this form in this language. */
export function teach(form: TaughtForm, language: string | null, label: string, meaning: Teaching, now = Date.now()): Promise<void> {
  return serial(async () => {
    const id = taughtId(form, language, label, meaning.kind);
    const rest = (await taughtEntries()).filter((e) => e.id !== id);
    await write([...rest, { id, form, language, label: label.trim(), at: now, ...meaning }]);
  });
}

/** Whether `id` is a row of `form` (what a row question may be answered with, besides "Not a scope"). */
export function isFormRow(form: TaughtForm, id: string): boolean {
  return idsOf(form).includes(id);
}

/** Whether `level` is a level of some row of `form` (what a level question may be answered with). */
export function isFormLevel(form: TaughtForm, level: string): level is LevelId {
  return levelsOf(form).includes(level);
}

/** Forgets these entries, or every one (`ids` null). */
export function forgetTaught(ids: readonly string[] | null): Promise<void> {
  return serial(async () => {
    if (ids === null) return write([]);
    await write((await taughtEntries()).filter((e) => !ids.includes(e.id)));
  });
}

/**
 * A taught-rows file: merged (a file's entry replaces one for the same label) only if it is all
 * good, and only if what is kept then fits the cap: an import never pushes out what the merchant
 * taught before.
 */
export async function importTaught(text: string): Promise<TaughtImport> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['not JSON'] };
  }
  const parsed = taughtFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`) };
  // One entry per id: within the file too, the last one wins.
  const incoming = [...new Map(parsed.data.rows.map(toEntry).map((e) => [e.id, e])).values()];
  const ids = new Set(incoming.map((e) => e.id));
  return serial(async () => {
    const merged = [...(await taughtEntries()).filter((e) => !ids.has(e.id)), ...incoming];
    if (merged.length > MAX_ENTRIES) return { ok: false, total: merged.length, max: MAX_ENTRIES };
    await write(merged);
    return { ok: true, added: incoming.length };
  });
}
