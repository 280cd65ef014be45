// @vitest-environment happy-dom
/**
 * The panel speaks the page's language (issue 20, item 6): the language its labels are in. An
 * English page that the French table also reads a word or two of ("Marketing", "Checkouts")
 * stays English; a page whose labels are French speaks French.
 */
import { describe, expect, it } from 'vitest';
import { spokenLanguage } from '../../../utils/background/page-words';
import { scanForm } from '../../../utils/dom/scan-form';
import { loadPage } from '../fixtures/markup';

describe('spokenLanguage', () => {
  it('an English page speaks English, whichever table shares a word with it', () => {
    loadPage('native-create');
    const model = scanForm(document).model;
    expect(model.rows.length).toBeGreaterThan(20);
    expect(spokenLanguage(model)).toBe('en');
    expect(spokenLanguage({ ...model, language: 'fr' })).toBe('en');
  });

  it('a page whose labels are French speaks French; one with no label read, its table', () => {
    loadPage('native-create');
    const model = scanForm(document).model;
    expect(spokenLanguage({ ...model, language: 'fr', rows: model.rows.map((r) => ({ ...r, label: 'Commandes' })) })).toBe('fr');
    expect(spokenLanguage({ ...model, language: 'uk', rows: model.rows.map((r) => ({ ...r, signal: 'position' as const })) })).toBe('uk');
    expect(spokenLanguage({ ...model, language: null, rows: [] })).toBeNull();
  });

  it('rows read by their attributes speak by the labels they show (an English page stays English)', () => {
    loadPage('native-create');
    const model = scanForm(document).model;
    const byAttribute = model.rows.map((r) => ({ ...r, signal: 'attribute' as const }));
    expect(spokenLanguage({ ...model, language: 'fr', rows: byAttribute })).toBe('en');
    expect(spokenLanguage({ ...model, language: 'fr', rows: byAttribute.map((r) => ({ ...r, label: 'Commandes' })) })).toBe('fr');
  });
});
