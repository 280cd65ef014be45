/**
 * zod schemas for what content scripts send the background (BackgroundProtocol in
 * utils/messaging/protocol.ts): strict, size-capped, nothing unknown. A compromised page can
 * forge these messages, so each is parsed once, here, before any handler sees it.
 */
import { z } from 'zod';
import { levelIdSchema } from '../scopes/level-schema';
import { anyScopeId, captureRequestSchema, value } from './capture-schema';
import { MAX_TEXT } from '../vault/schemas';
import type { BackgroundProtocol } from '../messaging/protocol';
import type { SchemasMatch } from '../type-checks';

/** Names a list page may ask about at once: more than the cap of 50 accounts the list can hold. */
const MAX_LISTED_NAMES = 200;

const empty = <T extends string>(type: T) => z.object({ type: z.literal(type) }).strict();

/** The one message the deep-link page may send (./sender.ts isDeepLinkContentScript). */
export const linkFoundSchema = z.object({ type: z.literal('link:found'), fragment: z.string().max(8192) }).strict();

const text = z.string().max(1000);
const controlKind = z.enum(['native-select', 'combobox', 'legacy-combobox', 'radios', 'buttons', 'checkboxes']);
const key = z.number().int().min(-1).max(10_000);

/** A PageModel as utils/dom/scan-form.ts builds it; bounded, since a forged one only costs words. */
const pageModelSchema = z
  .object({
    kind: z.literal('account-level').optional(),
    tokenType: z.object({ key, control: controlKind, currentText: text }).strict().nullable(),
    name: value,
    apiPath: value,
    rows: z
      .array(
        z
          .object({
            key,
            label: text,
            scopeId: z.nullable(anyScopeId),
            signal: z.enum(['attribute', 'label', 'position', 'taught']).nullable(),
            control: controlKind,
            currentText: text,
            currentLevel: z.nullable(levelIdSchema),
            offered: z.array(text).max(50),
            levelByPosition: z.boolean().optional(),
            levelTaught: z.boolean().optional(),
          })
          .strict(),
      )
      .max(200),
    accessLevel: z
      .object({ key, control: controlKind, current: z.enum(['local-development', 'publish-theme']).nullable() })
      .strict()
      .nullable(),
    language: z.string().max(20).nullable(),
  })
  .strict();

const fillReportSchema = z
  .object({ ok: z.boolean(), message: text, notSet: z.array(text).max(200), problems: z.array(text).max(200).optional() })
  .strict();

const pageFactsSchema = z
  .object({
    path: z.string().max(2000),
    htmlLang: z.string().max(50).nullable(),
    frame: z.object({ top: z.boolean(), childFrames: z.number().int().min(0).max(1000) }).strict(),
    tokenType: z.object({ control: controlKind, label: text, options: z.array(text).max(50) }).strict().nullable(),
    accessOptions: z.array(text).max(50),
    fields: z.object({ name: z.boolean(), apiPath: z.boolean() }).strict(),
    model: pageModelSchema,
  })
  .strict();

export const backgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-report:build'), facts: pageFactsSchema }).strict(),
  z
    .object({
      type: z.literal('form:decide'),
      model: pageModelSchema,
      presetId: z.string().max(100).nullable(),
      lastFill: fillReportSchema.nullable(),
      failed: z.array(text).max(200).optional(),
    })
    .strict(),
  empty('presets:get'),
  empty('vocabulary:get'),
  empty('page-ui:load'),
  empty('list:audit'),
  empty('account:load'),
  z.object({ type: z.literal('vault:membership'), names: z.array(z.string().min(1).max(MAX_TEXT)).max(MAX_LISTED_NAMES) }).strict(),
  z.object({ type: z.literal('presets:select'), id: z.string().max(100).nullable() }).strict(),
  // Any ids: the store keeps only the preset's own optional rows (utils/presets/choice-store.ts).
  z.object({ type: z.literal('choices:set'), presetId: z.string().max(100), excluded: z.array(z.string().max(100)).max(anyScopeId.options.length) }).strict(),
  captureRequestSchema,
  // Taken by the service worker's own script (entrypoints/background.ts), like the capture.
  empty('capture:expect'),
  linkFoundSchema,
  empty('link:show'),
  empty('link:waiting'),
  empty('link:review'),
  // What the merchant chose in a row's "Which scope is …?" ('-': not a scope) or "Which level is …?";
  // the label or option text as the page shows it. The background checks the value against the form.
  z
    .object({
      type: z.literal('taught:set'),
      language: z.string().max(20).nullable(),
      kind: z.enum(['row', 'level']),
      label: z.string().min(1).max(200),
      value: z.string().min(1).max(100),
    })
    .strict(),
  z.object({ type: z.literal('notice:action'), id: z.string().uuid() }).strict(),
]);

// The schemas and the protocol's types describe the same messages, checked by the compiler: a
// request type without a schema, or a payload field (or a control kind) added on one side only,
// fails to compile instead of being dropped by the parse at run time.
type ParsedRequest = z.output<typeof backgroundRequestSchema>;
const everyRequestMatchesItsSchema: SchemasMatch<BackgroundProtocol, ParsedRequest> = {
  'list:audit': true,
  'account:load': true,
  'vault:membership': true,
  'presets:get': true,
  'presets:select': true,
  'choices:set': true,
  'capture': true,
  'capture:expect': true,
  'link:found': true,
  'link:show': true,
  'link:waiting': true,
  'link:review': true,
  'vocabulary:get': true,
  'page-ui:load': true,
  'form:decide': true,
  'page-report:build': true,
  'taught:set': true,
  'notice:action': true,
};
void everyRequestMatchesItsSchema;
