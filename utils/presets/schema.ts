/**
 * Validation of presets and of the preset file integrators publish:
 *
 *   { "format": "scopekeeper-preset", "version": 1, "presets": [Preset, ...] }
 *
 * Uses zod, so it must not be imported by the content script (options page / background only).
 * Errors carry field paths (`presets[0].scopes.customers-login.level`) so a user can fix a file.
 */
import { z } from 'zod';
import { ageRecipientProblem, RECIPIENT_PROBLEM_TEXT } from '../handoff/recipient';
import { isScopeId, storeScopeById } from '../scopes/catalogue';
import { ACCOUNT_SCOPE_IDS, accountScopeById } from '../scopes/account-catalogue';
import { levelIdSchema } from '../scopes/level-schema';
import { CREDENTIAL_FIELDS, presetKind, type Preset, type PresetKind } from './types';
import type { Same } from '../type-checks';
import type { PresetIssue } from './issues';
import { UNSAFE_TEXT, unsafeCharacter } from './name-safety';

/** Text without control, bidi or invisible characters (./name-safety.ts): what is shown is what is stored. */
function safeText(multiline = false) {
  return (text: string, ctx: z.RefinementCtx) => {
    const found = unsafeCharacter(text, multiline);
    if (found) ctx.addIssue({ code: 'custom', message: `contains the invisible or control character ${found}`, params: { scopekeeper: UNSAFE_TEXT, character: found } });
  };
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const sourceSchema = z.strictObject({
  // Sources are shown as links in the UI; plain http (or javascript:, data:) is refused.
  url: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
  title: z.string().min(1).max(200).superRefine(safeText()),
});

const scopeEntrySchema = z.strictObject({
  // Canonical level ids only ("read-only", "login", …); UI words like "Read-only" or "Get" are not
  // accepted in files, so a file means the same thing whatever the panel's casing turns out to be.
  level: levelIdSchema,
  required: z.boolean(),
  include: z.boolean().optional(),
});

/**
 * Keys must be catalogue ids (store-level rows or account-level resources) and levels must be
 * offered by that row. Which of the two kinds a preset may name is checked on the preset, which
 * knows its `kind` (presetSchema).
 */
const scopeRecordSchema = z.partialRecord(z.string(), scopeEntrySchema).superRefine(
  (scopes, ctx) => {
  // Run on a record whose entries have problems too (`when` below): a misspelled id is named
  // with the rest, not only after every other problem is fixed.
  if (!scopes || typeof scopes !== 'object') return;
  for (const [key, entry] of Object.entries(scopes)) {
    const row = isScopeId(key) ? storeScopeById(key) : accountScopeById(key);
    if (!row) {
      ctx.addIssue({ code: 'custom', message: `unknown scope id "${key}"`, path: [key] });
      continue;
    }
    // zod runs refinements on partly invalid input too; a malformed entry is already reported.
    const fields = entry as { level?: unknown; required?: unknown; include?: unknown } | null;
    if (fields?.required === true && fields.include === false) {
      ctx.addIssue({ code: 'custom', message: 'a required row is always included; remove "include" or make the row optional', path: [key, 'include'] });
    }
    const level = fields?.level;
    if (!levelIdSchema.safeParse(level).success) continue;
    if (!row.levels.some((l) => l.id === level)) {
      ctx.addIssue({
        code: 'custom',
        message: `level "${String(level)}" is not offered by ${row.label} (offers: ${row.levels.map((l) => l.id).join(', ')})`,
        path: [key, 'level'],
      });
    }
  }
  },
  { when: () => true },
);

/**
 * JSON.parse keeps a "__proto__" key as an own property, which a record drops without a word:
 * refused here, at its path, instead of silently vanishing from the preset.
 */
const scopesSchema = z.preprocess((input, ctx) => {
  if (input && typeof input === 'object' && Object.hasOwn(input, '__proto__')) {
    ctx.addIssue({ code: 'custom', message: 'unknown scope id "__proto__"', path: ['__proto__'], input });
  }
  return input;
}, scopeRecordSchema);

const credentialFieldsSchema = z
  .array(z.enum(CREDENTIAL_FIELDS))
  .min(1)
  .max(CREDENTIAL_FIELDS.length)
  .refine((list) => new Set(list).size === list.length, 'must not list a field twice');

const recipientSchema = z.string().superRefine((text, ctx) => {
  const problem = ageRecipientProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: RECIPIENT_PROBLEM_TEXT[problem] });
});
/** A hand-off key's name: shown to the merchant ("Encrypt for <name>"), so printable and short. */
const handoffNameSchema = z
  .string()
  .min(1)
  .max(60)
  .refine((s) => s.trim() !== '', 'must not be empty')
  .superRefine(safeText());
