/**
 * Collect: the store-level API account list, read by structure rather than words (the panel
 * may be in any language): the page's table with a header row, one account per body row, its
 * name in the row's first cell that has text and no checkbox (the legacy table starts with a
 * selection checkbox, docs/control-panel-facts.md §2). The list never shows credentials.
 */
import { cleanText } from './find-controls';

export interface ListedAccount {
  name: string;
  /** Where a mark goes: the name's cell. */
  cell: Element;
}

/** null: no account table on the page (yet); the page may still be rendering. */
export function readAccountList(root: ParentNode): ListedAccount[] | null {
  let best: ListedAccount[] | null = null;
  for (const table of root.querySelectorAll('table')) {
    if (!table.querySelector('th')) continue;
    const accounts: ListedAccount[] = [];
    for (const row of table.querySelectorAll('tbody tr')) {
      for (const cell of row.querySelectorAll('td')) {
        if (cell.querySelector('input[type="checkbox"]')) continue;
        // Text of the cell without Scopekeeper's own mark in it.
        const name = cleanText(Array.from(cell.childNodes, (n) => (n.nodeName.startsWith('SCOPEKEEPER') ? '' : n.textContent)).join(''));
        if (!name) continue;
        accounts.push({ name, cell });
        break;
      }
    }
    // Several tables (unlikely): the one with the most accounts is the list.
    if (!best || accounts.length > best.length) best = accounts;
  }
  return best;
}
