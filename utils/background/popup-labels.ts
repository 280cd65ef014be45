/**
 * The credentials pop-up's title and field labels (and the create form's Save, which makes a
 * capture trusted) in every language the extension has a table
 * for (utils/languages), sent to the content script once, so it bundles none of the tables.
 */
import { ALL_TABLES } from '../languages';
import type { PopupLabelTexts } from '../scopes/vocabulary';

let cached: PopupLabelTexts | null = null;

export function popupLabels(): PopupLabelTexts {
  if (cached) return cached;
  const all = (key: 'clientId' | 'clientSecret' | 'accessToken' | 'credentialsTitle' | 'save') => [...new Set(ALL_TABLES.flatMap((table) => table.ui[key]))];
  cached = { clientId: all('clientId'), clientSecret: all('clientSecret'), accessToken: all('accessToken'), title: all('credentialsTitle'), save: all('save') };
  return cached;
}
