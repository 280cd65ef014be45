/**
 * What the merchant taught Scopekeeper about a row label no table knows (issue "The page we cannot
 * see"), as plain types: the protocol, the background's store and the decision name them.
 */

/** Which create form a label was taught on (the two forms' catalogues differ). */
export type TaughtForm = 'store-level' | 'account-level';

export interface TaughtEntry {
  /** Stable id of the entry: form, language and label (see taughtId in ./taught.ts). */
  id: string;
  form: TaughtForm;
  /** The page's language table code ("fr"), or null when the page was read with none. */
  language: string | null;
  /** The label exactly as the page showed it. */
  label: string;
  /** The catalogue row it means; null: "Not a scope". */
  scopeId: string | null;
  /** When it was taught (ms since the epoch). */
  at: number;
}
