/**
 * Where presets live: the built-ins in code, custom ones and the chosen preset in
 * storage.local. Used by the background and the extension pages (never the content script,
 * which asks the background, so storage.local can be closed to content scripts).
 *
 * Every write validates first and writes once, so a refused change leaves storage untouched.
 */
import { BUILTIN_PRESETS } from './builtin';
import { customPresets, rawId, selectedPresetId } from './chosen-snapshot';
import { writePresetState } from './stored';
import { issuesFromZod, presetSchema } from './schema';
import { presetKind, type Preset, type PresetKind } from './types';
import type { ImportOutcome, PresetsState } from '../messaging/protocol';
import { parsePresetFile } from './file';
import type { PresetIssue } from './issues';


const BUILTIN_IDS = new Set(BUILTIN_PRESETS.map((p) => p.id));

/** A problem with a preset or file, at a field path (./schema.ts). */
export type StoreIssue = PresetIssue;

export type StoreResult<T> = { ok: true; value: T } | { ok: false; issues: StoreIssue[] };

export function isBuiltinPresetId(id: string): boolean {
  return BUILTIN_IDS.has(id);
}

async function readRaw(): Promise<unknown[]> {
  const raw = await customPresets.getValue();
  return Array.isArray(raw) ? raw : [];
}

/** The `presets` array of a file that failed validation, for the checks the schema cannot make. */
function presetsIn(data: unknown): unknown[] {
  const listed = typeof data === 'object' && data !== null && 'presets' in data ? data.presets : undefined;
  return Array.isArray(listed) ? listed : [];
}

/**
 * Custom presets that still validate, and how many stored entries did not. A damaged entry (or
 * one a later built-in took the id of) is skipped, never thrown at the user; the manager says so.
 */
export async function readCustomPresets(): Promise<{ presets: Preset[]; skipped: number }> {
  const presets: Preset[] = [];
  let skipped = 0;
  for (const entry of await readRaw()) {
    const parsed = presetSchema.safeParse(entry);
    if (parsed.success && !isBuiltinPresetId(parsed.data.id)) presets.push(parsed.data);
    else skipped++;
  }
  return { presets, skipped };
}

export async function loadCustomPresets(): Promise<Preset[]> {
  return (await readCustomPresets()).presets;
}

export async function allPresets(): Promise<Preset[]> {
  return [...BUILTIN_PRESETS, ...(await loadCustomPresets())];
}

export async function getPresetsState(): Promise<PresetsState> {
  const [presets, selectedId] = await Promise.all([allPresets(), selectedPresetId.getValue()]);
  // A selection whose preset was deleted reads as no selection.
  return { presets, selectedId: presets.some((p) => p.id === selectedId) ? selectedId : null };
}

/** The presets for one create form, and the selection only if it is one of them: a preset for
 *  the other form is never shown as chosen there. */
export function presetsFor(state: PresetsState, kind: PresetKind): PresetsState {
  const presets = state.presets.filter((p) => presetKind(p) === kind);
  return { presets, selectedId: presets.some((p) => p.id === state.selectedId) ? state.selectedId : null };
}

export async function selectPreset(id: string | null): Promise<void> {
  await writePresetState({ selectedId: id });
}

/** Fires when any page changes the custom presets (the options page may be open twice). */
export function watchCustomPresets(callback: () => void): () => void {
  return customPresets.watch(() => callback());
}

// --- checked writes ------------------------------------------------------------------------

const builtinClash = (path: string): StoreIssue => ({
  path,
  message: 'is the id of a built-in preset; choose another id',
  code: 'builtin-id',
});

/** presetSchema plus the rule the schema cannot know: a custom id is never a built-in id. */
export function validatePreset(input: unknown): StoreResult<Preset> {
  const parsed = presetSchema.safeParse(input);
  const issues = parsed.success ? [] : issuesFromZod(parsed.error.issues);
  const id = rawId(input);
  if (typeof id === 'string' && isBuiltinPresetId(id)) issues.push(builtinClash('id'));
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, value: parsed.data };
}

/**
 * Creates a custom preset (`mode: 'create'`: its id must be new) or replaces one (`update`: ids
 * are fixed once created, because a selection and published files refer to them).
 */
