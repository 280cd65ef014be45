/**
 * The in-page UI (the panel, the row markers and their style sheets), delivered on demand: it is
 * not in the content script that every control-panel page loads (budget, 30 KB), but in an
 * unlisted script (entrypoints/page-ui.ts) that the background injects into a frame whose create
 * page asks for it ('page-ui:load'). Injected scripts run in the extension's isolated world, the
 * content script's own, so the UI is handed over there through a global the page cannot see
 * (./ui-handle.ts).
 */
import { createPanel } from './panel';
import { removeMarkers, updateMarkers } from './markers';
import { usePageStyles } from './styles';
import { PAGE_UI, type PageUi } from './ui-handle';
import { pageFacts } from '../../utils/dom/page-facts';
import { fillForm } from '../../utils/dom/fill-form';
import { useVocabulary } from '../../utils/scopes/registry';

const pageUi: PageUi = { createPanel, updateMarkers, removeMarkers, usePageStyles, pageFacts, fillForm, useVocabulary };

export function installPageUi(): void {
  (globalThis as Record<symbol, unknown>)[PAGE_UI] = pageUi;
}
