/**
 * The capture message's schema (BackgroundProtocol's 'capture' in utils/messaging/protocol.ts):
 * strict and size-capped like every content-script message (./message-schemas.ts), in a file of
 * its own because the service worker's capture path (entrypoints/background.ts) checks it before
 * anything else of the background is loaded. In zod's mini build, as is everything on that path:
 * a stopped worker builds these schemas when it starts (docs/background-split.md).
 */
import { z } from 'zod/mini';
import { STORE_SCOPE_IDS } from '../scopes/catalogue';
import { ACCOUNT_SCOPE_IDS } from '../scopes/account-catalogue';
import { levelIdSchema } from '../scopes/level-schema';
import { MAX_TEXT } from '../vault/schemas';

/** A row of either create form: a store-level scope or an account-level resource (the ids differ). */
export const anyScopeId = z.enum([...STORE_SCOPE_IDS, ...ACCOUNT_SCOPE_IDS]);

// The vault's own cap, so anything the schema lets through can also be sealed.
export const value = z.nullable(z.string().check(z.maxLength(MAX_TEXT)));

export const captureRequestSchema = z.strictObject({
  type: z.literal('capture'),
  captureId: z.uuid(),
  popup: z.strictObject({
    clientId: value,
    clientSecret: value,
    accessToken: value,
    labelled: z
      .array(z.strictObject({ label: z.string().check(z.maxLength(100)), value: z.string().check(z.minLength(1), z.maxLength(256)) }))
      .check(z.maxLength(8)),
  }),
  trustedSave: z.boolean(),
  savedApiPath: value,
  savedScopes: z.nullable(z.partialRecord(anyScopeId, levelIdSchema)),
  form: z.strictObject({
    name: value,
    apiPath: value,
    tokenType: z.nullable(z.enum(['v2v3', 'stencil-cli'])),
    scopes: z.partialRecord(anyScopeId, levelIdSchema),
  }),
});

export type CaptureRequest = z.infer<typeof captureRequestSchema>;