export async function saveCustomPreset(
  input: unknown,
  target: { mode: 'create' } | { mode: 'update'; id: string },
): Promise<StoreResult<Preset>> {
  const checked = validatePreset(input);
  if (!checked.ok) return checked;
  const preset = checked.value;
  const raw = await readRaw();
  const index = raw.findIndex((e) => rawId(e) === preset.id);
  if (target.mode === 'create' && index >= 0) {
    return { ok: false, issues: [{ path: 'id', message: 'another of your presets uses this id', code: 'id-taken' }] };
  }
  if (target.mode === 'update' && (preset.id !== target.id || index < 0)) {
    return { ok: false, issues: [{ path: 'id', message: `is "${target.id}" and cannot change`, code: 'id-fixed' }] };
  }
  const next = [...raw];
  if (index >= 0) next[index] = preset;
  else next.push(preset);
  await writePresetState({ custom: next });
  return { ok: true, value: preset };
}

/** Deletes a custom preset (a built-in cannot be) and clears the selection if it was chosen. */
export async function deleteCustomPreset(id: string): Promise<boolean> {
  const raw = await readRaw();
  const next = raw.filter((e) => rawId(e) !== id);
  if (next.length === raw.length) return false;
  // The selection is cleared in the same write when it was the deleted preset.
  const wasChosen = (await selectedPresetId.getValue()) === id;
  await writePresetState({ custom: next, ...(wasChosen ? { selectedId: null } : {}) });
  return true;
}

/** `base-copy`, `base-copy-2`, … : the first id not taken, within the schema's 64 characters. */
export function copyId(baseId: string, taken: ReadonlySet<string>): string {
  const stem = baseId.replace(/-copy(?:-\d+)?$/, '');
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '-copy' : `-copy-${n}`;
    const id = `${stem.slice(0, 64 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * An editable copy of any preset (built-in or custom) with a free id, NOT saved: the editor saves
 * it (mode 'create'), so cancelling the editor leaves nothing behind.
 */
export async function duplicatePreset(id: string, copyName: (name: string) => string): Promise<StoreResult<Preset>> {
  const all = await allPresets();
  const original = all.find((p) => p.id === id);
  if (!original) return { ok: false, issues: [{ path: 'id', message: `no preset "${id}"`, code: 'not-found' }] };
  const taken = new Set([...all.map((p) => p.id), ...(await readRaw()).map(rawId).filter((x): x is string => typeof x === 'string')]);
  return { ok: true, value: structuredClone({ ...original, id: copyId(original.id, taken), name: copyName(original.name).slice(0, 80) }) };
}


/**
 * A preset file (its text, or a parsed file) checked as an import would check it: the schema
 * plus built-in id clashes, reported together so one round of fixes suffices. Writes nothing.
 */
function checkPresetFile(input: unknown): StoreResult<Preset[]> {
  const parsed = parsePresetFile(input);
  const issues = parsed.ok ? [] : [...parsed.issues];
  const listed = parsed.ok ? parsed.presets : presetsIn(parsed.data);
  listed.forEach((p, i) => {
    const id = rawId(p);
    if (typeof id === 'string' && isBuiltinPresetId(id)) issues.push(builtinClash(`presets[${i}].id`));
  });
  if (!parsed.ok || issues.length > 0) return { ok: false, issues };
  return { ok: true, value: parsed.presets };
}

/** Adds checked presets, replacing custom presets with the same id (an integrator's update). */
export async function addPresets(presets: readonly Preset[]): Promise<ImportOutcome> {
  const raw = await readRaw();
  const next = [...raw];
  const outcome: ImportOutcome = { added: [], replaced: [] };
  for (const preset of presets) {
    const index = next.findIndex((e) => rawId(e) === preset.id);
    if (index >= 0) {
      next[index] = preset;
      outcome.replaced.push(preset);
    } else {
      next.push(preset);
      outcome.added.push(preset);
    }
  }
  await writePresetState({ custom: next });
  return outcome;
}

/**
 * Validates a preset file's text and, only if the whole file is good, adds its presets (replacing
 * custom presets with the same id). Any problem, anywhere, and nothing is written.
 */
export async function importPresetFile(text: string): Promise<StoreResult<ImportOutcome>> {
  const checked = checkPresetFile(text);
  if (!checked.ok) return checked;
  return { ok: true, value: await addPresets(checked.value) };
}
