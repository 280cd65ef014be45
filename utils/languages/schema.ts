/**
 * zod schema for the language tables: used by tests (and by whatever accepts a table from
 * outside the bundle), never by the content script.
 */
import { z } from 'zod';
import { STORE_SCOPE_IDS } from '../scopes/catalogue';
import { INFRASTRUCTURE_ROW_IDS, TABLE_LEVEL_IDS, UI_KEYS, type LanguageTable } from './types';

const texts = z.array(z.string().trim().min(1)).min(1).readonly();

/** A record with exactly these keys, each holding at least one non-empty text. */
function exactly<K extends string>(keys: readonly K[]) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, texts])) as Record<K, typeof texts>);
}

const lowerTag = z.string().regex(/^[a-z]{2,3}(-[a-z0-9]+)*$/, 'lower-case language tag');

export const languageTableSchema = z.strictObject({
  code: z.string().regex(/^[a-z]{2,3}$/),
  name: z.string().min(1),
  htmlLang: z.array(lowerTag).min(1).readonly(),
  htmlLangExcept: z.array(lowerTag).readonly(),
  conjunctions: z
    .array(z.string().min(1).refine((c) => c === c.toLowerCase() && !/\s/.test(c), 'one lower-case word'))
    .readonly(),
  rows: exactly([...STORE_SCOPE_IDS, ...INFRASTRUCTURE_ROW_IDS]),
  levels: exactly(TABLE_LEVEL_IDS),
  ui: exactly(UI_KEYS),
  provenance: z.strictObject({
    verified: z.boolean(),
    note: z.string().min(1),
    sources: z.record(
      z.string().regex(/^(rows|levels|ui)\.[a-zA-Z0-9-]+$/),
      z.strictObject({ text: z.string().min(1), ref: z.string().min(1) }),
    ),
  }),
});

// The schema must accept the hand-written type, or the tables could not be validated.
const tableFits: z.input<typeof languageTableSchema> extends infer I ? (LanguageTable extends I ? true : never) : never =
  true;
void tableFits;
