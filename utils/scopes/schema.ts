/**
 * zod schemas for the catalogue shapes. Kept apart from ./catalogue.ts so that zod never reaches
 * the content-script bundle; used by tests, the preset schema and the options UI.
 */
import { z } from 'zod';
import { STORE_SCOPE_IDS } from './catalogue';
import { levelIdSchema } from './level-schema';
import type { ScopeLevel, ScopeRow } from './types';

/** A catalogue row id (one of the 31). */
export const scopeIdSchema = z.enum(STORE_SCOPE_IDS);

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SCOPE_PARAM = /^store_[a-z0-9_]+$/;

const scopeLevelSchema = z
  .strictObject({
    id: levelIdSchema,
    label: z.string().min(1),
    aliases: z.array(z.string().min(1)).readonly(),
    param: z.string().regex(SCOPE_PARAM).nullable(),
    paramAliases: z.array(z.string().regex(SCOPE_PARAM)).readonly(),
  })
  // None grants nothing, so it has no OAuth string. Every other level has one, except where
  // BigCommerce publishes none (B2B Edition's modify: tests/unit/scopes/catalogue.test.ts).
  .refine((l) => l.id !== 'none' || l.param === null, {
    message: 'the None level has no param',
    path: ['param'],
  });

export const scopeRowSchema = z
  .strictObject({
    id: z.string().regex(KEBAB, 'must be kebab-case'),
    label: z.string().min(1),
    aliases: z.array(z.string().min(1)).readonly(),
    levels: z.array(scopeLevelSchema).min(1).readonly(),
    defaultLevel: levelIdSchema,
  })
  .superRefine((row, ctx) => {
    // Refinements also run on partly invalid input, so guard the shape before using it.
    if (!Array.isArray(row.levels)) return;
    const ids = row.levels.map((l: { id?: unknown } | undefined) => l?.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) {
        ctx.addIssue({ code: 'custom', message: `duplicate level "${String(id)}"`, path: ['levels', i, 'id'] });
      }
    });
    if (!ids.includes(row.defaultLevel)) {
      ctx.addIssue({ code: 'custom', message: 'defaultLevel is not one of the levels', path: ['defaultLevel'] });
    }
  });

// The schemas must accept the hand-written types, or catalogue data could not be validated.
const levelFits: z.input<typeof scopeLevelSchema> extends infer I ? (ScopeLevel extends I ? true : never) : never =
  true;
const rowFits: z.input<typeof scopeRowSchema> extends infer I ? (ScopeRow extends I ? true : never) : never = true;
void levelFits;
void rowFits;