const MAX_HANDOFF_MORE = 4;

const handoffSchema = z
  .strictObject({
    recipient: recipientSchema,
    name: handoffNameSchema.optional(),
    more: z
      .array(z.strictObject({ recipient: recipientSchema, name: handoffNameSchema.optional() }))
      .min(1)
      .max(MAX_HANDOFF_MORE)
      .optional(),
  })
  .superRefine((h, ctx) => {
    const all = [h.recipient, ...(h.more ?? []).map((m) => m.recipient)];
    if (new Set(all).size !== all.length) ctx.addIssue({ code: 'custom', path: ['more'], message: 'must not list a recipient twice' });
  });

const TOKEN_TYPES = ['v2v3', 'stencil-cli'] as const;
const ACCOUNT_IDS_TEXT = ACCOUNT_SCOPE_IDS.join(', ');

/**
 * What the preset's kind allows, checked even when other fields are wrong (`when`), so a file's
 * author sees every problem in one round. The input may be partly invalid: every field is
 * looked at defensively.
 */
function checkKind(input: unknown, ctx: z.RefinementCtx): void {
  if (!input || typeof input !== 'object') return; // reported as not an object
  const preset = input as { kind?: unknown; tokenType?: unknown; scopes?: unknown; stencilAccess?: unknown };
  if (preset.kind !== undefined && preset.kind !== 'store-level' && preset.kind !== 'account-level') return; // reported by the field
  const kind: PresetKind = presetKind({ kind: preset.kind });
  const scopes = preset.scopes && typeof preset.scopes === 'object' ? Object.keys(preset.scopes) : [];
  if (kind === 'account-level') {
    for (const key of scopes) {
      if (isScopeId(key)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${key}" is a store-level scope; an account-level preset names account-level resources (${ACCOUNT_IDS_TEXT})`,
          path: ['scopes', key],
        });
      }
    }
    // The account-level form has no Token type control (docs/control-panel-facts.md §5).
    if (preset.tokenType === 'stencil-cli') {
      ctx.addIssue({ code: 'custom', message: 'the account-level form has no token type; leave tokenType out (or "v2v3")', path: ['tokenType'] });
    }
    if (preset.stencilAccess !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'stencilAccess applies to Stencil-CLI tokens of the store-level form only', path: ['stencilAccess'] });
    }
    return;
  }
  for (const key of scopes) {
    if (accountScopeById(key)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${key}" is an account-level resource; add "kind": "account-level" to the preset to use it (a preset is for one form)`,
        path: ['scopes', key],
      });
    }
  }
  // Files before account-level presets always had a token type; a store-level preset still must.
  if (preset.tokenType === undefined) {
    ctx.addIssue({
      code: 'invalid_value',
      values: [...TOKEN_TYPES],
      message: `Invalid option: expected one of ${TOKEN_TYPES.map((v) => JSON.stringify(v)).join('|')}`,
      path: ['tokenType'],
      input: undefined,
    });
  }
}

/** A preset id: stable kebab-case, 1–64 characters. */
export const presetIdSchema = z.string().min(1).max(64).regex(KEBAB, 'must be kebab-case (a-z, 0-9, single hyphens)');

