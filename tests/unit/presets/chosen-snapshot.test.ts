/**
 * The capture path reads the chosen preset from its snapshot (no preset table or schema loaded,
 * issue "Release 1.0", item 4), and only while the snapshot matches storage: a write by any other
 * path, an update of the extension, or a damaged snapshot sends it to the full look-up, so a
 * record never names or binds the hand-off key of a preset that is not the chosen one.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import { chosenForCapture, chosenSnapshot, customPresets, selectedPresetId } from '../../../utils/presets/chosen-snapshot';
import { deleteCustomPreset, saveCustomPreset, selectPreset } from '../../../utils/presets/store';
import { selectedPreset, writePresetState } from '../../../utils/presets/stored';
import type { Preset } from '../../../utils/presets/types';

const KEY_A = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';
const KEY_B = 'age1jxq2z0nhvdys6pnrm0kmzf9zj26jtkwd74lexux3rsymq3yevuxseacshw';
const builtin = BUILTIN_PRESETS[0]!;
const custom = (recipient: string): Preset => ({ ...builtin, id: 'acme-sync', name: 'Acme sync', handoff: { recipient, name: 'Acme' } });

/** The capture path's answer, and whether it needed the full look-up. */
async function forCapture(): Promise<{ preset: Preset | null; resolved: boolean }> {
  const resolve = vi.fn(() => writePresetState());
  const preset = await chosenForCapture(resolve);
  return { preset, resolved: resolve.mock.calls.length > 0 };
}

beforeEach(() => fakeBrowser.reset());

describe('the chosen preset for a capture', () => {
  it('nothing chosen: none, without the look-up', async () => {
    expect(await forCapture()).toEqual({ preset: null, resolved: false });
  });

  it('a built-in chosen through the store: the snapshot answers, as the look-up would', async () => {
    await selectPreset(builtin.id);
    expect(await forCapture()).toEqual({ preset: await selectedPreset(), resolved: false });
  });

  it('the preset’s rows keep its order, though storage gives the keys back sorted (as Chrome does)', async () => {
    const preset = BUILTIN_PRESETS.find((p) => Object.keys(p.scopes).join() !== Object.keys(p.scopes).sort().join())!;
    await selectPreset(preset.id);
    const snapshot = (await chosenSnapshot.getValue())!;
    const sorted = Object.fromEntries(Object.entries(snapshot.preset!.scopes).sort(([a], [b]) => a.localeCompare(b)));
    await chosenSnapshot.setValue({ ...snapshot, preset: { ...snapshot.preset!, scopes: sorted } });
    const { preset: read, resolved } = await forCapture();
    expect(resolved).toBe(false);
    expect(Object.keys(read!.scopes)).toEqual(Object.keys(preset.scopes));
  });

  it('a custom preset edited through the store: the snapshot carries the new key at once', async () => {
    await saveCustomPreset(custom(KEY_A), { mode: 'create' });
    await selectPreset('acme-sync');
    expect((await forCapture()).preset?.handoff?.recipient).toBe(KEY_A);
    await saveCustomPreset(custom(KEY_B), { mode: 'update', id: 'acme-sync' });
    expect(await forCapture()).toMatchObject({ preset: { handoff: { recipient: KEY_B } }, resolved: false });
  });

  it('a custom preset read back with its keys sorted (as Chrome’s storage gives them) still matches its snapshot', async () => {
    await saveCustomPreset(custom(KEY_A), { mode: 'create' });
    await selectPreset('acme-sync');
    const sortDeep = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(sortDeep) : typeof v === 'object' && v !== null ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sortDeep(x)])) : v;
    await customPresets.setValue(sortDeep(await customPresets.getValue()) as unknown[]);
    expect(await forCapture()).toMatchObject({ preset: { handoff: { recipient: KEY_A } }, resolved: false });
  });

  it('storage changed by any other path: the look-up answers, and rewrites the snapshot', async () => {
    await saveCustomPreset(custom(KEY_A), { mode: 'create' });
    await selectPreset('acme-sync');
    await customPresets.setValue([custom(KEY_B)]);
    expect(await forCapture()).toMatchObject({ preset: { handoff: { recipient: KEY_B } }, resolved: true });
    expect(await forCapture()).toMatchObject({ preset: { handoff: { recipient: KEY_B } }, resolved: false });
    await selectedPresetId.setValue(builtin.id);
    expect(await forCapture()).toEqual({ preset: builtin, resolved: true });
  });

  it('after an update of the extension (the built-ins may have changed): the look-up answers', async () => {
    await selectPreset(builtin.id);
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Scopekeeper', version: '1.0.1' });
    expect(await forCapture()).toEqual({ preset: builtin, resolved: true });
  });

  it('a damaged snapshot: the look-up answers', async () => {
    await selectPreset(builtin.id);
    const snapshot = (await chosenSnapshot.getValue())!;
    await chosenSnapshot.setValue({ ...snapshot, preset: { ...snapshot.preset, scopes: undefined } as unknown as Preset });
    expect(await forCapture()).toEqual({ preset: builtin, resolved: true });
  });

  it('a snapshot naming keys no stored preset holds (only the snapshot altered): the look-up answers, with the stored keys', async () => {
    await saveCustomPreset(custom(KEY_A), { mode: 'create' });
    await selectPreset('acme-sync');
    const snapshot = (await chosenSnapshot.getValue())!;
    await chosenSnapshot.setValue({ ...snapshot, preset: { ...snapshot.preset!, handoff: { recipient: KEY_B, name: 'Acme' } } });
    expect(await forCapture()).toMatchObject({ preset: { handoff: { recipient: KEY_A } }, resolved: true });
    // A built-in names none: a snapshot giving it keys is not used either.
    await selectPreset(builtin.id);
    const shot = (await chosenSnapshot.getValue())!;
    await chosenSnapshot.setValue({ ...shot, preset: { ...shot.preset!, handoff: { recipient: KEY_B } } });
    expect(await forCapture()).toEqual({ preset: builtin, resolved: true });
  });

  it('a snapshot of another preset, or with its rows missing, is not used', async () => {
    await selectPreset(builtin.id);
    const snapshot = (await chosenSnapshot.getValue())!;
    await chosenSnapshot.setValue({ ...snapshot, preset: { ...snapshot.preset!, id: 'someone-else' } });
    expect(await forCapture()).toEqual({ preset: builtin, resolved: true });
    await chosenSnapshot.setValue({ ...snapshot, preset: { ...snapshot.preset!, scopes: null } as unknown as Preset });
    expect(await forCapture()).toEqual({ preset: builtin, resolved: true });
  });

  it('deleting the chosen preset clears the choice in the same write', async () => {
    await saveCustomPreset(custom(KEY_A), { mode: 'create' });
    await selectPreset('acme-sync');
    await deleteCustomPreset('acme-sync');
    expect(await selectedPresetId.getValue()).toBeNull();
    expect(await chosenSnapshot.getValue()).toBeNull();
    expect(await forCapture()).toEqual({ preset: null, resolved: false });
  });
});
