/**
 * Type-to-filter over presets: every word of the query must appear in the preset's name, id,
 * description or source titles (which name the vendor, e.g. "LitExtension: …"). Accents and case
 * are ignored, so "litext" and "LitExtension" match.
 */
import { presetKind, type Preset } from '../../utils/presets/types';

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function haystack(p: Preset): string {
  // An account-level preset is found by "account-level" too (its badge's word); store-level ones are
  // the usual kind, so "store" keeps matching only what names it.
  const kind = presetKind(p) === 'account-level' ? ['account-level'] : [];
  return fold([p.name, p.id, p.description, ...p.sources.map((s) => s.title), ...kind].join('\n'));
}

export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

function presetMatches(p: Preset, query: string): boolean {
  const text = haystack(p);
  return queryWords(query).every((w) => text.includes(w));
}

export function filterPresets<T extends Preset>(presets: readonly T[], query: string): T[] {
  return queryWords(query).length === 0 ? [...presets] : presets.filter((p) => presetMatches(p, query));
}
