import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import { presetFile } from '../../../utils/presets/file';
import {
  MAX_PRESET_LINK_CHARS,
  PRESET_LINK_BASE,
  PRESET_LINK_PREFIX,
  checkPresetLink,
  decodePresetFragment,
  isPresetFragment,
  presetLink,
} from '../../../utils/presets/link';
import type { Preset } from '../../../utils/presets/types';

const builtin = (id: string) => BUILTIN_PRESETS.find((p) => p.id === id)!;
/** A custom preset with a built-in's content. */
const asCustom = (p: Preset): Preset => ({ ...p, id: `${p.id}-vendor` });
const fragmentOf = (link: string) => new URL(link).hash.slice(1);
/** Written independently of the codec: what an integrator's own tooling would produce. */
const handMade = (file: unknown) => `${PRESET_LINK_PREFIX}${deflateRawSync(Buffer.from(JSON.stringify(file))).toString('base64url')}`;

describe('preset links', () => {
  it.each(['litextension-to-bigcommerce', 'litextension-from-bigcommerce', 'modern-retail-integration'])(
    'the seed preset %s makes an e-mail-sized link that reads back unchanged',
    async (id) => {
      const preset = asCustom(builtin(id));
      const link = await presetLink(preset);
      expect(link.startsWith(`${PRESET_LINK_BASE}#${PRESET_LINK_PREFIX}`)).toBe(true);
      expect(link).toMatch(/^[A-Za-z0-9:/._#=-]+$/);
      expect(link.length).toBeLessThan(1000);
      console.log(`link length for ${id}: ${link.length} characters (${(await presetLink(builtin(id))).length} with the built-in id)`);
      expect(await checkPresetLink(fragmentOf(link))).toEqual({ ok: true, value: preset });
    },
  );

  it('every built-in encodes within the size cap', async () => {
    for (const p of BUILTIN_PRESETS) expect((await presetLink(p)).length).toBeLessThanOrEqual(MAX_PRESET_LINK_CHARS);
  });

  it('reads a link made by other tooling (the format is deflate-raw + base64url of the file)', async () => {
    const preset = asCustom(builtin('modern-retail-integration'));
    expect(await checkPresetLink(handMade(presetFile([preset])))).toEqual({ ok: true, value: preset });
  });

  it('recognises only its own fragments', () => {
    expect(isPresetFragment(`#${PRESET_LINK_PREFIX}abc`)).toBe(true);
    expect(isPresetFragment('#/settings')).toBe(false);
    expect(isPresetFragment('scopekeeper-preset=2.abc')).toBe(false);
  });

  it('refuses with the file parser’s field paths (an unknown scope id, a bad level); a built-in id is not refused (a built-in’s own link chooses it)', async () => {
    const p = asCustom(builtin('litextension-to-bigcommerce'));
    const bad = { ...p, scopes: { ...p.scopes, ordrs: { level: 'modify', required: true }, content: { level: 'manage', required: true } } };
    const result = await checkPresetLink(handMade({ format: 'scopekeeper-preset', version: 1, presets: [bad] }));
    expect(result.ok ? [] : result.issues.map((i) => i.path).sort()).toEqual(['presets[0].scopes.content.level', 'presets[0].scopes.ordrs']);
    expect(await checkPresetLink(fragmentOf(await presetLink(builtin('codat'))))).toEqual({ ok: true, value: builtin('codat') });
  });

  it('carries exactly one preset', async () => {
    const a = asCustom(builtin('codat'));
    const result = await checkPresetLink(handMade(presetFile([a, { ...a, id: 'other-one' }])));
    expect(result.ok ? null : result.issues).toEqual([{ path: 'presets', message: 'a preset link carries exactly one preset', code: 'link-one-preset' }]);
  });

  it('a damaged, cut-short or non-JSON link is explained, never thrown', async () => {
    const good = fragmentOf(await presetLink(asCustom(builtin('codat'))));
    for (const fragment of [`${PRESET_LINK_PREFIX}***`, good.slice(0, -12), `${PRESET_LINK_PREFIX}${Buffer.from('plain').toString('base64url')}`]) {
      const result = await decodePresetFragment(fragment);
      expect(result.ok ? 'decoded' : result.issues[0]?.code).toBe('bad-link');
    }
    const notJson = await checkPresetLink(`${PRESET_LINK_PREFIX}${deflateRawSync(Buffer.from('Customers: modify')).toString('base64url')}`);
    expect(notJson.ok ? null : notJson.issues[0]?.code).toBe('not-json');
  });

  it('refuses links over the size cap, and small links that inflate into a lot (a deflate bomb)', async () => {
    const long = await decodePresetFragment(`${PRESET_LINK_PREFIX}${'A'.repeat(MAX_PRESET_LINK_CHARS)}`);
    expect(long.ok ? null : long.issues[0]?.code).toBe('too-large');
    const bomb = `${PRESET_LINK_PREFIX}${deflateRawSync(Buffer.alloc(2_000_000, 32)).toString('base64url')}`;
    expect(bomb.length).toBeLessThan(MAX_PRESET_LINK_CHARS);
    const result = await decodePresetFragment(bomb);
    expect(result.ok ? null : result.issues[0]?.code).toBe('too-large');
  });
});
