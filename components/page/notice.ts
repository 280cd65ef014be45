/**
 * A small notice in the page's corner for capture results. It never shows a secret: only what
 * happened and what to do next. Texts come from the caller (via t()); the page can read them,
 * which is fine because they say nothing a page script does not already know.
 */
import { t } from '../../utils/i18n';
import { h, seenClick, shadowWith } from './dom';
import type { NoticeView } from '../../utils/messaging/protocol';

const CSS = `
:host { all: initial; position: fixed; left: 16px; bottom: 16px; z-index: 2147483647; max-width: 380px; }
div { font: 14px/1.4 system-ui, sans-serif; border-radius: 8px; padding: 12px 36px 12px 14px; box-shadow: 0 4px 16px rgba(0,0,0,.25); position: relative; }
.ok { background: #0b5b2a; color: #fff; }
.warn { background: #8a1c1c; color: #fff; }
strong, span { display: block; margin-bottom: 4px; }
button { position: absolute; top: 6px; right: 6px; background: none; border: 0; color: inherit; font: 18px/1 system-ui; cursor: pointer; }
.a { position: static; margin: 6px 8px 0 0; border: 1px solid; border-radius: 4px; padding: 4px 10px; font: 600 14px/1.2 system-ui; }
:focus-visible { outline: 3px solid #ffbf47; }`;

const TAG = 'scopekeeper-notice';
/** Kept from the last time i18n answered: an orphaned script (extension gone) has none left. */
let dismissLabel = 'Dismiss';
let current: HTMLElement | null = null;

/** Whether a notice from another copy of this script (e.g. one re-injected after an update, in
 *  another world) is on the page. */
export function otherNoticeShown(): boolean {
  return Array.from(document.querySelectorAll(TAG)).some((n) => n !== current);
}

/** `actions`: buttons (the background's labels and ids); a real click on one as shown calls `act`
 *  with its id (a page script can click it too, but not with a trusted event). */
export function showNotice(kind: 'ok' | 'warn', title: string, detail: string, actions: NoticeView['actions'] = [], act?: (id: string) => void): void {
  // Every earlier notice, ours or an orphaned copy's: one notice, the newest.
  for (const old of document.querySelectorAll(TAG)) old.remove();
  const host = document.createElement(TAG);
  const dismiss = h('button', { type: 'button' }, '×');
  const buttons = actions.map(({ id, label }) => {
    const button = h('button', { type: 'button', class: 'a' }, label);
    // A real click on the button as shown: not one through a button the page made invisible or
    // stretched over the page (./dom.ts seenClick).
    button.addEventListener('click', (e) => seenClick(e, button) && act?.(id));
    return button;
  });
  shadowWith(host, CSS, h('div', { class: kind, role: kind === 'ok' ? 'status' : 'alert' }, h('strong', null, title), h('span', null, detail), ...buttons, dismiss));
  try {
    dismissLabel = t('vault_notice_dismiss');
  } catch {
    // Orphaned: keep the last label.
  }
  dismiss.setAttribute('aria-label', dismissLabel);
  dismiss.addEventListener('click', () => host.remove());
  document.documentElement.append(host);
  current = host;
}
