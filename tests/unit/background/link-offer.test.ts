import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  LINK_OFFER_TTL_MS,
  addLinkedPreset,
  dismissLink,
  linkFound,
  linkReview,
  offerFor,
  openReview,
} from '../../../utils/background/link-offer';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import { presetLink } from '../../../utils/presets/link';
import { getPresetsState, importPresetFile, loadCustomPresets } from '../../../utils/presets/store';
import { presetFileText } from '../../../utils/presets/file';
import type { Preset } from '../../../utils/presets/types';

const lit = BUILTIN_PRESETS.find((p) => p.id === 'litextension-to-bigcommerce')!;
const preset: Preset = { ...lit, id: 'lit-vendor', name: 'Lit Vendor' };
const TAB = 7;
const KEY_A = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';
let fragment: string;
const fragmentOf = async (p: Preset) => new URL(await presetLink(p)).hash.slice(1);

/** The review page's id for the link waiting on TAB at store abc (binding it), as the panel's Review gives it. */
async function reviewId(tab = TAB, home = 'abc'): Promise<string> {
  const opened = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
  expect(await openReview({ id: tab, index: 0 }, home)).toEqual({ ok: true });
  const url = (opened.mock.calls.at(-1)![0] as { url: string }).url;
  return new URL(url).hash.slice(1);
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useRealTimers();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) => (key === 'links_copy_name' ? `${subs![0]} (from a link, ${subs![1]})` : [key, ...(subs ?? [])].join('|'))) as typeof fakeBrowser.i18n.getMessage);
  vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  fragment = await fragmentOf(preset);
});

describe('a pending preset link belongs to its tab and the store that tab reaches (no drive-by)', () => {
  it('another tab never sees it; the first store the tab reaches binds it; another store then does not see it', async () => {
    await linkFound(fragment, TAB, null, 'deep-link');
    // Before: any create page of any store, in any tab, got it ("You opened a preset link").
    expect(await offerFor(TAB + 1, 'abc')).toBeNull();
    expect(await offerFor(TAB, 'abc')).not.toBeNull();
    expect(await offerFor(TAB, 'other')).toBeNull();
    expect(await offerFor(TAB, 'abc')).not.toBeNull();
  });

  it('a create page hands over a link bound to its own tab and store at once', async () => {
    await linkFound(fragment, TAB, 'abc', 'create-page');
    expect(await offerFor(TAB, 'other')).toBeNull();
    expect(await offerFor(TAB, 'abc')).not.toBeNull();
  });

  it('expires in minutes, not half an hour', async () => {
    expect(LINK_OFFER_TTL_MS).toBeLessThanOrEqual(10 * 60_000);
    vi.useFakeTimers({ toFake: ['Date'] });
    await linkFound(fragment, TAB, null, 'deep-link');
    vi.setSystemTime(Date.now() + LINK_OFFER_TTL_MS + 1);
    expect(await offerFor(TAB, 'abc')).toBeNull();
  });

  it('the review page opens beside the tab, and only an id it was given reads or settles the link', async () => {
    await linkFound(fragment, TAB, null, 'deep-link');
    expect(await openReview({ id: TAB + 1, index: 0 }, 'abc')).toEqual({ ok: false });
    const id = await reviewId();
    expect(await linkReview('guessed')).toBeNull();
    expect(await addLinkedPreset('guessed')).toEqual({ ok: false });
    expect(await linkReview(id)).toMatchObject({ ok: true, home: 'abc', linked: preset });
    expect(await loadCustomPresets()).toEqual([]);
  });
});

