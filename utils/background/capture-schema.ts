/**
 * The capture message's schema (BackgroundProtocol's 'capture' in utils/messaging/protocol.ts):
 * strict and size-capped like every content-script message (./message-schemas.ts), in a file of
 * its own because the service worker's capture path (entrypoints/background.ts) checks it before
 * anything else of the background is loaded.
 */
import { z } from 'zod';
import { STORE_SCOPE_IDS } from '../scopes/catalogue';
import { ACCOUNT_SCOPE_IDS } from '../scopes/account-catalogue';
import { levelIdSchema } from '../scopes/schema';
import { MAX_TEXT } from '../vault/schemas';

/** A row of either create form: a store-level scope or an account-level resource (the ids differ). */
export const anyScopeId = z.enum([...STORE_SCOPE_IDS, ...ACCOUNT_SCOPE_IDS]);

// The vault's own cap, so anything the schema lets through can also be sealed.
export const value = z.string().max(MAX_TEXT).nullable();

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
    savedApiPath: value,
    savedScopes: z.partialRecord(anyScopeId, levelIdSchema).nullable(),
    form: z
      .object({
        name: value,
        apiPath: value,
        tokenType: z.enum(['v2v3', 'stencil-cli']).nullable(),
        scopes: z.partialRecord(anyScopeId, levelIdSchema),
      })
      .strict(),
  })
  .strict();

export type CaptureRequest = z.infer<typeof captureRequestSchema>;
