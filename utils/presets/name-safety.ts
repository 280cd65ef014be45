/**
 * Text a preset brings in (from a link or a file) must read as what it is. Pure; no DOM, no zod.
 *
 * - Control, format and invisible characters are refused: C0/C1 controls, bidi embeddings,
 *   overrides and isolates (U+202A–202E, U+2066–2069), marks (U+200E/F, U+061C), zero-width
 *   characters, soft hyphens, line and paragraph separators, private-use and lone surrogates.
 *   A name like "LitExtension\u202E…" can show a different order than it stores.
 * - Names are compared by NFKC form with whitespace collapsed (full-width "Ｌｉｔ" is "Lit").
 * - A look-alike is a name whose skeleton (casefolded, accents dropped, common Cyrillic and Greek
 *   letters and digit/letter pairs mapped to one Latin letter, spaces and punctuation dropped)
 *   equals an existing name's while the text differs.
 */

/** Marks the schema's issue for a refused character, so the UI can word it (components/presets/issue-text.ts). */
export const UNSAFE_TEXT = 'unsafe-text';

/** Characters refused in any preset text (a description or note may still have line breaks and tabs). */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Default_Ignorable_Code_Point}]/u;
const UNSAFE_MULTILINE = /(?![\n\t])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Default_Ignorable_Code_Point}]/u;

/** The first refused character of `text`, as "U+202E", or null. */
export function unsafeCharacter(text: string, multiline = false): string | null {
  const found = (multiline ? UNSAFE_MULTILINE : UNSAFE).exec(text);
  return found ? `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** A name as it is shown and compared: NFKC, runs of whitespace as one space, trimmed. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** Letters that render like a Latin one in common fonts (Cyrillic, Greek, Latin variants), and
 *  digits and letters often swapped for each other. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'l', ї: 'l', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ɡ: 'g', ѵ: 'v', ү: 'y', з: '3',
  // Greek
  α: 'a', β: 'b', γ: 'y', ε: 'e', η: 'n', ι: 'l', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w', ς: 'c',
  // Latin variants and digits
  ı: 'l', ȷ: 'j', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', i: 'l', '1': 'l', '|': 'l', '0': 'o', '5': 's', '8': 'b',
};

/** What a name looks like, for look-alike detection (not for display). */
export function nameSkeleton(name: string): string {
  const folded = normaliseName(name)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  let out = '';
  for (const ch of folded) out += LOOKALIKES[ch] ?? ch;
  return out
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Whether two names are the same name (NFKC, whitespace collapsed, any case). */
export function sameName(a: string, b: string): boolean {
  return normaliseName(a).toLowerCase() === normaliseName(b).toLowerCase();
}

/** The existing name `name` is the same as, or else the one it looks like (null: neither). */
export function nameClash(name: string, existing: readonly string[]): { kind: 'same' | 'lookalike'; name: string } | null {
  const same = existing.find((e) => sameName(e, name));
  if (same !== undefined) return { kind: 'same', name: same };
  const skeleton = nameSkeleton(name);
  const like = skeleton === '' ? undefined : existing.find((e) => nameSkeleton(e) === skeleton);
  return like !== undefined ? { kind: 'lookalike', name: like } : null;
}
