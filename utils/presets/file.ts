/**
 * The preset file format (docs/preset-format.md): the one parser and the writer, so an exported
 * file imports again unchanged, in any install. Where the file's presets go is ./store.ts.
 */
import { issuesFromZod, presetFileSchema } from './schema';
import { presetKind, type Preset } from './types';
import type { PresetIssue } from './issues';

/** A preset as written: an account-level one has no `tokenType` (the parser reads it as v2v3). */
type PresetInFile = Omit<Preset, 'tokenType'> & Partial<Pick<Preset, 'tokenType'>>;

const PRESET_FILE_FORMAT = 'scopekeeper-preset';
const PRESET_FILE_VERSION = 1;
/** Far above any real file (100 presets × 28 rows); keeps a wrong pick (a video…) out of JSON.parse. */
export const MAX_PRESET_FILE_BYTES = 1_000_000;

export interface PresetFile {
  format: typeof PRESET_FILE_FORMAT;
  version: typeof PRESET_FILE_VERSION;
  presets: PresetInFile[];
}

/**
 * A preset with its fields in the documented order and without absent optional fields, so
 * exported files diff cleanly and read like the example in the docs.
 */
function ordered(p: Preset): PresetInFile {
  return {
    id: p.id,
    ...(p.kind !== undefined ? { kind: p.kind } : {}),
    name: p.name,
    description: p.description,
    sources: p.sources.map((s) => ({ url: s.url, title: s.title })),
    // The account-level form has no token type: its presets leave the field out (it reads v2v3).
    ...(presetKind(p) === 'account-level' ? {} : { tokenType: p.tokenType }),
    ...(p.accountName !== undefined ? { accountName: p.accountName } : {}),
    scopes: Object.fromEntries(
      Object.entries(p.scopes).flatMap(([id, s]) =>
        s ? [[id, { level: s.level, required: s.required, ...(s.include !== undefined ? { include: s.include } : {}) }]] : [],
      ),
    ),
    ...(p.stencilAccess !== undefined ? { stencilAccess: p.stencilAccess } : {}),
    ...(p.importantNotes !== undefined ? { importantNotes: [...p.importantNotes] } : {}),
    ...(p.notes !== undefined ? { notes: [...p.notes] } : {}),
    ...(p.credentialFields !== undefined ? { credentialFields: [...p.credentialFields] } : {}),
    ...(p.handoff !== undefined
      ? {
          handoff: {
            recipient: p.handoff.recipient,
            ...(p.handoff.name !== undefined ? { name: p.handoff.name } : {}),
            ...(p.handoff.more !== undefined
              ? { more: p.handoff.more.map((m) => ({ recipient: m.recipient, ...(m.name !== undefined ? { name: m.name } : {}) })) }
              : {}),
          },
        }
      : {}),
    ...(p.keepTxt !== undefined ? { keepTxt: p.keepTxt } : {}),
  };
}

export function presetFile(presets: readonly Preset[]): PresetFile {
  return { format: PRESET_FILE_FORMAT, version: PRESET_FILE_VERSION, presets: presets.map(ordered) };
}

/** Pretty-printed with a final newline: integrators publish and review these by hand. */
export function presetFileText(presets: readonly Preset[]): string {
  return `${JSON.stringify(presetFile(presets), null, 2)}\n`;
}

/** `<id>.scopekeeper.json`; ids are kebab-case (presetSchema), so always a safe file name. */
export function presetFileName(preset: Preset): string {
  return `${preset.id}.scopekeeper.json`;
}

export type PresetFileResult =
  | { ok: true; presets: Preset[] }
  /** `data` is the parsed JSON when there was any, so a caller can add its own checks to the report. */
  | { ok: false; issues: PresetIssue[]; data?: unknown };

/**
 * Validates a preset file. Accepts the file's text (parsed here, so the caller gets one error
 * format for "too large", "not JSON" and "wrong JSON") or an already parsed value.
 */
export function parsePresetFile(input: unknown): PresetFileResult {
  let data = input;
  if (typeof input === 'string') {
    if (input.length > MAX_PRESET_FILE_BYTES) return { ok: false, issues: [tooLarge()] };
    try {
      data = JSON.parse(input);
    } catch {
      return { ok: false, issues: [{ path: '', message: 'not valid JSON', code: 'not-json' }] };
    }
  }
  const result = presetFileSchema.safeParse(data);
  if (result.success) return { ok: true, presets: result.data.presets };
  return { ok: false, issues: issuesFromZod(result.error.issues), data };
}

export const tooLarge = (): PresetIssue => ({ path: '', message: 'file too large for a preset file', code: 'too-large' });
