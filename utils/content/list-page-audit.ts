/**
 * The store-level API account list: count the accounts toward the cap of 50, mark each one whose
 * credential is in the vault, and say in a delete confirmation whether the vault holds that
 * account's credential. The vault stays locked: the background answers, for the names this
 * table shows and no others, whether a record of this store has that name; never a value, a
 * record id or a name the page did not list. Records whose account is no longer listed are
 * shown (and archived) in the vault page, out of the page's reach: the bar has no button.
 */
import type { ContentScriptContext } from './context';
import { t, tp } from '../i18n';
import { readAccountList } from '../dom/read-account-list';
import { sendToBackground } from '../messaging/send';
import { createListBar, markCell, noteInDialog, type VaultMark } from '../../components/page/list-bar';

/** BigCommerce's cap on store-level API accounts (docs/control-panel-facts.md §11). */
const ACCOUNT_CAP = 50;

export function startListAudit(ctx: ContentScriptContext): () => void {
  /** The vault's answer for the names last asked about (null: not known yet, or no answer). */
  let known: ReadonlyMap<string, VaultMark> | null = null;
  /** The names last asked about, as one key: asked again only when the table's names change. */
  let asked = '';
  let frame = 0;
  let stopped = false;
  const bar = createListBar();

  async function load(names: string[]): Promise<void> {
    const key = JSON.stringify(names);
    asked = key;
    const reply = await sendToBackground('vault:membership', { names });
    if (stopped || asked !== key) return;
    known = reply?.ok ? new Map(names.map((n, i): [string, VaultMark] => [n, reply.inVault[i] === true ? 'in' : reply.before[i] === true ? 'before' : 'out'])) : null;
    // At once, not at the next frame: the marks are then in the frame that follows.
    now();
  }

  function refresh(): void {
    const accounts = readAccountList(document);
    if (!accounts) return bar.host.remove();
    const table = accounts[0]?.cell.closest('table') ?? document.querySelector('table');
    // In the page's flow, just above the table.
    if (table?.parentElement && bar.host.nextElementSibling !== table) table.parentElement.insertBefore(bar.host, table);
    // Only the names the table shows are asked about: the page learns nothing of a record it
    // does not list (which ones it does not list is for the vault page to show).
    const names = [...new Set(accounts.map((a) => a.name))].sort();
    if (JSON.stringify(names) !== asked) void load(names);
    const mark = (name: string) => known?.get(name) ?? null;
    for (const account of accounts) markCell(account.cell, mark(account.name));
    bar.update({
      count: tp(accounts.length >= ACCOUNT_CAP ? 'list_countFull' : 'list_count', accounts.length, accounts.length, ACCOUNT_CAP),
      full: accounts.length >= ACCOUNT_CAP,
      detail: known ? tp('list_inVault', accounts.filter((a) => mark(a.name) === 'in').length) : t('list_vaultUnknown'),
    });
    // A delete confirmation names the account (typed-name or not): say what the vault holds.
    for (const dialog of document.querySelectorAll('[role="dialog"], [role="alertdialog"], dialog[open]')) {
      const text = dialog.textContent ?? '';
      const named = accounts.filter((a) => text.includes(a.name)).sort((a, b) => b.name.length - a.name.length)[0];
      // An account made before Scopekeeper keeps the warning here: deleting it loses its client ID.
      const answer = named ? mark(named.name) : null;
      if (answer !== null) noteInDialog(dialog, answer === 'in');
    }
  }

  function now(): void {
    if (!stopped && ctx.isValid) refresh();
  }

  function schedule(): void {
    if (frame || stopped) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      now();
    });
  }

  // Until the vault has answered, the page's changes are read as they come (the table's first
  // rows are asked about without waiting for a frame); then once a frame at most (the page may
  // change often, and each of our writes is a change too).
  const observer = new MutationObserver(() => (known ? schedule() : now()));
  // The document, not its body: loaded with the page, this starts before there is a body.
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  // Another tab may have captured or archived meanwhile: ask again. Removed at stop: the context
  // outlives this audit (it is bc.js's, entrypoints/list-audit.ts).
  const onFocus = () => {
    asked = '';
    schedule();
  };
  window.addEventListener('focus', onFocus);
  now();
  return () => {
    stopped = true;
    window.removeEventListener('focus', onFocus);
    observer.disconnect();
    cancelAnimationFrame(frame);
    bar.host.remove();
    for (const mark of document.querySelectorAll('scopekeeper-mark')) mark.remove();
  };
}
