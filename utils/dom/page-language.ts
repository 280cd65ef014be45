/**
 * Which language table the page is written in (docs/control-panel-facts.md §13): the table that knows the
 * most of the form's texts (labels and chosen options), `<html lang>` deciding a tie. English is
 * always read (the catalogue's own labels), so it is never "the" table. The tables come from the
 * background with the vocabulary (utils/scopes/registry.ts).
 */
import { tableForLangIn } from '../languages/detect';
import { tableKnows, type TextTable } from '../scopes/identify';
import { languageTables } from '../scopes/registry';
import { currentText, type ControlHandle } from './find-controls';

export function pageTable(doc: Document, handles: readonly ControlHandle[]): TextTable | null {
  const tables = languageTables().filter((t) => t.code !== 'en');
  if (tables.length === 0) return null;
  const byLang = tableForLangIn(tables, doc.documentElement.getAttribute('lang'));
  const texts = [...new Set(handles.flatMap((h) => [h.label, currentText(h)]))];
  let best: TextTable | null = null;
  let bestScore = 0;
  for (const table of tables) {
    const score = texts.filter((text) => tableKnows(table, text)).length;
    // One shared word ("Marketing", a Han word) is a coincidence, not a language.
    if (score < 2 && table !== byLang) continue;
    if (score > bestScore || (score === bestScore && score > 0 && table === byLang)) {
      best = table;
      bestScore = score;
    }
  }
  // Nothing matched yet (the form is still rendering): the page's declared language.
  return best ?? byLang;
}
