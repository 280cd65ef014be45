/**
 * Injected on demand, never listed in the manifest: the background runs it in the frame of a
 * create page that asked ('link:show') when a preset link is waiting for its tab and store
 * (components/page/link-offer.ts). It only says so, with "Review preset link": the merchant
 * decides in the extension's review page. It reads nothing else.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { showLinkOffer } from '../components/page/link-offer';

export default defineUnlistedScript(() => {
  void showLinkOffer(document);
});
