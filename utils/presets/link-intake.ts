/**
 * What adding a preset from a link does, decided before the merchant is asked (pure: no storage,
 * no browser). A link never replaces or shadows a preset the merchant already has:
 *
 * - the same preset as one already there (a built-in's own link, or a link added before) is
 *   chosen, not added again;
 * - a preset whose id or name is taken, or whose name looks like a taken one, is added as a
 *   separate copy with a free id and a name that says it came from a link, on which date;
 * - any other is added as it is.
 *
 * The review page shows which, with every field that matters (components/link-review/).
 */
import { presetFile } from './file';
import { formRows, presetRows } from './form-rows';
import { nameClash, normaliseName } from './name-safety';
import { presetKind, type Preset } from './types';

export type LinkIntake =
  /** The link carries exactly a preset the merchant has: Add chooses it. */
  | { action: 'select'; id: string; name: string; builtin: boolean }
  | {
      action: 'add';
      /** What will be stored: the link's preset, or its copy with a free id and a marked name. */
      preset: Preset;
      /** Why it is a copy (null: added as it is), and the existing preset it would have replaced or shadowed. */
      copyOf: { reason: 'id' | 'name' | 'lookalike'; name: string; builtin: boolean } | null;
      /** The existing name the link's name looks like (different characters, same look). */
      lookalike: string | null;
    };

/** The canonical text of a preset (as a file writes it): equal texts are the same preset. */
function canonical(p: Preset): string {
  return JSON.stringify(presetFile([p]));
}

/** `<id>-link`, `<id>-link-2`, …: the first id not taken, within the schema's 64 characters. */
export function linkCopyId(id: string, taken: ReadonlySet<string>): string {
  const stem = id.replace(/-link(?:-\d+)?$/, '');
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '-link' : `-link-${n}`;
    const candidate = `${stem.slice(0, 64 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * `existing`: every preset the merchant has (built-ins first); `builtinIds`: which of them are
 * built-in; `copyName`: the marked name of a copy ("Acme (from a link, 6 Dec 2026)"), at most
 * 80 characters.
 */
export function intakeLinkPreset(
  linked: Preset,
  existing: readonly Preset[],
  builtinIds: ReadonlySet<string>,
  copyName: (name: string) => string,
): LinkIntake {
  const preset: Preset = { ...linked, name: normaliseName(linked.name) };
  const text = canonical(preset);
  const same = existing.find((p) => canonical(p) === text);
  if (same) return { action: 'select', id: same.id, name: same.name, builtin: builtinIds.has(same.id) };
  const byId = existing.find((p) => p.id === preset.id);
  const clash = nameClash(
    preset.name,
    existing.map((p) => p.name),
  );
  const byName = clash && existing.find((p) => p.name === clash.name);
  const lookalike = clash?.kind === 'lookalike' ? clash.name : null;
  const other = byId ?? byName;
  if (!other) return { action: 'add', preset, copyOf: null, lookalike };
  const taken = new Set(existing.map((p) => p.id));
  const names = existing.map((p) => p.name);
  // Added twice the same day: the second copy is numbered, never a second identical name.
  let name = copyName(preset.name);
  for (let n = 2; nameClash(name, names)?.kind === 'same'; n++) name = `${copyName(preset.name).slice(0, 80 - ` #${n}`.length)} #${n}`;
  const copy: Preset = { ...preset, id: taken.has(preset.id) ? linkCopyId(preset.id, taken) : preset.id, name };
  const reason = byId ? 'id' : clash?.kind === 'same' ? 'name' : 'lookalike';
  return { action: 'add', preset: copy, copyOf: { reason, name: other.name, builtin: builtinIds.has(other.id) }, lookalike };
}

/** A row at its row's highest level (the last the form offers): the most it can grant. */
export interface ReviewRow {
  id: string;
  level: string;
  required: boolean;
  include: boolean;
  top: boolean;
}

/**
 * The preset's rows in the form's order, each marked when it asks the row's highest level, and
 * `allTop` (a warning: nothing was narrowed down) when every row it names does and it names at
 * least half of the form's rows. A migration tool asking "modify" on its eight rows gets the
 * marks, not the warning; a preset that asks everything of (almost) the whole form gets both.
 */
export function breadth(p: Preset): { rows: ReviewRow[]; allTop: boolean } {
  const rows = presetRows(p).map(({ row, scope }) => ({
    id: row.id,
    level: scope.level,
    required: scope.required,
    include: scope.include !== false,
    top: row.levels.at(-1)?.id === scope.level,
  }));
  const formSize = formRows(presetKind(p)).length;
  return { rows, allTop: rows.length > 0 && rows.length * 2 >= formSize && rows.every((r) => r.top) };
}
