import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LINK_OFFER_TTL_MS, addLinkedPreset, dismissLink, linkFound, linkOffer } from '../../../utils/background/link-offer';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import { presetLink } from '../../../utils/presets/link';
import { getPresetsState, loadCustomPresets } from '../../../utils/presets/store';

const preset = { ...BUILTIN_PRESETS.find((p) => p.id === 'litextension-to-bigcommerce')!, id: 'lit-vendor' };
let fragment: string;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useRealTimers();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) => [key, ...(subs ?? [])].join('|')) as typeof fakeBrowser.i18n.getMessage);
  fragment = new URL(await presetLink(preset)).hash.slice(1);
});

describe('the pending preset link', () => {
  it('offers the linked preset, worded for the panel, and never adds it by itself', async () => {
    expect(await linkOffer()).toBeNull();
    await linkFound(fragment, 'deep-link');
    const offer = await linkOffer();
    expect(offer).toMatchObject({ ok: true, name: preset.name, replaces: false, sources: preset.sources });
    expect(offer?.ok && offer.rows[0]).toBe('content_linkRow|Content|modify|content_required');
    expect(offer?.ok && offer.rows).toHaveLength(8);
    expect(await loadCustomPresets()).toEqual([]);
  });

  it('an account-level preset is offered with its resources and its form, not a token type', async () => {
    const billing = { ...BUILTIN_PRESETS.find((p) => p.id === 'unified-billing-app')!, id: 'billing-vendor' };
    await linkFound(new URL(await presetLink(billing)).hash.slice(1), 'deep-link');
    const offer = await linkOffer();
    expect(offer?.ok && offer.rows).toEqual([
      'content_linkRow|Account Checkouts|modify|content_required',
      'content_linkRow|Account Subscriptions|modify|content_required',
    ]);
    expect(offer?.ok && offer.details).toContain('presets_link_kind|presets_kind_account');
    expect(offer?.ok && offer.details.join()).not.toMatch(/content_linkTokenType/);
  });

  it('Add preset stores and chooses it, then the offer is gone', async () => {
    await linkFound(fragment, 'deep-link');
    expect(await addLinkedPreset()).toEqual({ ok: true });
    expect(await loadCustomPresets()).toEqual([preset]);
    expect((await getPresetsState()).selectedId).toBe('lit-vendor');
    expect(await linkOffer()).toBeNull();
    // The same link again from the deep-link page is a deliberate click: offered (as a replacement).
    await linkFound(fragment, 'deep-link');
    expect(await linkOffer()).toMatchObject({ ok: true, replaces: true });
  });

  it('Dismiss drops it; a create page reloaded with the fragment still in its URL does not bring it back', async () => {
    await linkFound(fragment, 'create-page');
    await dismissLink();
    expect(await linkOffer()).toBeNull();
    await linkFound(fragment, 'create-page');
    expect(await linkOffer()).toBeNull();
  });

  it('expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await linkFound(fragment, 'deep-link');
    vi.setSystemTime(Date.now() + LINK_OFFER_TTL_MS + 1);
    expect(await linkOffer()).toBeNull();
  });

  it('an invalid link is offered as its problems, with field paths; nothing can be added', async () => {
    const bad = new URL(await presetLink({ ...preset, scopes: { ...preset.scopes, content: { level: 'login' as never, required: true } } })).hash.slice(1);
    await linkFound(bad, 'deep-link');
    const offer = await linkOffer();
    expect(offer).toEqual({ ok: false, problems: [expect.stringMatching(/^presets\[0\]\.scopes\.content\.level: presets_issue_level/)] });
    expect(await addLinkedPreset()).toEqual({ ok: false });
    expect(await loadCustomPresets()).toEqual([]);
  });

  it('ignores fragments that are not preset links', async () => {
    await linkFound('/settings', 'deep-link');
    expect(await linkOffer()).toBeNull();
  });
});
