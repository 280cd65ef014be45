import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTROL_PANEL_MATCHES } from '../../utils/control-panel-url';

export default defineContentScript({
  matches: CONTROL_PANEL_MATCHES,
  runAt: 'document_idle',
  main() {
    // Wired in the content-script issue.
  },
});
