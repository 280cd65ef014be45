import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { copyId, deleteCustomPreset, duplicatePreset, getPresetsState, importPresetFile, loadCustomPresets, readCustomPresets, saveCustomPreset, selectPreset, validatePreset } from '../../../utils/presets/store';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import { selectedPreset } from '../../../utils/presets/stored';
import type { Preset } from '../../../utils/presets/types';

const acme: Preset = {
  id: 'acme-sync',
  name: 'Acme Sync',
  description: 'Acme order sync.',
  sources: [{ url: 'https://acme.example/docs/bigcommerce', title: 'Acme: connect BigCommerce' }],
  tokenType: 'v2v3',
  accountName: 'Acme Sync',
  scopes: { orders: { level: 'modify', required: true }, products: { level: 'read-only', required: false } },
};

const file = (...presets: unknown[]) => JSON.stringify({ format: 'scopekeeper-preset', version: 1, presets });

async function rawStored(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get('customPresets')).customPresets;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('validatePreset', () => {
  it('accepts a good preset', () => {
    expect(validatePreset(acme)).toEqual({ ok: true, value: acme });
  });

  it('refuses a built-in id, together with the schema problems', () => {
    const result = validatePreset({ ...acme, id: 'modern-retail-integration', accountName: 'abc' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.code ?? i.zod?.code])).toEqual([
      ['accountName', 'too_small'],
      ['id', 'builtin-id'],
    ]);
  });

  it('reports a level the row does not offer at its field path', () => {
    const result = validatePreset({ ...acme, scopes: { 'customers-login': { level: 'modify', required: true } } });
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['scopes.customers-login.level']);
  });
});

describe('saveCustomPreset', () => {
  it('creates, then updates in place; ids are fixed', async () => {
    expect((await saveCustomPreset(acme, { mode: 'create' })).ok).toBe(true);
    const again = await saveCustomPreset(acme, { mode: 'create' });
    expect(again.ok ? null : again.issues[0]?.code).toBe('id-taken');

    const edited = { ...acme, name: 'Acme Sync 2' };
    expect((await saveCustomPreset(edited, { mode: 'update', id: 'acme-sync' })).ok).toBe(true);
    expect(await loadCustomPresets()).toEqual([edited]);

    const renamed = await saveCustomPreset({ ...edited, id: 'acme-two' }, { mode: 'update', id: 'acme-sync' });
    expect(renamed.ok ? null : renamed.issues[0]?.code).toBe('id-fixed');
    expect(await loadCustomPresets()).toEqual([edited]);
  });

  it('writes nothing when the preset is invalid', async () => {
    const result = await saveCustomPreset({ ...acme, name: ' ' }, { mode: 'create' });
    expect(result.ok).toBe(false);
    expect(await rawStored()).toBeUndefined();
  });

  it('keeps a damaged stored entry it cannot read, and counts it as skipped', async () => {
    await fakeBrowser.storage.local.set({ customPresets: [{ id: 'broken' }] });
    await saveCustomPreset(acme, { mode: 'create' });
    expect(await rawStored()).toEqual([{ id: 'broken' }, acme]);
    expect(await readCustomPresets()).toEqual({ presets: [acme], skipped: 1 });
  });

  it('skips a stored preset whose id a built-in now uses, so ids stay unique', async () => {
    await fakeBrowser.storage.local.set({ customPresets: [{ ...acme, id: 'stencil-cli', scopes: {} }] });
    const state = await getPresetsState();
    expect(state.presets.filter((p) => p.id === 'stencil-cli')).toHaveLength(1);
    expect((await readCustomPresets()).skipped).toBe(1);
  });
});

describe('deleteCustomPreset', () => {
  it('deletes a custom preset and clears the selection if it was chosen', async () => {
    await saveCustomPreset(acme, { mode: 'create' });
    await selectPreset('acme-sync');
    expect(await deleteCustomPreset('acme-sync')).toBe(true);
    expect(await getPresetsState()).toMatchObject({ selectedId: null });
    expect(await loadCustomPresets()).toEqual([]);
  });

  it('cannot delete a built-in', async () => {
    await selectPreset('stencil-cli');
    expect(await deleteCustomPreset('stencil-cli')).toBe(false);
    expect((await getPresetsState()).selectedId).toBe('stencil-cli');
  });
});

