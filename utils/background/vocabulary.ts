/**
 * What the content script needs to read a form, sent once per page instead of bundled into it
 * (its budget is 30 KB): the catalogue's rows (labels, aliases, levels, parameter strings), which
 * of them may sit anywhere in the list, the language tables, the in-page UI's style sheets, and
 * the credentials pop-up's labels in every language (for the capture watcher).
 */
import { BUNDLED_VOCABULARY } from '../scopes/bundled';
import type { Vocabulary } from '../scopes/vocabulary';
import { PAGE_STYLES } from './page-styles.css';
import { popupLabels } from './popup-labels';

export function vocabulary(): Vocabulary {
  return { ...BUNDLED_VOCABULARY, styles: PAGE_STYLES, popupLabels: popupLabels() };
}
