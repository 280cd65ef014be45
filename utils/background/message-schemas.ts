/**
 * zod schemas for what content scripts send the background: strict, size-capped, nothing unknown.
 */
import { z } from 'zod';
import { STORE_SCOPE_IDS } from '../scopes/catalogue';
import { levelIdSchema } from '../scopes/schema';
import { MAX_TEXT } from '../vault/schemas';

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
        tokenType: z.string().max(64).nullable(),
        scopes: z.partialRecord(z.enum(STORE_SCOPE_IDS), levelIdSchema),
      })
      .strict(),
  })
  .strict();

/** Preset look-ups; captures have their own schema above, checked by their own handler. */
export const presetRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('presets:get') }).strict(),
  z.object({ type: z.literal('presets:select'), id: z.string().max(100).nullable() }).strict(),
]);