describe('duplicatePreset', () => {
  it('copies a built-in under a new id and name without storing it, leaving the built-in alone', async () => {
    const before = structuredClone(BUILTIN_PRESETS.find((p) => p.id === 'modern-retail-integration'));
    const result = await duplicatePreset('modern-retail-integration', (n) => `${n} (copy)`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({ ...before, id: 'modern-retail-integration-copy', name: 'Modern Retail Integration (copy)' });
    // A deep copy: editing the copy's scopes cannot reach the built-in.
    expect(result.value.scopes).not.toBe(before?.scopes);
    expect(BUILTIN_PRESETS.find((p) => p.id === 'modern-retail-integration')).toEqual(before);

    // Nothing is stored until the editor saves the copy (so Cancel leaves nothing behind)…
    expect(await loadCustomPresets()).toEqual([]);
    // …and once it is saved, the next copy takes the next free id.
    await saveCustomPreset(result.value, { mode: 'create' });
    const second = await duplicatePreset('modern-retail-integration-copy', (n) => `${n} (copy)`);
    expect(second.ok && second.value.id).toBe('modern-retail-integration-copy-2');
  });

  it('copyId stays within 64 characters and skips taken ids', () => {
    const long = 'a'.repeat(64);
    expect(copyId(long, new Set())).toHaveLength(64);
    expect(copyId('x', new Set(['x-copy', 'x-copy-2']))).toBe('x-copy-3');
  });
});

describe('importPresetFile', () => {
  it('adds the presets of a valid file and replaces a custom preset with the same id', async () => {
    await saveCustomPreset({ ...acme, name: 'Old Acme' }, { mode: 'create' });
    const other = { ...acme, id: 'acme-other', name: 'Acme Other' };
    const result = await importPresetFile(file(acme, other));
    expect(result).toEqual({ ok: true, value: { added: [other], replaced: [acme] } });
    expect(await loadCustomPresets()).toEqual([acme, other]);
  });

  it('changes nothing when any preset in the file is bad, and reports every problem by path', async () => {
    await saveCustomPreset(acme, { mode: 'create' });
    const stored = await rawStored();
    const result = await importPresetFile(
      file(
        { ...acme, id: 'fine-one' },
        { ...acme, id: 'stencil-cli', scopes: { 'customers-login': { level: 'modify', required: true } } },
        { ...acme, id: 'third', sources: [{ url: 'http://acme.example', title: 'x' }], extra: 1 },
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path).sort()).toEqual([
      'presets[1].id',
      'presets[1].scopes.customers-login.level',
      'presets[2].extra',
      'presets[2].sources[0].url',
    ]);
    expect(await rawStored()).toEqual(stored);
  });

  it('reports text that is not JSON as one file-level problem', async () => {
    const result = await importPresetFile('{ nope');
    expect(result).toEqual({ ok: false, issues: [{ path: '', message: 'not valid JSON', code: 'not-json' }] });
  });
});

describe('selectedPreset (the capture path reads the choice alone)', () => {
  it('finds what getPresetsState finds: a built-in, a valid custom preset, nothing when the choice is gone or damaged', async () => {
    expect(await selectedPreset()).toBeNull();
    const builtin = BUILTIN_PRESETS[0]!;
    await selectPreset(builtin.id);
    expect(await selectedPreset()).toEqual(builtin);
    await saveCustomPreset(acme, { mode: 'create' });
    await selectPreset(acme.id);
    expect(await selectedPreset()).toEqual(acme);
    const state = await getPresetsState();
    expect(state.presets.find((p) => p.id === state.selectedId)).toEqual(acme);
    // A damaged stored entry is no choice, as in getPresetsState (which skips it).
    await fakeBrowser.storage.local.set({ customPresets: [{ ...acme, scopes: 'broken' }] });
    expect(await selectedPreset()).toBeNull();
    expect((await getPresetsState()).selectedId).toBeNull();
    // A later valid entry with the same id is the one both find.
    await fakeBrowser.storage.local.set({ customPresets: [{ ...acme, scopes: 'broken' }, acme] });
    expect(await selectedPreset()).toEqual(acme);
    // A deleted preset is no choice.
    await fakeBrowser.storage.local.set({ customPresets: [] });
    expect(await selectedPreset()).toBeNull();
  });
});
