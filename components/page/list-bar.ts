/**
 * The list page's compact bar, row marks and delete-dialog note. Plain DOM in open shadow roots,
 * like the create page's panel; texts set through textContent only. What it shows is what the
 * page already lists (account names) and, for each, whether the vault holds it: never a secret,
 * a record id, or the name of a record the page does not list. It has no button.
 */
import { t } from '../../utils/i18n';
import { h, shadowWith } from './dom';

const CSS = `:host{all:initial;display:block;margin:0 0 12px;font:14px/1.4 system-ui,sans-serif;color:#1d2a4d}
section{background:#f3f6ff;border:1px solid #c9d3f5;border-radius:8px;padding:8px 12px}p,ul{margin:0}
.full{color:#8a1c1c;font-weight:600}span{font-size:12px;font-weight:600;padding:1px 6px;margin-left:8px}.in{color:#0b5b2a;background:#e3f6ea}.out{color:#7a4500;background:#fff1d6}.before{color:#3d4766;background:#eef0f5;font-weight:400}
.note{margin:16px 24px 0;padding:8px 12px;border-radius:6px;border-left:4px solid}.note.full{background:#fde8e8}`;

/** An account's mark: in the vault, made before Scopekeeper was installed (neutral), or made
 *  since and not in the vault (the warning). */
export type VaultMark = 'in' | 'before' | 'out';

const MARK_TEXT = { in: 'list_markInVault', before: 'list_markBeforeInstall', out: 'list_markNotInVault' } as const;

export interface BarView {
  count: string;
  full: boolean;
  detail: string;
}

function shadowHost(tag: string, content: Node): HTMLElement {
  const host = document.createElement(tag);
  shadowWith(host, CSS, content);
  return host;
}

/** The bar: words only, no control (a button in the page's DOM can be overlaid or stretched
 *  by the page; archiving happens in the vault page instead). */
export function createListBar() {
  const status = h('p', { role: 'status' });
  const detail = h('p');
  const host = shadowHost('scopekeeper-list', h('section', { 'aria-label': t('list_barTitle') }, status, detail));
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
    },
  };
}

const MARK = 'scopekeeper-mark';

/** A mark beside an account's name (words and colour, never colour alone). */
export function markCell(cell: Element, state: VaultMark | null): void {
  let host = Array.from(cell.children).find((c) => c.localName === MARK) as HTMLElement | undefined;
  if (state === null) return host?.remove();
  if (host?.dataset.state === state) return;
  host ??= cell.appendChild(shadowHost(MARK, h('span')));
  host.style.display = 'inline';
  host.dataset.state = state;
  const span = host.shadowRoot!.querySelector('span')!;
  span.className = state;
  span.textContent = t(MARK_TEXT[state]);
}

/** The same answer inside a delete confirmation, first thing in the dialog. */
export function noteInDialog(dialog: Element, inVault: boolean): void {
  const text = t(inVault ? 'list_deleteInVault' : 'list_deleteNotInVault');
  const existing = dialog.querySelector<HTMLElement>(MARK + '[data-note]');
  if (existing?.dataset.note === text) return;
  existing?.remove();
  // Inset like the dialog's own header (BigDesign pads it 24 px), not flush with the dialog's edge.
  const host = shadowHost(MARK, h('p', { class: inVault ? 'note in' : 'note full' }, text));
  host.dataset.note = text;
  // Inside BigDesign's content box (the dialog element itself is the full-screen backdrop).
  (dialog.querySelector('[aria-labelledby]') ?? dialog).prepend(host);
}
