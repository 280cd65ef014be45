/**
 * The panel's view of a preset link the merchant opened: every row and level, the facts, the
 * sources and that it came from a link, with "Add preset" and "Dismiss"; or why the link cannot
 * be used. Plain strings from the background (it parsed and worded everything); nothing here
 * fills or saves.
 */
import { t } from '../../utils/i18n';
import type { LinkOffer } from '../../utils/messaging/protocol';
import { el, link } from './dom';
import type { PanelCallbacks } from './panel';

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

export function renderLinkOffer(offer: LinkOffer, callbacks: Pick<PanelCallbacks, 'onAddLink' | 'onDismissLink'>): Node[] {
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
