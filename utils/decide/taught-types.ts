/**
 * What the merchant taught Scopekeeper about a page no table reads (issue "The page we cannot
 * see"), as plain types: the protocol, the background's store and the decision name them. Two
 * kinds: a row label (which catalogue row it is) and a level word (which level an option text is).
 */
import type { LevelId } from '../scopes/types';

/** Which create form a label was taught on (the two forms' catalogues differ). */
export type TaughtForm = 'store-level' | 'account-level';

interface Taught {
  /** Stable id of the entry: kind, form, language and text (see taughtId in ./taught.ts). */
  id: string;
  form: TaughtForm;
  /** The page's language table code ("fr"), or null when the page was read with none. */
  language: string | null;
  /** The row label, or the option text, exactly as the page showed it. */
  label: string;
  /** When it was taught (ms since the epoch). */
  at: number;
}

/** "Which scope is <label>?": the catalogue row a row label means. */
export interface TaughtRow extends Taught {
  kind: 'row';
  /** The catalogue row it means; null: "Not a scope". */
  scopeId: string | null;
}

/** "Which level is <option text>?": the level an option text means, on every row that has it. */
export interface TaughtLevel extends Taught {
  kind: 'level';
  level: LevelId;
}

export type TaughtEntry = TaughtRow | TaughtLevel;

/** What a taught-rows import says: added, refused for what is wrong in the file, or refused
 *  because the entries kept would pass the cap (`total` with the file, `max` kept). */
export type TaughtImport = { ok: true; added: number } | { ok: false; problems: string[] } | { ok: false; total: number; max: number };