export const presetSchema = z
  .strictObject({
    id: presetIdSchema,
    // Which create form the preset is for; absent means store-level (every file before account-level presets).
    kind: z.enum(['store-level', 'account-level']).optional(),
    // One check for "" and "   " alike, so an empty name yields one issue, not two.
    name: z
      .string()
      .max(80)
      .refine((s) => s.trim() !== '', 'must not be empty')
      .superRefine(safeText()),
    // Optional in a file (the editor may leave it empty too): absent reads as "".
    description: z.string().max(2000).superRefine(safeText(true)).default(''),
    sources: z.array(sourceSchema).min(1).max(20),
    // Required on a store-level preset (checkKind); an account-level one may leave it out (→ v2v3).
    tokenType: z.enum(TOKEN_TYPES).optional(),
    // The form requires ≥ 4 characters (KB). No maximum is documented; 255 only bounds bad files.
    accountName: z
      .string()
      .min(4)
      .max(255)
      .refine((s) => s.trim() === s, 'must not start or end with spaces')
      .superRefine(safeText())
      .optional(),
    scopes: scopesSchema,
    stencilAccess: z.enum(['local-development', 'publish-theme']).optional(),
    notes: z.array(z.string().min(1).max(1000).superRefine(safeText(true))).max(20).optional(),
    // Shown open above Fill form: a few short ones, or they stop being read.
    importantNotes: z.array(z.string().min(1).max(1000).superRefine(safeText(true))).max(5).optional(),
    credentialFields: credentialFieldsSchema.optional(),
    handoff: handoffSchema.optional(),
    keepTxt: z.boolean().optional(),
  })
  .superRefine(checkKind, { when: () => true })
  .superRefine((preset, ctx) => {
    if (preset.kind === 'account-level') return; // checkKind
    // The Stencil-CLI form has no scope rows (only an access level), so scopes cannot apply.
    const scopes: unknown = preset.scopes;
    if (preset.tokenType === 'stencil-cli' && scopes && typeof scopes === 'object' && Object.keys(scopes).length > 0) {
      ctx.addIssue({ code: 'custom', message: 'a Stencil-CLI token has no scope rows; leave scopes empty', path: ['scopes'] });
    }
    if (preset.tokenType !== 'stencil-cli' && preset.stencilAccess !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'stencilAccess applies to Stencil-CLI tokens only', path: ['stencilAccess'] });
    }
  })
  // The account-level form has no token type: such a preset reads as v2v3, which nothing fills.
  .transform((preset) => ({ ...preset, tokenType: preset.tokenType ?? 'v2v3' }));

export const presetFileSchema = z
  .strictObject({
    format: z.literal('scopekeeper-preset'),
    version: z.literal(1),
    presets: z.array(presetSchema).min(1).max(100),
  })
  .superRefine((file, ctx) => {
    if (!Array.isArray(file.presets)) return;
    const seen = new Map<unknown, number>();
    file.presets.forEach((p: { id?: unknown } | null, i) => {
      const id = p?.id;
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else ctx.addIssue({ code: 'custom', message: `duplicate id "${id}" (also presets[${first}])`, path: ['presets', i, 'id'] });
    });
  });

// The hand-written type (./types.ts, which the content script may import without zod) is what
// the schema yields, checked by the compiler: a parse result is a Preset without a cast, and a
// field added to one and not the other fails to compile.
const presetIsSchemaOutput: Same<z.output<typeof presetSchema>, Preset> = true;
// Built-in presets are fed to presetSchema in tests, so the hand-written type must fit its input.
const presetFitsInput: Preset extends z.input<typeof presetSchema> ? true : false = true;
void presetIsSchemaOutput;
void presetFitsInput;

/** Renders a zod path as a JS-like accessor: numbers as [i], plain keys dotted, odd keys quoted. */
export function renderPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const key = String(seg);
      out += /^[A-Za-z0-9_-]+$/.test(key) ? `${out ? '.' : ''}${key}` : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/** zod's issues with rendered paths; a stray key is reported at the key itself rather than at its parent. */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[]): PresetIssue[] {
  return issues.flatMap((issue): PresetIssue[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: renderPath([...issue.path, key]), message: `unknown field "${key}"`, zod: issue }))
      : [{ path: renderPath(issue.path), message: issue.message, zod: issue }],
  );
}
