/**
 * The panel's view of a preset link the merchant opened: every row and level, the facts, the
 * sources and that it came from a link, with "Add preset" and "Dismiss"; or why the link cannot
 * be used. Plain strings from the background (it parsed and worded everything); nothing here
 * fills or saves.
 *
 * Not part of the content script (its budget is 30 KB, and a pending link is rare): the
 * background injects entrypoints/link-offer.ts into the frame whose create page asked
 * ('link:show') only when a link is waiting, and that script calls showLinkOffer().
 */
import { t } from '../../utils/i18n';
import type { LinkOffer } from '../../utils/messaging/protocol';
import { sendToBackground } from '../../utils/messaging/send';
import { el, link } from './dom';

/** Dispatched on the panel's host after Add preset or Dismiss: the session reloads the presets
 *  (the page could dispatch it too; it only makes the session ask the background again). */
export const PRESETS_CHANGED = 'scopekeeper-presets-changed';

/** Only a real click counts: the page's own scripts can reach this open shadow root. */
function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', text);
  b.type = 'button';
  b.addEventListener('click', (e) => e.isTrusted && onClick());
  return b;
}

function list(lines: string[]): HTMLUListElement {
  const ul = el('ul');
  ul.append(...lines.map((line) => el('li', line)));
  return ul;
}

function renderLinkOffer(offer: LinkOffer, callbacks: { onAddLink: () => void; onDismissLink: () => void }): Node[] {
  const actions = el('div');
  actions.className = 'row';
  const dismiss = button(t('content_linkDismiss'), callbacks.onDismissLink);
  if (!offer.ok) {
    actions.append(dismiss);
    return [el('h3', t('content_linkInvalid')), list(offer.problems), actions];
  }
  const sources = el('p', t('content_sources'));
  for (const s of offer.sources) sources.append(' ', link(s.url, s.title));
  actions.append(button(t('content_linkAdd'), callbacks.onAddLink), dismiss);
  return [
    el('h3', t('content_linkTitle', offer.name)),
    el('p', t('content_linkFrom')),
    ...offer.details.map((line) => el('p', line)),
    list(offer.rows),
    sources,
    ...(offer.replaces ? [el('p', t('content_linkReplaces'))] : []),
    actions,
  ];
}

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

/** Shows the pending link's offer at the top of the panel (once: a second injection replaces it). */
export async function showLinkOffer(doc: Document = document): Promise<void> {
  const offer = await sendToBackground('link:get', {});
  if (!offer) return;
  const host = await panelHost(doc);
  const section = host.shadowRoot!.querySelector('section')!;
  section.querySelector('.offer')?.remove();
  const box = el('div');
  box.className = 'offer';
  // "Add preset" adds and chooses it (the background does both); neither button fills.
  const settle = async (type: 'link:add' | 'link:dismiss') => {
    box.remove();
    await sendToBackground(type, {});
    host.dispatchEvent(new Event(PRESETS_CHANGED));
  };
  box.append(...renderLinkOffer(offer, { onAddLink: () => void settle('link:add'), onDismissLink: () => void settle('link:dismiss') }));
  section.querySelector('h2')!.after(box);
}
