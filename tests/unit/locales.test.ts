/**
 * Every language has exactly the English keys, the same $1…$9 placeholders, and every plural
 * category its plural rules (Intl.PluralRules) have; the non-English files carry no descriptions.
 * A message that breaks this would show the key, a hole or a wrong number in that language only,
 * and a bad placeholder can make Chrome refuse the whole messages.json.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeDirs, mergeLocale, type MessagesFile } from '../../locales/merge';

const ROOT = path.resolve(import.meta.dirname, '../../locales');
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** The folder name as a BCP 47 tag: zh_CN → zh-CN. */
const tagOf = (folder: string) => folder.replace('_', '-');

const english = mergeLocale(path.join(ROOT, 'en'));
const englishKeys = Object.keys(english);
/** Plural sets: English has <base>_one and <base>_other. */
const pluralBases = englishKeys.filter((k) => k.endsWith('_other') && `${k.slice(0, -6)}_one` in english).map((k) => k.slice(0, -6));
const pluralForms = new Set(pluralBases.flatMap((b) => CATEGORIES.map((c) => `${b}_${c}`)));
const others = localeDirs(ROOT).filter((d) => d.lang !== 'en');

function placeholders(message: string): string[] {
  return [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();
}

/** The integers 0…1000 that `category` covers in `tag`. */
function numbersOf(tag: string, category: string): number[] {
  const rules = new Intl.PluralRules(tag);
  return Array.from({ length: 1001 }, (_, n) => n).filter((n) => rules.select(n) === category);
}

/**
 * What is wrong with `messages` (a language's merged files) against English: missing and extra
 * keys, placeholders dropped or added, plural categories missing or not the language's.
 */
export function problemsOf(tag: string, messages: MessagesFile): string[] {
  const problems: string[] = [];
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories as string[];
  const expected = new Set(englishKeys.filter((k) => !pluralForms.has(k)));
  for (const base of pluralBases) for (const c of categories) expected.add(`${base}_${c}`);
  for (const key of expected) if (!(key in messages)) problems.push(`missing ${key}`);
  for (const key of Object.keys(messages)) if (!expected.has(key)) problems.push(`extra ${key}`);
  for (const [key, value] of Object.entries(messages)) {
    if (!expected.has(key)) continue;
    if (typeof value.message !== 'string' || !value.message.trim()) problems.push(`empty ${key}`);
    if (tag !== 'en' && 'description' in value) problems.push(`description in ${key} (English only)`);
    // A "$" that is not $1…$9 or "$$" would be read as a named placeholder the file does not define.
    if (/\$(?![1-9$])/.test(value.message.replace(/\$\$/g, ''))) problems.push(`stray $ in ${key}`);
    const base = pluralBases.find((b) => pluralForms.has(key) && key.startsWith(`${b}_`) && CATEGORIES.includes(key.slice(b.length + 1) as never));
    const want = placeholders(english[base ? `${base}_other` : key]!.message);
    const have = placeholders(value.message);
    if (have.join() === want.join()) continue;
    // A 'one' form may leave out the count where the category is the number 1 alone ("Fix this problem").
    const category = base ? key.slice(base.length + 1) : '';
    const onlyOne = category === 'one' && numbersOf(tag, 'one').join() === '1';
    const dropped = want.filter((p) => !have.includes(p));
    const added = have.filter((p) => !want.includes(p));
    if (!(onlyOne && added.length === 0 && dropped.length === 1)) problems.push(`placeholders of ${key}: ${have.join(' ')} (English: ${want.join(' ')})`);
  }
  return problems;
}

describe('the translations', () => {
  it('are the six languages, each in a folder the browser knows', () => {
    expect(readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()).toEqual(
      ['en', 'es', 'fr', 'it', 'uk', 'zh_CN'],
    );
  });

  it('English has a one and an other form of every plural set, with the same placeholders', () => {
    expect(pluralBases.length).toBeGreaterThan(40);
    expect(problemsOf('en', english)).toEqual([]);
    expect(english.i18n_locale?.message).toBe('en');
  });

  for (const { lang, dir } of others) {
    it(`${lang} has every English key, the same placeholders and its plural categories`, () => {
      expect(problemsOf(tagOf(lang), mergeLocale(dir))).toEqual([]);
    });

    it(`${lang} names its own language for the plural rules`, () => {
      expect(mergeLocale(dir).i18n_locale?.message).toBe(tagOf(lang));
    });

    it(`${lang} splits its keys into the same area files as English`, () => {
      const areas = readdirSync(path.join(ROOT, 'en')).filter((f) => f.endsWith('.json'));
      expect(readdirSync(dir).filter((f) => f.endsWith('.json')).sort()).toEqual(areas.sort());
    });
  }

  it('catches a missing key, an extra key, a changed placeholder and a missing plural category', () => {
    const uk = mergeLocale(path.join(ROOT, 'uk'));
    const broken: MessagesFile = { ...uk, surplus: { message: 'x' }, vault_deleted: { message: 'Видалено.' } };
    delete broken.vault_title;
    delete broken.popup_vault_saved_few;
    broken.vault_import_done = { message: '$1 $2' };
    expect(problemsOf('uk', broken).sort()).toEqual(
      [
        'extra surplus',
        'missing popup_vault_saved_few',
        'missing vault_title',
        'placeholders of vault_deleted:  (English: $1)',
        'placeholders of vault_import_done: $1 $2 (English: $1)',
      ].sort(),
    );
    // French "one" is 0 and 1: its one form must show the number.
    const fr = mergeLocale(path.join(ROOT, 'fr'));
    expect(problemsOf('fr', { ...fr, presets_import_problems_one: { message: 'Corrigez ce problème :' } })).toEqual([
      'placeholders of presets_import_problems_one:  (English: $1)',
    ]);
    expect(problemsOf('fr', { ...fr, vault_title: { message: 'Coffre', description: 'x' } })).toEqual(['description in vault_title (English only)']);
  });
});
