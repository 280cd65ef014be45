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
    popup: z.object({ clientId: value, clientSecret: value, accessToken: value }).strict(),
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

export const backgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('presets:get') }).strict(),
  z.object({ type: z.literal('presets:select'), id: z.string().max(100).nullable() }).strict(),
  captureRequestSchema,
  z.object({ type: z.literal('vault:store-records') }).strict(),
  z.object({ type: z.literal('vault:archive'), recordId: z.string().regex(RECORD_ID_RE) }).strict(),
]);

export type CaptureRequest = z.infer<typeof captureRequestSchema>;