describe('adding from the review page', () => {
  it('adds and chooses a new preset, then the link is gone; Dismiss leaves nothing', async () => {
    await linkFound(fragment, TAB, null, 'deep-link');
    const id = await reviewId();
    expect(await addLinkedPreset(id)).toEqual({ ok: true, presetId: 'lit-vendor' });
    // The tab's notice is told, and the tab is brought back.
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(TAB, { type: 'link:settled' });
    expect(fakeBrowser.tabs.update).toHaveBeenCalledWith(TAB, { active: true });
    expect(await loadCustomPresets()).toEqual([preset]);
    expect((await getPresetsState()).selectedId).toBe('lit-vendor');
    expect(await linkReview(id)).toBeNull();
    expect(await offerFor(TAB, 'abc')).toBeNull();

    await linkFound(await fragmentOf({ ...preset, id: 'other-vendor', name: 'Other' }), TAB, null, 'deep-link');
    await dismissLink(await reviewId());
    expect(await loadCustomPresets()).toHaveLength(1);
  });

  it('re-aim: a link with the id of a preset imported earlier and another hand-off key is added as a marked copy; the original keeps its key', async () => {
    const original: Preset = { ...preset, handoff: { recipient: KEY_A, name: 'Lit Vendor Ltd' } };
    expect((await importPresetFile(presetFileText([original]))).ok).toBe(true);
    const attacker: Preset = { ...original, handoff: { recipient: 'age1lggyhqrw2nlhcxprm67z43rta597azn8gknawjehu9d9dl0jq3yqqvfafg', name: 'Lit Vendor Ltd' } };
    await linkFound(await fragmentOf(attacker), TAB, null, 'deep-link');
    const id = await reviewId();
    const review = await linkReview(id);
    expect(review).toMatchObject({ ok: true, intake: { action: 'add', copyOf: { reason: 'id', name: 'Lit Vendor' } } });
    const reply = await addLinkedPreset(id);
    expect(reply).toEqual({ ok: true, presetId: 'lit-vendor-link' });
    const stored = await loadCustomPresets();
    expect(stored.find((p) => p.id === 'lit-vendor')!.handoff!.recipient).toBe(KEY_A);
    const copy = stored.find((p) => p.id === 'lit-vendor-link')!;
    expect(copy.name).toMatch(/^Lit Vendor \(from a link, .+\)$/);
    expect(copy.handoff!.recipient).not.toBe(KEY_A);
  });

  it('a built-in’s own link (as "Copy preset link" makes it) chooses the built-in; a changed one with its id is a copy, never refused', async () => {
    const modern = BUILTIN_PRESETS.find((p) => p.id === 'modern-retail-integration')!;
    await linkFound(await fragmentOf(modern), TAB, null, 'deep-link');
    let id = await reviewId();
    expect(await linkReview(id)).toMatchObject({ ok: true, intake: { action: 'select', id: modern.id, builtin: true } });
    expect(await addLinkedPreset(id)).toEqual({ ok: true, presetId: modern.id });
    expect(await loadCustomPresets()).toEqual([]);
    expect((await getPresetsState()).selectedId).toBe(modern.id);

    await linkFound(await fragmentOf({ ...modern, description: 'Changed.' }), TAB, null, 'deep-link');
    id = await reviewId();
    expect(await addLinkedPreset(id)).toEqual({ ok: true, presetId: `${modern.id}-link` });
    const [copy] = await loadCustomPresets();
    expect(copy!.name).toMatch(/^Modern Retail Integration \(from a link, /);
  });

  it('a link may not take a built-in’s exact name: the copy is marked, so the list never has two identical entries', async () => {
    await linkFound(await fragmentOf({ ...preset, id: 'fake-lit', name: lit.name }), TAB, null, 'deep-link');
    const id = await reviewId();
    await addLinkedPreset(id);
    const names = (await getPresetsState()).presets.map((p) => p.name);
    expect(names.filter((n) => n === lit.name)).toHaveLength(1);
    expect(names).toContainEqual(expect.stringMatching(/^LitExtension: migrate to BigCommerce \(from a link/));
  });

  it('an invalid link is reviewed as its problems, with field paths; nothing can be added', async () => {
    const bad = await fragmentOf({ ...preset, scopes: { ...preset.scopes, content: { level: 'login' as never, required: true } } });
    await linkFound(bad, TAB, null, 'deep-link');
    const id = await reviewId();
    expect(await linkReview(id)).toEqual({ ok: false, home: 'abc', problems: [expect.stringMatching(/^presets_file_preset_field\|1\|Content \(presets\[0\]\.scopes\.content\.level\): presets_issue_level/)] });
    expect(await addLinkedPreset(id)).toEqual({ ok: false });
    expect(await loadCustomPresets()).toEqual([]);
  });

  it('a create page reloaded with a settled link still in its URL does not bring it back; the deep link opened again does', async () => {
    await linkFound(fragment, TAB, 'abc', 'create-page');
    await dismissLink(await reviewId());
    await linkFound(fragment, TAB, 'abc', 'create-page');
    expect(await offerFor(TAB, 'abc')).toBeNull();
    await linkFound(fragment, TAB, null, 'deep-link');
    expect(await offerFor(TAB, 'abc')).not.toBeNull();
  });

  it('ignores fragments that are not preset links', async () => {
    await linkFound('/settings', TAB, null, 'deep-link');
    expect(await offerFor(TAB, 'abc')).toBeNull();
  });
});
