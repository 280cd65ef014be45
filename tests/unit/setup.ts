/**
 * Unit tests read forms with the bundled catalogue, as the background and extension pages do.
 * (The content script gets the same rows from the background by message: utils/scopes/registry.ts.)
 */
import '../../utils/scopes/catalogue';
