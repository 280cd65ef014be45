/**
 * The store-level API account list: count the accounts toward the cap of 50, mark each one whose
 * credential is in the vault, offer to archive vault records whose account is no longer listed,
 * and say in a delete confirmation whether the vault holds that account's credential.
 * The vault stays locked: the background answers with the names of this store's records only
 * (which the page lists itself anyway), never a value.
 */
import type { ContentScriptContext } from './context';
import { t, tp } from '../i18n';
import { readAccountList } from '../dom/read-account-list';
import { sendToBackground } from '../messaging/send';
import { createListBar, markCell, noteInDialog, type GoneRecord } from '../../components/page/list-bar';

/** BigCommerce's cap on store-level API accounts (docs/control-panel-facts.md §11). */
const ACCOUNT_CAP = 50;

export function startListAudit(ctx: ContentScriptContext): () => void {
  let records: GoneRecord[] | null = null;
  /** The last archive's outcome, said in the bar's status line. */
  let said = '';
  let frame = 0;
  let stopped = false;
  const bar = createListBar((record) => void archive(record));

  async function load(): Promise<void> {
    const reply = await sendToBackground('vault:store-records', {});
    if (stopped) return;
    records = reply?.ok ? reply.records : null;
    schedule();
  }

  async function archive(record: GoneRecord): Promise<void> {
    const reply = await sendToBackground('vault:archive', { recordId: record.id });
    said = t(reply?.ok ? 'list_archived' : 'list_archiveFailed', record.name);
    await load();
  }

  function refresh(): void {
    const accounts = readAccountList(document);
    if (!accounts) return bar.host.remove();
    const table = accounts[0]?.cell.closest('table') ?? document.querySelector('table');
    // In the page's flow, just above the table.
    if (table?.parentElement && bar.host.nextElementSibling !== table) table.parentElement.insertBefore(bar.host, table);
    const vaultNames = new Set(records?.map((r) => r.name));
    const listed = new Set(accounts.map((a) => a.name));
    for (const account of accounts) markCell(account.cell, records ? vaultNames.has(account.name) : null);
    bar.update({
      count: `${tp(accounts.length >= ACCOUNT_CAP ? 'list_countFull' : 'list_count', accounts.length, accounts.length, ACCOUNT_CAP)} ${said}`.trim(),
      full: accounts.length >= ACCOUNT_CAP,
      detail: records ? tp('list_inVault', accounts.filter((a) => vaultNames.has(a.name)).length) : t('list_vaultUnknown'),
      gone: (records ?? []).filter((r) => !listed.has(r.name)),
    });
    // A delete confirmation names the account (typed-name or not): say what the vault holds.
    for (const dialog of document.querySelectorAll('[role="dialog"], [role="alertdialog"], dialog[open]')) {
      const text = dialog.textContent ?? '';
      const named = accounts.filter((a) => text.includes(a.name)).sort((a, b) => b.name.length - a.name.length)[0];
      if (named && records) noteInDialog(dialog, vaultNames.has(named.name));
    }
  }

  function schedule(): void {
    if (frame || stopped) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!stopped && ctx.isValid) refresh();
    });
  }

  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  // Another tab may have captured or archived meanwhile. Removed at stop: the context outlives
  // this audit (it is bc.js's, entrypoints/list-audit.ts).
  const onFocus = () => void load();
  window.addEventListener('focus', onFocus);
  void load();
  return () => {
    stopped = true;
    window.removeEventListener('focus', onFocus);
    observer.disconnect();
    cancelAnimationFrame(frame);
    bar.host.remove();
    for (const mark of document.querySelectorAll('scopekeeper-mark')) mark.remove();
  };
}
