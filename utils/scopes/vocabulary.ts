/**
 * What the content script reads forms with, as plain JSON the background sends it
 * (utils/background/vocabulary.ts builds it; utils/scopes/registry.ts holds the one in use).
 * Types only: the message protocol imports them.
 */
import type { LanguageTable } from '../languages/types';
import type { ScopeId, StoreScopeRow } from './catalogue';
import type { AccountScopeRow } from './account-catalogue';

/** The in-page UI's style sheets (components/page/styles.ts), sent as data (content-script budget). */
export interface PageStyles {
  panel: string;
  marker: string;
}

/** The credentials pop-up's title and field labels in every language (utils/dom/read-credentials.ts). */
export interface PopupLabelTexts {
  clientId: string[];
  clientSecret: string[];
  accessToken: string[];
  title: string[];
  /** The create form's Save button. */
  save: string[];
}

/** The rows and language tables that reading and deciding look rows up in. */
export interface ScopeVocabulary {
  rows: readonly StoreScopeRow[];
  /** The account-level form's resources (./account-catalogue.ts), in the same shape. */
  accountRows: readonly AccountScopeRow[];
  /** Rows whose place in the list is unknown (Store Translations, Infrastructure): see catalogue.ts. */
  floating: readonly ScopeId[];
  /** The control panel's language tables (utils/languages). */
  tables: readonly LanguageTable[];
}

/** Everything the content script needs beyond its own code. */
export interface Vocabulary extends ScopeVocabulary {
  /** The in-page UI's style sheets, sent along for the same reason. */
  styles: PageStyles;
  /** The credentials pop-up's labels in every language, for the capture watcher. */
  popupLabels: PopupLabelTexts;
}
