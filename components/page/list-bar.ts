/**
 * The list page's compact bar, row marks and delete-dialog note. Plain DOM in open shadow roots,
 * like the create page's panel; texts set through textContent only. What it shows is what the
 * page already lists (account names) plus the names of this store's vault records: never a
 * secret, never a record id.
 */
import { t } from '../../utils/i18n';
import { h, shadowWith } from './dom';

const CSS = `:host{all:initial;display:block;margin:0 0 12px;font:14px/1.4 system-ui,sans-serif;color:#1d2a4d}
section{background:#f3f6ff;border:1px solid #c9d3f5;border-radius:8px;padding:8px 12px}p,ul{margin:0}
button{font:inherit;margin-left:8px;cursor:pointer}:focus-visible{outline:3px solid #ffbf47}
.full{color:#8a1c1c;font-weight:600}span{font-size:12px;font-weight:600;padding:1px 6px;margin-left:8px}.in{color:#0b5b2a;background:#e3f6ea}.out{color:#7a4500;background:#fff1d6}`;

export interface GoneRecord {
  id: string;
  name: string;
}

export interface BarView {
  count: string;
  full: boolean;
  detail: string;
  gone: GoneRecord[];
}

function shadowHost(tag: string, content: Node): HTMLElement {
  const host = document.createElement(tag);
  shadowWith(host, CSS, content);
  return host;
}

export function createListBar(onArchive: (record: GoneRecord) => void) {
  const status = h('p', { role: 'status' });
  const detail = h('p');
  const list = h('ul');
  const goneBox = h('div', { hidden: '' }, h('p', null, t('list_goneHeading')), list);
  const host = shadowHost('scopekeeper-list', h('section', { 'aria-label': t('list_barTitle') }, status, detail, goneBox));
  let shown = '';
  return {
    host,
    update(view: BarView): void {
      // Rewritten only on change: every write would wake the page's observers (and ours).
      const key = JSON.stringify(view);
      if (key === shown) return;
      shown = key;
      status.textContent = view.count;
      status.className = view.full ? 'full' : '';
      detail.textContent = view.detail;
      goneBox.hidden = view.gone.length === 0;
      list.replaceChildren(
        ...view.gone.map((record) => {
          const item = document.createElement('li');
          const button = document.createElement('button');
          button.type = 'button';
          button.textContent = t('list_archive');
          button.setAttribute('aria-label', `${t('list_archive')}: ${record.name}`);
          // Trusted clicks only, like the create page's panel: the page can reach this open
          // shadow root and could otherwise click Archive for the merchant.
          button.addEventListener('click', (e) => e.isTrusted && onArchive(record));
          item.append(record.name, button);
          return item;
        }),
      );
    },
  };
}

const MARK = 'scopekeeper-mark';

/** A mark beside an account's name: in the vault or not (words and colour, never colour alone). */
export function markCell(cell: Element, inVault: boolean | null): void {
  let host = Array.from(cell.children).find((c) => c.localName === MARK) as HTMLElement | undefined;
  if (inVault === null) return host?.remove();
  const state = inVault ? 'in' : 'out';
  if (host?.dataset.state === state) return;
  host ??= cell.appendChild(shadowHost(MARK, h('span')));
  host.style.display = 'inline';
  host.dataset.state = state;
  const span = host.shadowRoot!.querySelector('span')!;
  span.className = state;
  span.textContent = t(inVault ? 'list_markInVault' : 'list_markNotInVault');
}

/** The same answer inside a delete confirmation, first thing in the dialog. */
export function noteInDialog(dialog: Element, inVault: boolean): void {
  const text = t(inVault ? 'list_deleteInVault' : 'list_deleteNotInVault');
  const existing = dialog.querySelector<HTMLElement>(MARK + '[data-note]');
  if (existing?.dataset.note === text) return;
  existing?.remove();
  const host = shadowHost(MARK, h('p', { class: inVault ? 'in' : 'full' }, text));
  host.dataset.note = text;
  // Inside BigDesign's content box (the dialog element itself is the full-screen backdrop).
  (dialog.querySelector('[aria-labelledby]') ?? dialog).prepend(host);
}
