/**
 * Injected on demand, never listed in the manifest: the in-page UI (panel, row markers) for a
 * create page, run by the background in the frame that asked ('page-ui:load'); see
 * components/page/ui.ts. It installs the UI for the content script and does nothing else.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installPageUi } from '../components/page/ui';

export default defineUnlistedScript(() => {
  installPageUi();
});
