/**
 * tp() in every language: the browser shows a language's messages (faked here from
 * locales/<lang>/), and tp picks the form its plural rules (Intl.PluralRules) give for the count.
 */
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mergeLocale } from '../../locales/merge';
import { formatMessage } from '../../utils/decide/words';
import { tp } from '../../utils/i18n';

const ROOT = path.resolve(import.meta.dirname, '../../locales');

/** The browser in `ui`, showing the messages of _locales/`folder`. */
function browserIn(ui: string, folder: string): void {
  const messages = mergeLocale(path.join(ROOT, folder));
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    formatMessage(messages, key, subs)) as typeof fakeBrowser.i18n.getMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(ui);
}

const saved = (n: number) => tp('popup_vault_saved', n);

describe('tp', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('English: one and other', () => {
    browserIn('en-US', 'en');
    expect([0, 1, 2, 21].map(saved)).toEqual(['0 saved credentials.', '1 saved credential.', '2 saved credentials.', '21 saved credentials.']);
    expect(tp('list_inVault', 1)).toBe('1 of them has its credentials in the vault.');
    expect(tp('list_inVault', 3)).toBe('3 of them have their credentials in the vault.');
    expect(tp('presets_count_all', 1)).toBe('1 preset.');
    expect(tp('vault_backup_done', 1, 'backup.age', 1)).toBe('Downloaded backup.age with 1 credential. Keep it somewhere safe, away from this computer.');
    // The count need not be $1: here it is $3.
    expect(tp('presets_notice_imported_replaced', 1, 'a.json', 'A, B', 1)).toBe('Imported from a.json: A, B (1 replaced a preset with the same id).');
    // A one form may leave the number out where "one" is 1 alone.
    expect(tp('presets_import_problems', 1)).toBe('Fix this problem in the file and import it again:');
    expect(tp('presets_import_problems', 2)).toBe('Fix these 2 problems in the file and import it again:');
  });

  it('Ukrainian: one (1, 21), few (2, 22), many (5, 11, 0)', () => {
    browserIn('uk', 'uk');
    expect([1, 2, 5, 11, 21, 22, 0].map((n) => tp('vault_age_days', n))).toEqual([
      '1 день тому',
      '2 дні тому',
      '5 днів тому',
      '11 днів тому',
      '21 день тому',
      '22 дні тому',
      '0 днів тому',
    ]);
    expect([1, 2, 5, 21].map(saved)).toEqual([
      '1 збережений запис облікових даних.',
      '2 збережені записи облікових даних.',
      '5 збережених записів облікових даних.',
      '21 збережений запис облікових даних.',
    ]);
  });

  it('French: one (0 and 1), other, many (millions)', () => {
    browserIn('fr-FR', 'fr');
    expect([0, 1, 2].map((n) => tp('presets_count_all', n))).toEqual(['0 préréglage.', '1 préréglage.', '2 préréglages.']);
    expect(tp('presets_count_all', 1_000_000)).toBe('1000000 préréglages.');
    // fr one is 0 and 1, so its one form shows the number.
    expect(tp('presets_import_problems', 0)).toBe('Corrigez 0 problème dans le fichier et importez-le à nouveau :');
  });

  it('Italian and Spanish: one, other, many', () => {
    browserIn('it', 'it');
    expect([1, 2, 1_000_000].map((n) => tp('vault_copied', n))).toEqual([
      'Copiato. Gli appunti verranno svuotati tra 1 secondo.',
      'Copiato. Gli appunti verranno svuotati tra 2 secondi.',
      'Copiato. Gli appunti verranno svuotati tra 1000000 secondi.',
    ]);
    browserIn('es-419', 'es');
    expect([0, 1, 2].map((n) => tp('vault_age_months', n))).toEqual(['hace 0 meses', 'hace 1 mes', 'hace 2 meses']);
  });

  it('Chinese: other only', () => {
    browserIn('zh-CN', 'zh_CN');
    expect([1, 2].map(saved)).toEqual(['已保存 1 份凭据。', '已保存 2 份凭据。']);
  });

  it('follows the messages shown, not what getUILanguage says', () => {
    // Headless Chromium was seen showing the Ukrainian messages while answering "en-US".
    browserIn('en-US', 'uk');
    expect([1, 3, 5].map(saved)).toEqual([
      '1 збережений запис облікових даних.',
      '3 збережені записи облікових даних.',
      '5 збережених записів облікових даних.',
    ]);
  });

  it('uses the rules of the messages shown: English ones for a browser in a language without its own', () => {
    // Polish has few and many; the English messages it is shown have one and other only.
    browserIn('pl', 'en');
    expect([1, 2, 5, 22].map(saved)).toEqual(['1 saved credential.', '2 saved credentials.', '5 saved credentials.', '22 saved credentials.']);
    // Portuguese counts 0 as one; English does not.
    browserIn('pt-BR', 'en');
    expect(saved(0)).toBe('0 saved credentials.');
    // Messages without their language tag: the UI language's rules.
    const english = mergeLocale(path.join(ROOT, 'en'));
    delete english.i18n_locale;
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
      formatMessage(english, key, subs)) as typeof fakeBrowser.i18n.getMessage);
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('uk');
    // uk rules say "few" for 2; English has no few form, so other.
    expect(saved(2)).toBe('2 saved credentials.');
    expect(saved(1)).toBe('1 saved credential.');
  });
});
