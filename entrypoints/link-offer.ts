/**
 * Injected on demand, never listed in the manifest: the background runs it in the frame of a
 * create page that asked ('link:show') when a preset link is waiting (components/page/link-offer.ts).
 * It renders the offer into the panel and sends the merchant's answer; it reads nothing else.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { showLinkOffer } from '../components/page/link-offer';

export default defineUnlistedScript(() => {
  void showLinkOffer(document);
});
