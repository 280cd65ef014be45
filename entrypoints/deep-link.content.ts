/**
 * Runs only on BigCommerce's deep links (https://login.bigcommerce.com/deep-links/*), at
 * document_start, before BigCommerce's page can redirect: if the URL carries a preset link, the
 * fragment goes to the background, which offers the preset on the create page the merchant lands
 * on. It reads nothing else and changes nothing on the page. Parsing happens in the background.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToBackground } from '../utils/messaging/send';
import { DEEP_LINK_MATCHES, isPresetFragment } from '../utils/presets/link-format';

export default defineContentScript({
  matches: DEEP_LINK_MATCHES,
  runAt: 'document_start',
  main() {
    if (window === window.top && isPresetFragment(location.hash)) void sendToBackground('link:found', { fragment: location.hash.slice(1) });
  },
});
