/**
 * The credentials pop-up's title and field labels in every language the extension has a table
 * for, sent to the content script once (so it bundles none of the tables).
 */
import type { PopupLabelTexts } from '../messaging/protocol';

export function popupLabels(): PopupLabelTexts {
  return {
    clientId: ['Client ID'],
    clientSecret: ['Client Secret'],
    accessToken: ['Access Token'],
    title: ['API Credentials', 'API Credential'],
  };
}
