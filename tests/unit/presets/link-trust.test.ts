/**
 * Trust boundaries of preset links, as pure rules: names (NFKC, control and bidi characters,
 * look-alikes), a link never replacing or shadowing a preset, the breadth marks, and the schema's
 * refusals (a "__proto__" scope key, invisible characters) that a link meets like a file.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import { parsePresetFile, presetFile } from '../../../utils/presets/file';
import { breadth, intakeLinkPreset, linkCopyId } from '../../../utils/presets/link-intake';
import { nameClash, nameSkeleton, normaliseName, unsafeCharacter } from '../../../utils/presets/name-safety';
import type { Preset } from '../../../utils/presets/types';
import { STORE_SCOPES } from '../../../utils/scopes/catalogue';
import { draftFromPreset, presetFromDraft } from '../../../components/presets/draft';

const lit = BUILTIN_PRESETS.find((p) => p.id === 'litextension-to-bigcommerce')!;
const BUILTIN_IDS = new Set(BUILTIN_PRESETS.map((p) => p.id));
const copyName = (n: string) => `${n} (from a link, 6 Dec 2026)`;
const intake = (p: Preset, existing: readonly Preset[] = BUILTIN_PRESETS) => intakeLinkPreset(p, existing, BUILTIN_IDS, copyName);
const fileText = (p: unknown) => JSON.stringify({ format: 'scopekeeper-preset', version: 1, presets: [p] });

describe('names', () => {
  it.each([
    ['RLO override', 'Acme \u202Egnp.exe'],
    ['LRI isolate', 'Acme \u2066x\u2069'],
    ['RLM mark', 'Acme\u200F'],
    ['zero-width space', 'Lit\u200BExtension'],
    ['zero-width joiner', 'Acme\u200DSync'],
    ['BOM', '\uFEFFAcme'],
    ['C1 control', 'Acme\u0085'],
    ['newline', 'Acme\nSync'],
    ['soft hyphen', 'Ac\u00ADme'],
    ['line separator', 'Acme\u2028'],
  ])('refuses a %s', (_, name) => {
    expect(unsafeCharacter(name)).toMatch(/^U\+[0-9A-F]{4}$/);
    const parsed = parsePresetFile(fileText({ ...presetFile([{ ...lit, id: 'acme' }]).presets[0], name }));
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.path)).toEqual(['presets[0].name']);
  });

  it('keeps ordinary names in any script, and line breaks in descriptions and notes', () => {
    for (const name of ['Acme Sync', 'Синхронізація Acme', '同步 Acme', 'Café Olé']) expect(unsafeCharacter(name)).toBeNull();
    expect(unsafeCharacter('One.\nTwo.', true)).toBeNull();
    expect(unsafeCharacter('One.\u202ETwo.', true)).toBe('U+202E');
  });

  it('refuses invisible characters in every shown text: account name, source titles, notes, hand-off name', () => {
    const p = presetFile([{ ...lit, id: 'acme' }]).presets[0]!;
    const bad = {
      ...p,
      accountName: 'Acme\u202E sync',
      sources: [{ ...p.sources[0]!, title: 'Docs\u200B' }],
      notes: ['Fine.', 'Not \u2067fine'],
      handoff: { recipient: 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p', name: 'Acme\u200E' },
    };
    const parsed = parsePresetFile(fileText(bad));
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.path).sort()).toEqual(
      ['presets[0].accountName', 'presets[0].handoff.name', 'presets[0].notes[1]', 'presets[0].sources[0].title'].sort(),
    );
  });

  it('normalises with NFKC and collapses spaces', () => {
    expect(normaliseName('  Ｌｉｔ   Extension ')).toBe('Lit Extension');
  });

  it('look-alikes: Cyrillic, Greek, digits, case and spacing', () => {
    const existing = [lit.name, 'Modern Retail Integration'];
    expect(nameClash('LitExtension: migrate to BigCommerce', existing)).toEqual({ kind: 'same', name: lit.name });
    expect(nameClash('litextension: MIGRATE to bigcommerce', existing)).toEqual({ kind: 'same', name: lit.name });
    // Cyrillic е and о, Greek ο, the digit 1 for l.
    expect(nameClash('LitExt\u0435nsion: migrate t\u043E BigCommerce', existing)).toEqual({ kind: 'lookalike', name: lit.name });
    expect(nameClash('Modern Reta1l Integrati\u03BFn', existing)).toEqual({ kind: 'lookalike', name: 'Modern Retail Integration' });
    expect(nameClash('ModernRetail-Integration', existing)).toEqual({ kind: 'lookalike', name: 'Modern Retail Integration' });
    expect(nameClash('Acme Sync', existing)).toBeNull();
    expect(nameSkeleton('rn')).toBe(nameSkeleton('m'));
  });
});

describe('a link never replaces or shadows', () => {
  it('a new preset is added as it is', () => {
    const p = { ...lit, id: 'acme', name: 'Acme Sync' };
    expect(intake(p)).toEqual({ action: 'add', preset: p, copyOf: null, lookalike: null });
  });

  it('a built-in unchanged is chosen, not added', () => {
    expect(intake(lit)).toEqual({ action: 'select', id: lit.id, name: lit.name, builtin: true });
  });

  it('the same id, changed (another hand-off key): a copy with a free id and a marked name', () => {
    const mine: Preset = { ...lit, id: 'acme', name: 'Acme' };
    const result = intake({ ...mine, description: 'Other.' }, [...BUILTIN_PRESETS, mine]);
    expect(result).toMatchObject({ action: 'add', preset: { id: 'acme-link', name: 'Acme (from a link, 6 Dec 2026)' }, copyOf: { reason: 'id', name: 'Acme', builtin: false } });
  });

  it('a built-in’s exact name under another id: a marked copy', () => {
    expect(intake({ ...lit, id: 'fake', description: 'x' })).toMatchObject({ action: 'add', preset: { id: 'fake', name: `${lit.name} (from a link, 6 Dec 2026)` }, copyOf: { reason: 'name' } });
  });

  it('a look-alike name: a marked copy and a look-alike mark', () => {
    const name = 'LitExt\u0435nsion: migrate to BigCommerce';
    expect(intake({ ...lit, id: 'fake', name })).toMatchObject({ action: 'add', copyOf: { reason: 'lookalike', name: lit.name }, lookalike: lit.name });
  });

  it('a second copy the same day is numbered, never a second identical name', () => {
    const first: Preset = { ...lit, id: 'acme-link', name: 'Acme (from a link, 6 Dec 2026)', description: '1' };
    const mine: Preset = { ...lit, id: 'acme', name: 'Acme' };
    const result = intake({ ...mine, description: '2' }, [...BUILTIN_PRESETS, mine, first]);
    expect(result).toMatchObject({ action: 'add', preset: { id: 'acme-link-2', name: 'Acme (from a link, 6 Dec 2026) #2' } });
  });

  it('copy ids stay within 64 characters', () => {
    const long = 'a'.repeat(64);
    expect(linkCopyId(long, new Set([long]))).toHaveLength(64);
  });
});

describe('breadth', () => {
  it('marks rows at their highest level, and warns when every row of (at least half) the form is', () => {
    const all = Object.fromEntries(STORE_SCOPES.map((r) => [r.id, { level: r.levels.at(-1)!.id, required: true }]));
    const wide = breadth({ ...lit, scopes: all });
    expect(wide.allTop).toBe(true);
    expect(wide.rows).toHaveLength(STORE_SCOPES.length);
    const half = Object.fromEntries(Object.entries(all).slice(0, Math.ceil(STORE_SCOPES.length / 2)));
    expect(breadth({ ...lit, scopes: half }).allTop).toBe(true);
    const narrow = breadth(lit);
    expect(narrow.allTop).toBe(false);
    expect(narrow.rows.filter((r) => r.top).map((r) => r.id)).toEqual(
      Object.entries(lit.scopes)
        .filter(([id, s]) => STORE_SCOPES.find((r) => r.id === id)!.levels.at(-1)!.id === s!.level)
        .map(([id]) => id)
        .sort((a, b) => STORE_SCOPES.findIndex((r) => r.id === a) - STORE_SCOPES.findIndex((r) => r.id === b)),
    );
  });
});

describe('the schema', () => {
  it('refuses a "__proto__" scope key at its path instead of dropping it silently', () => {
    const p = presetFile([{ ...lit, id: 'acme' }]).presets[0]!;
    const text = fileText(p).replace('"scopes":{', '"scopes":{"__proto__":{"level":"modify","required":true},');
    const parsed = parsePresetFile(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.path)).toContain('presets[0].scopes.__proto__');
  });

  it('takes an optional hand-off key name, and writes it back', () => {
    const p: Preset = { ...lit, id: 'acme', handoff: { recipient: 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p', name: 'Acme Ltd' } };
    const parsed = parsePresetFile(JSON.stringify(presetFile([p])));
    expect(parsed.ok && parsed.presets[0]!.handoff).toEqual(p.handoff);
    // An edit in the preset manager keeps it.
    expect(presetFromDraft(draftFromPreset(p)).handoff).toEqual(p.handoff);
    const empty = parsePresetFile(fileText({ ...presetFile([p]).presets[0], handoff: { recipient: p.handoff!.recipient, name: ' ' } }));
    expect(empty.ok ? [] : empty.issues.map((i) => i.path)).toEqual(['presets[0].handoff.name']);
  });
});
