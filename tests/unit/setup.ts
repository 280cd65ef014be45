/**
 * Unit tests read and decide with the bundled vocabulary (store rows, account-level resources,
 * language tables), installed explicitly as the background installs it
 * (utils/scopes/registry.ts; the content script gets the same rows from the background by message).
 */
import { BUNDLED_VOCABULARY } from '../../utils/scopes/bundled';
import { useVocabulary } from '../../utils/scopes/registry';

useVocabulary(BUNDLED_VOCABULARY);
