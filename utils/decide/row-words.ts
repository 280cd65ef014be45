/**
 * How the panel and markers name rows and levels (issue 20, items 6 and 8): as the page names
 * them. A row on the page by the label the merchant sees; a row the page does not show by the
 * page language's table (utils/languages/), else the catalogue's label. A level by the page's own
 * option (or checkbox) text for it, else the table's word, else the catalogue's.
 */
import type { PageModel, ScopeRowModel } from '../form/model';
import { tableByCode } from '../languages';
import { levelForText } from '../scopes/identify';
import { scopeById } from '../scopes/registry';

const tableOf = (code: string | null) => (code ? tableByCode(code) : null);

/** The name of catalogue row `id` for a page that does not show it (or shows it unreadably), in
 *  the language of table `code` (null: the catalogue's English). */
export function catalogueName(code: string | null, id: string): string {
  const texts = (tableOf(code)?.rows as Readonly<Record<string, readonly string[] | undefined>> | undefined)?.[id];
  return texts?.[0] ?? scopeById(id)?.label ?? id;
}

/** The name of catalogue row `id`: the page's label for it where the page shows it by a label it
 *  understood, else catalogueName. */
export function rowName(model: PageModel, code: string | null, id: string): string {
  const row = model.rows.find((r) => r.scopeId === id && (r.signal === 'label' || r.signal === 'attribute'));
  return row?.label || catalogueName(code, id);
}

/** The words for level `levelId` of row `scopeId` on `row`: the page's option text for it when known
 *  (read with the table the page was read with), else the word of table `code`. */
export function levelName(model: PageModel, code: string | null, row: ScopeRowModel | undefined, scopeId: string, levelId: string): string {
  const scope = scopeById(scopeId);
  if (!scope) return levelId;
  const own = row?.offered.find((text) => levelForText(scope, text, tableOf(model.language))?.id === levelId);
  return own ?? tableLevelWord(code, levelId) ?? scope.levels.find((l) => l.id === levelId)?.label ?? levelId;
}

/** Level `levelId`'s word in the language of table `code` ("Aucun"); undefined where it has none. */
export function tableLevelWord(code: string | null, levelId: string): string | undefined {
  return (tableOf(code)?.levels as Readonly<Record<string, readonly string[] | undefined>> | undefined)?.[levelId]?.[0];
}
