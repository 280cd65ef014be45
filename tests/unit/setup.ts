/**
 * Unit tests read forms with the bundled catalogues (store rows, account-level resources), as the
 * background and extension pages do.
 * (The content script gets the same rows from the background by message: utils/scopes/registry.ts.)
 */
import '../../utils/scopes/catalogue';
import '../../utils/scopes/account-catalogue';
