/**
 * zod schemas for what content scripts send the background (BackgroundProtocol in
 * utils/messaging/protocol.ts): strict, size-capped, nothing unknown. A compromised page can
 * forge these messages, so each is parsed once, here, before any handler sees it.
 */
import { z } from 'zod';
import { STORE_SCOPE_IDS } from '../scopes/catalogue';
import { ACCOUNT_LEVEL_IDS, ACCOUNT_SCOPE_IDS } from '../scopes/account-catalogue';
import { levelIdSchema } from '../scopes/schema';
import { MAX_TEXT, RECORD_ID_RE } from '../vault/schemas';

// The vault's own cap, so anything the schema lets through can also be sealed.
const value = z.string().max(MAX_TEXT).nullable();

export const captureRequestSchema = z
  .object({
    type: z.literal('capture'),
    captureId: z.string().uuid(),
    popup: z
      .object({
        clientId: value,
        clientSecret: value,
        accessToken: value,
        labelled: z
          .array(z.object({ label: z.string().max(100), value: z.string().min(1).max(256) }).strict())
          .max(8),
      })
      .strict(),
    trustedSave: z.boolean(),
    form: z
      .object({
        name: value,
        apiPath: value,
        tokenType: z.enum(['v2v3', 'stencil-cli']).nullable(),
        scopes: z.partialRecord(z.enum(STORE_SCOPE_IDS), levelIdSchema),
        kind: z.literal('account-level').optional(),
        accountScopes: z.partialRecord(z.enum(ACCOUNT_SCOPE_IDS), z.enum(ACCOUNT_LEVEL_IDS)).optional(),
      })
      .strict(),
  })
  .strict();

const empty = <T extends string>(type: T) => z.object({ type: z.literal(type) }).strict();

/** The one message the deep-link page may send (./sender.ts isDeepLinkContentScript). */
export const linkFoundSchema = z.object({ type: z.literal('link:found'), fragment: z.string().max(8192) }).strict();

export const backgroundRequestSchema = z.discriminatedUnion('type', [
  empty('presets:get'),
  empty('capture:labels'),
  z.object({ type: z.literal('presets:select'), id: z.string().max(100).nullable() }).strict(),
  z.object({ type: z.literal('choices:set'), presetId: z.string().max(100), excluded: z.array(z.enum(STORE_SCOPE_IDS)).max(STORE_SCOPE_IDS.length) }).strict(),
  captureRequestSchema,
  empty('list:audit'),
  empty('vault:store-records'),
  z.object({ type: z.literal('vault:archive'), recordId: z.string().regex(RECORD_ID_RE) }).strict(),
  linkFoundSchema,
  empty('link:get'),
  empty('link:add'),
  empty('link:dismiss'),
]);

export type CaptureRequest = z.infer<typeof captureRequestSchema>;
