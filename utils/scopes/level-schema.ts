/**
 * The permission levels' schema, in zod's mini build: the service worker's capture path checks
 * levels with it (utils/background/capture-schema.ts), and mini schemas are far cheaper to build
 * when a stopped worker starts (docs/background-split.md). Classic schemas elsewhere embed it.
 */
import { z } from 'zod/mini';
import type { LevelId } from './types';

const LEVEL_IDS = ['none', 'read-only', 'modify', 'login', 'create', 'manage', 'standard', 'full', 'create-preview', 'write', 'delete'] as const;

// Compile-time guard: the tuple must list every LevelId and nothing else.
type Missing = Exclude<LevelId, (typeof LEVEL_IDS)[number]>;
type Extra = Exclude<(typeof LEVEL_IDS)[number], LevelId>;
const levelIdsComplete: [Missing, Extra] extends [never, never] ? true : never = true;
void levelIdsComplete;

export const levelIdSchema = z.enum(LEVEL_IDS);
