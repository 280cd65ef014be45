/**
 * Unit tests read and decide with the bundled vocabulary (store rows, account-level resources,
 * language tables), installed explicitly as the background installs it
 * (utils/scopes/registry.ts; the content script gets the same rows from the background by message).
 */
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_VOCABULARY } from '../../utils/scopes/bundled';
import { useVocabulary } from '../../utils/scopes/registry';

useVocabulary(BUNDLED_VOCABULARY);

// The fake browser has no manifest; the chosen preset's snapshot records the build's version
// (utils/presets/chosen-snapshot.ts).
beforeEach(() => {
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Scopekeeper', version: '1.0.0' });
});
