import { describe, expect, it } from 'vitest';
import {
  ALL_TABLES,
  detectLanguage,
  detectLanguageIn,
  levelIdFor,
  rowIdFor,
  scoreTable,
  tableForLang,
  uiKeyFor,
} from '../../../utils/languages';
import { en } from '../../../utils/languages/en';
import { fr } from '../../../utils/languages/fr';
import { zh } from '../../../utils/languages/zh';

/** The primary label of every row of a table, as a page in that language would show them. */
const rowLabels = (t: (typeof ALL_TABLES)[number]) => Object.values(t.rows).map((texts) => texts[0] as string);

const FRENCH_ROWS = ['Contenu', 'Clients', 'Informations et paramètres', 'Commandes', 'Produits', 'Marketing'];

describe('tableForLang', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['fr', 'fr'],
    ['fr-FR', 'fr'],
    ['FR-ca', 'fr'],
    ['it-IT', 'it'],
    ['es-419', 'es'],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh_Hans_CN', 'zh'],
    ['uk-UA', 'uk'],
    [' uk ', 'uk'],
  ])('%j → %s', (lang, code) => {
    expect(tableForLang(lang)?.code).toBe(code);
  });

  it.each([[null], [''], ['de-DE'], ['zh-TW'], ['zh-Hant-HK'], ['eng'], ['ukr'], ['f']])('%j → no table', (lang) => {
    expect(tableForLang(lang)).toBeNull();
  });
});

describe('detectLanguage', () => {
  it('picks French for French row labels when <html lang> is absent', () => {
    const d = detectLanguage(null, FRENCH_ROWS);
    expect(d.table?.code).toBe('fr');
    expect(d.signal).toBe('texts');
    expect(d.matched).toBe(FRENCH_ROWS.length);
    expect(d.htmlLangCode).toBeNull();
  });

  it('picks French for French row labels even when <html lang="en"> says otherwise, and says so', () => {
    const d = detectLanguage('en', [...FRENCH_ROWS, 'Name', 'Save']);
    expect(d.table?.code).toBe('fr');
    expect(d.signal).toBe('texts');
    expect(d.htmlLangCode).toBe('en');
  });

  it('goes by <html lang> when no page text is known', () => {
    expect(detectLanguage('it-IT', [])).toMatchObject({ signal: 'html-lang', matched: 0, htmlLangCode: 'it' });
    expect(detectLanguage('it-IT', []).table?.code).toBe('it');
    expect(detectLanguage('uk', ['qwxz', 'zzz']).table?.code).toBe('uk');
  });

  it('prefers <html lang> when its table matches as many texts as any other', () => {
    // "Marketing" is the same word in English, French, Italian and Spanish.
    const d = detectLanguage('es-ES', ['Marketing']);
    expect(d.table?.code).toBe('es');
    expect(d.signal).toBe('html-lang+texts');
  });

  it('reports a tie instead of guessing when <html lang> names none of the tied tables', () => {
    const d = detectLanguage(null, ['Marketing', 'Marketing']);
    expect(d.table).toBeNull();
    expect(d.signal).toBe('ambiguous');
    expect([...d.tied].sort()).toEqual(['en', 'es', 'fr', 'it']);
  });

  it('returns no table for gibberish without <html lang>', () => {
    const d = detectLanguage(null, ['Xlorp', 'Wibble & wobble', '   ', 'qqq']);
    expect(d).toEqual({ table: null, signal: 'none', matched: 0, htmlLangCode: null, tied: [] });
    expect(detectLanguage('de-DE', ['Produkte', 'Bestellungen']).table).toBeNull();
  });

  it.each(ALL_TABLES.map((t) => [t.code, t] as const))('recognises %s from its own row labels alone', (code, table) => {
    const d = detectLanguage(null, rowLabels(table));
    expect(d.table?.code).toBe(code);
    expect(d.signal).toBe('texts');
  });

  it('counts a text repeated on many rows once', () => {
    expect(scoreTable(fr, ['Aucun', 'Aucun', 'aucun ', 'Produits'])).toBe(2);
  });

  it('reads a language\'s own "and", case, spacing and apostrophes', () => {
    expect(detectLanguageIn([fr], null, ['SITES & ROUTES', 'jetons d’api de la vitrine']).matched).toBe(2);
    expect(detectLanguage(null, ['站点&路由', '信息与设置', '店面API令牌']).table?.code).toBe('zh');
    expect(detectLanguage(null, ['Інформація і налаштування', 'Сайти й маршрути']).table?.code).toBe('uk');
  });
});

describe('lookups in one table', () => {
  it('names the row, level and UI key of a text', () => {
    expect(rowIdFor(fr, 'Sites & routes')).toBe('sites-routes');
    expect(rowIdFor(fr, 'Contenu du paiement')).toBe('checkout-content');
    expect(rowIdFor(fr, 'Products')).toBeNull();
    expect(levelIdFor(fr, 'Lecture seule')).toBe('read-only');
    expect(levelIdFor(zh, '只读')).toBe('read-only');
    expect(levelIdFor(en, 'Create Preview')).toBe('create-preview');
    expect(uiKeyFor(fr, "Jeton d'accès :")).toBe('accessToken');
    expect(uiKeyFor(zh, '客户端ID')).toBe('clientId');
    expect(uiKeyFor(en, '')).toBeNull();
  });
});
