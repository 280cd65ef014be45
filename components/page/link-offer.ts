/**
 * The panel's notice that a preset link is waiting, with one button: "Review preset link", which
 * asks the background to open the review page (entrypoints/link-review/). Nothing of the link's
 * preset is shown here and nothing can be added from here: the panel's shadow root is open to the
 * page's own scripts, which could rewrite any text or label in it, so the decision is made in an
 * extension page the page cannot reach. A rewritten notice can at most open that page.
 *
 * Not part of the content script (its budget is 30 KB, and a pending link is rare): the
 * background injects entrypoints/link-offer.ts into the frame whose create page asked
 * ('link:show') only when a link is waiting for its tab and store.
 */
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messaging/send';
import { el } from './dom';

/** Dispatched on the panel's host once the link is settled: the session reloads the presets
 *  (the page could dispatch it too; it only makes the session ask the background again). */
export const PRESETS_CHANGED = 'scopekeeper-presets-changed';

/** The panel's host once the session has put it in the page (it waits for the form). */
function panelHost(doc: Document): Promise<Element> {
  const find = () => (doc.querySelector('scopekeeper-panel')?.shadowRoot?.querySelector('section') ? doc.querySelector('scopekeeper-panel') : null);
  const found = find();
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const host = find();
      if (!host) return;
      observer.disconnect();
      resolve(host);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
  });
}

/** The notice at the top of the panel (once: a second injection replaces it). */
export async function showLinkOffer(doc: Document = document): Promise<void> {
  const host = await panelHost(doc);
  const section = host.shadowRoot!.querySelector('section')!;
  section.querySelector('.offer')?.remove();
  const box = el('div');
  box.className = 'offer';
  const review = el('button', t('links_review_button'));
  review.type = 'button';
  // Only a real click counts (a page script cannot make one); the answer is given in the review page.
  review.addEventListener('click', (e) => e.isTrusted && void sendToBackground('link:review', {}));
  const row = el('div');
  row.className = 'row';
  row.append(review);
  box.append(el('p', t('links_waiting')), row);
  section.querySelector('h2')!.after(box);
  // Settled in the review page: the background says so (utils/background/link-offer.ts
  // LINK_SETTLED) and brings this tab back; the notice goes and the panel shows the preset chosen
  // there. Asked again whenever the tab shows too (a settle in another way, or an expiry).
  const done = () => {
    if (!box.isConnected) return;
    box.remove();
    doc.removeEventListener('visibilitychange', onShow);
    browser.runtime.onMessage.removeListener(onSettled);
    host.dispatchEvent(new Event(PRESETS_CHANGED));
  };
  const check = async () => {
    if (doc.visibilityState !== 'visible' || !box.isConnected) return;
    const reply = await sendToBackground('link:waiting', {});
    if (reply && !reply.waiting) done();
  };
  const onShow = () => void check();
  // Only the background's word counts (no tab: not another content script); it is checked again.
  const onSettled = (message: unknown, sender: { id?: string; tab?: unknown }): undefined => {
    if (sender.id === browser.runtime.id && !sender.tab && (message as { type?: unknown } | null)?.type === 'link:settled') void check();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onSettled);
  doc.addEventListener('visibilitychange', onShow);
  doc.defaultView?.addEventListener('focus', onShow);
}
