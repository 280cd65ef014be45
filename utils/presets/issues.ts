/**
 * A problem with a preset or a preset file, as the schema (./schema.ts) and the store report it.
 * Types only: the message protocol carries these.
 */
import type { z } from 'zod';

/**
 * A problem with a preset or file, at a field path. `message` is English for logs and tests; the
 * UI words it from `code` or `zod` (components/presets/issue-text.ts) so it can be translated.
 */
export interface PresetIssue {
  /** Where in the file, e.g. `presets[0].scopes.customers.level`; '' for the file as a whole. */
  path: string;
  message: string;
  code?: 'builtin-id' | 'id-taken' | 'id-fixed' | 'not-found' | 'not-json' | 'too-large' | 'bad-link' | 'link-one-preset' | 'no-answer';
  zod?: z.core.$ZodIssue;
}
