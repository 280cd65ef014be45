/**
 * Where the content script finds the in-page UI once the background has injected it (./ui.ts):
 * a symbol-keyed global of the extension's isolated world. Types only besides the key, so the
 * content script bundles none of the UI.
 */
import type { createPanel } from './panel';
import type { removeMarkers, updateMarkers } from './markers';
import type { usePageStyles } from './styles';
import type { pageFacts } from '../../utils/dom/page-facts';
import type { fillForm } from '../../utils/dom/fill-form';
import type { useVocabulary } from '../../utils/scopes/registry';

export interface PageUi {
  createPanel: typeof createPanel;
  updateMarkers: typeof updateMarkers;
  removeMarkers: typeof removeMarkers;
  usePageStyles: typeof usePageStyles;
  /** What "Copy page report" reads from the page (here rather than in the content script: budget). */
  pageFacts: typeof pageFacts;
  /** The fill (collect → decide → execute → re-read): here, not in the content script (budget). */
  fillForm: typeof fillForm;
  /** This bundle's own copy of the scope registry, filled with the vocabulary the session loaded. */
  useVocabulary: typeof useVocabulary;
}

export const PAGE_UI = Symbol.for('scopekeeper.page-ui');

/** The UI the last injection installed (read only after the background says it injected it). */
export function installedPageUi(): PageUi | null {
  return ((globalThis as Record<symbol, unknown>)[PAGE_UI] as PageUi | undefined) ?? null;
}
