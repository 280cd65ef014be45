/**
 * What the content script needs to read a form, sent once per page instead of bundled into it
 * (its budget is 30 KB): the catalogue's rows (labels, aliases, levels, parameter strings), which
 * of them may sit anywhere in the list, the language tables, the in-page UI's style sheets, and
 * the credentials pop-up's labels in every language (for the capture watcher).
 */
import { FLOATING_SCOPE_IDS, STORE_SCOPES } from '../scopes/catalogue';
import { ACCOUNT_SCOPES } from '../scopes/account-catalogue';
import type { Vocabulary } from '../scopes/registry';
import { PAGE_STYLES } from '../../components/page/styles.css';
import { ALL_TABLES } from '../languages';
import { popupLabels } from './popup-labels';

export function vocabulary(): Vocabulary {
  return { rows: STORE_SCOPES, accountRows: ACCOUNT_SCOPES, floating: FLOATING_SCOPE_IDS, tables: ALL_TABLES, styles: PAGE_STYLES, popupLabels: popupLabels() };
}
