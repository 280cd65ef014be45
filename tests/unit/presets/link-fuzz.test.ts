/**
 * A seeded fuzzer of preset links, sized for CI (300 links): random mutations of valid links
 * (names with bidi, control and zero-width characters, look-alike and taken names, taken ids,
 * huge fields, "__proto__" keys, flipped and cut bytes). Each link goes through the background's
 * whole path (decode, parse, intake) and must never throw or hang, and must never be accepted
 * with a dangerous field: an invisible or control character in any shown text, a name equal to
 * an existing preset's, or the id of an existing preset (which would replace it).
 */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import { presetFile } from '../../../utils/presets/file';
import { PRESET_LINK_PREFIX, checkPresetLink } from '../../../utils/presets/link';
import { intakeLinkPreset } from '../../../utils/presets/link-intake';
import { sameName, unsafeCharacter } from '../../../utils/presets/name-safety';
import type { Preset } from '../../../utils/presets/types';
import { seededRandom } from '../seeded-random';

const LINKS = 300;
const SEED = 0x5c0de;
const HANG_MS = 2000;


const mine: Preset = { ...BUILTIN_PRESETS[0]!, id: 'acme-sync', name: 'Acme Sync', handoff: { recipient: 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p', name: 'Acme' } };
const EXISTING: Preset[] = [...BUILTIN_PRESETS, mine];
const BUILTIN_IDS = new Set(BUILTIN_PRESETS.map((p) => p.id));
const DANGEROUS = ['\u202E', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C', '\u200B', '\u200D', '\uFEFF', '\u0000', '\u0007', '\u001B', '\u0085', '\u00AD', '\u2028', '\uE000'];
const LOOKS = ['\u0430', '\u0435', '\u043E', '\u0440', '\u0441', '\u03BF', '\u0456', '1', '0'];

function fragmentOf(file: unknown): string {
  return `${PRESET_LINK_PREFIX}${deflateRawSync(Buffer.from(JSON.stringify(file))).toString('base64url')}`;
}

/** One mutated link, and what was done to it (for a failure's message). */
function mutate(next: () => number): { fragment: string; how: string } {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const base = pick(EXISTING);
  const p = structuredClone(presetFile([base]).presets[0]!) as Record<string, unknown>;
  const hows: string[] = [];
  const steps = 1 + Math.floor(next() * 3);
  for (let s = 0; s < steps; s++) {
    const kind = Math.floor(next() * 11);
    hows.push(String(kind));
    const name = String(p.name);
    const at = Math.floor(next() * (name.length + 1));
    switch (kind) {
      case 0: // a bidi/control/invisible character in the name
        p.name = name.slice(0, at) + pick(DANGEROUS) + name.slice(at);
        break;
      case 1: // the same in another shown text
        if (next() < 0.5) p.description = `${String(p.description)}${pick(DANGEROUS)}`;
        else p.notes = ['Fine.', `x${pick(DANGEROUS)}y`];
        break;
      case 2: // a look-alike of an existing name
        p.name = [...pick(EXISTING).name].map((c) => (next() < 0.15 ? pick(LOOKS) : c)).join('');
        break;
      case 3: // an existing name, with another case or spacing or full-width letters
        p.name = next() < 0.5 ? pick(EXISTING).name.toUpperCase() : pick(EXISTING).name.replace(/ /g, '  ').replace(/a/g, '\uFF41');
        break;
      case 4: // an existing id with another hand-off key (the re-aim)
        p.id = pick(EXISTING).id;
        p.handoff = { recipient: 'age1lggyhqrw2nlhcxprm67z43rta597azn8gknawjehu9d9dl0jq3yqqvfafg', name: 'Acme' };
        p.description = `${String(p.description)} v${Math.floor(next() * 9)}`;
        break;
      case 5: // huge fields
        p.description = 'x'.repeat(Math.floor(next() * 5000));
        p.notes = Array.from({ length: Math.floor(next() * 30) }, () => 'n'.repeat(Math.floor(next() * 1500)));
        break;
      case 6: // __proto__ keys
        (p.scopes as Record<string, unknown>) = <Record<string, unknown>>JSON.parse(`{"__proto__":{"level":"modify","required":true},${JSON.stringify(p.scopes).slice(1)}`.replace(',}', '}'));
        break;
      case 7:
        Object.defineProperty(p, '__proto__', { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
        break;
      case 8: // a new, harmless preset
        p.id = `fuzz-${Math.floor(next() * 1e6)}`;
        p.name = `Fuzz ${Math.floor(next() * 1e6)}`;
        break;
      case 9: // wrong types
        p[pick(['name', 'scopes', 'sources', 'handoff', 'keepTxt'])] = pick([null, 42, [], {}, 'x', true]);
        break;
      default: // a hand-off name with anything in it
        p.handoff = { recipient: 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p', name: `Key${next() < 0.5 ? pick(DANGEROUS) : ''}` };
    }
  }
  let fragment = fragmentOf({ format: 'scopekeeper-preset', version: 1, presets: [p] });
  // Bytes flipped or the link cut short, now and then.
  if (next() < 0.15) {
    const i = PRESET_LINK_PREFIX.length + Math.floor(next() * (fragment.length - PRESET_LINK_PREFIX.length));
    fragment = fragment.slice(0, i) + pick(['A', '_', '-', '*', '']) + fragment.slice(i + 1);
    hows.push('flip');
  }
  if (next() < 0.05) {
    fragment = fragment.slice(0, Math.floor(next() * fragment.length));
    hows.push('cut');
  }
  return { fragment, how: hows.join('+') };
}

/** Every text a merchant is shown, with whether line breaks are allowed in it. */
function shownTexts(p: Preset): [string, boolean][] {
  return [
    [p.name, false],
    [p.description, true],
    ...(p.accountName ? [[p.accountName, false] as [string, boolean]] : []),
    ...p.sources.map((s) => [s.title, false] as [string, boolean]),
    ...(p.notes ?? []).map((n) => [n, true] as [string, boolean]),
    ...(p.handoff?.name ? [[p.handoff.name, false] as [string, boolean]] : []),
  ];
}

describe('preset link fuzzer', () => {
  it(`${LINKS} seeded links: no throw, no hang, nothing dangerous accepted`, async () => {
    const next = seededRandom(SEED);
    const figures = { tried: 0, crashed: 0, hung: 0, acceptedDangerous: 0, refused: 0, added: 0, copies: 0, chosen: 0 };
    const failures: string[] = [];
    for (let i = 0; i < LINKS; i++) {
      const { fragment, how } = mutate(next);
      figures.tried++;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const hang = new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), HANG_MS)));
      try {
        const run = (async () => {
          const checked = await checkPresetLink(fragment);
          return checked.ok ? intakeLinkPreset(checked.value, EXISTING, BUILTIN_IDS, (n) => `${n} (from a link, 6 Dec 2026)`) : null;
        })();
        const result = await Promise.race([run, hang]);
        if (result === 'hang') {
          figures.hung++;
          failures.push(`#${i} (${how}) hung`);
          continue;
        }
        if (result === null) {
          figures.refused++;
          continue;
        }
        if (result.action === 'select') {
          figures.chosen++;
          continue;
        }
        const added = result.preset;
        const dangers = [
          ...shownTexts(added).flatMap(([text, multi]) => (unsafeCharacter(text, multi) ? [`character ${unsafeCharacter(text, multi)}`] : [])),
          ...EXISTING.filter((e) => sameName(e.name, added.name)).map((e) => `name of ${e.id}`),
          ...EXISTING.filter((e) => e.id === added.id).map((e) => `id of ${e.id}`),
          ...(Object.getPrototypeOf(added.scopes) !== Object.prototype || Object.hasOwn(added.scopes, '__proto__') ? ['__proto__'] : []),
        ];
        if (dangers.length > 0) {
          figures.acceptedDangerous++;
          failures.push(`#${i} (${how}) accepted with ${dangers.join(', ')}`);
        } else if (result.copyOf) figures.copies++;
        else figures.added++;
      } catch (error) {
        figures.crashed++;
        failures.push(`#${i} (${how}) threw ${String(error)}`);
      } finally {
        clearTimeout(timer);
      }
    }
    console.log(
      `preset link fuzzer (seed ${SEED}): tried ${figures.tried}, crashed ${figures.crashed}, hung ${figures.hung}, accepted-dangerous ${figures.acceptedDangerous}` +
        ` (refused ${figures.refused}, added ${figures.added}, added as marked copies ${figures.copies}, chose an identical preset ${figures.chosen})`,
    );
    expect(failures).toEqual([]);
    expect(figures.tried).toBe(LINKS);
    // The mutations reach every outcome, so the assertions above are not vacuous.
    expect(figures.refused).toBeGreaterThan(0);
    expect(figures.copies).toBeGreaterThan(0);
    expect(figures.added).toBeGreaterThan(0);
  }, 120_000);
});
