/**
 * zod schemas for what content scripts send the background: strict, size-capped, nothing unknown.
 */
import { z } from 'zod';

export const contentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('presets:get') }).strict(),
  z.object({ type: z.literal('presets:select'), id: z.string().max(100).nullable() }).strict(),
]);
