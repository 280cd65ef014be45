/**
 * What the popup says about the active tab, from the content script's answer (it runs only on
 * control-panel pages) and, when there is no answer, the tab's URL if the browser shows it to us.
 */
import { classifyUrl } from '../../utils/control-panel-url';
import type { PageStatus } from '../../utils/messaging/protocol';

export type TabState =
  | { kind: 'loading' }
  /** The Create API account form: Fill form works here. */
  | { kind: 'create'; storeHash: string | null; formFound: boolean; summary: string | null; accountLevel?: true }
  /** The account-level API account list (no form to fill there). */
  | { kind: 'account-list'; storeHash: string | null }
  /** An account-level page reached by in-app navigation: its script loads on a full load only. */
  | { kind: 'account-reload' }
  /** Another control-panel page (including the account list): offer the create page. */
  | { kind: 'control-panel'; storeHash: string }
  /** A control-panel page without our content script: opened before install or update. */
  | { kind: 'stale' }
  | { kind: 'not-bigcommerce' };

export function tabState(status: PageStatus | null, tabUrl?: string): TabState {
  if (status) {
    if (status.kind === 'create' || status.kind === 'account-create') {
      const base = { kind: 'create' as const, storeHash: status.storeHash, formFound: status.formFound, summary: status.summary };
      return status.kind === 'account-create' ? { ...base, accountLevel: true } : base;
    }
    if (status.kind === 'account-list') return { kind: 'account-list', storeHash: status.storeHash };
    if (status.kind === 'control-panel' && tabUrl && classifyUrl(tabUrl).kind.startsWith('account-')) return { kind: 'account-reload' };
    if ((status.kind === 'list' || status.kind === 'control-panel') && status.storeHash) {
      return { kind: 'control-panel', storeHash: status.storeHash };
    }
    return { kind: 'not-bigcommerce' };
  }
  // Without the tabs permission the URL is usually hidden (Chrome hides it even on the pages
  // our content script matches), so this is a best effort: where a browser shows it, a
  // control-panel page that does not answer was opened before install or update.
  if (tabUrl && classifyUrl(tabUrl).kind !== 'other') return { kind: 'stale' };
  return { kind: 'not-bigcommerce' };
}
