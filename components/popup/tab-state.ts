/**
 * What the popup says about the active tab, from the content script's answer (it runs only on
 * control-panel pages) and, when there is no answer, the tab's URL if the browser shows it to us.
 */
import { choiceHome, classifyUrl } from '../../utils/control-panel-url';
import type { PageStatus } from '../../utils/messaging/protocol';
import type { PresetKind } from '../../utils/presets/types';

export type TabState =
  | { kind: 'loading' }
  /** A Create API account form, store-level or account-level (`form`): Fill form works here. */
  | {
      kind: 'create';
      form: PresetKind;
      storeHash: string | null;
      formFound: boolean;
      summary: string | null;
      problems: string[];
      puzzled: boolean;
    }
  /** The account-level API account list (in a store's panel, or on accounts.bigcommerce.com: no store). */
  | { kind: 'account-list'; storeHash: string | null }
  /** Another control-panel page (including the store-level account list): offer the create page. */
  | { kind: 'control-panel'; storeHash: string }
  /** A control-panel page without our content script: opened before install or update. */
  | { kind: 'stale' }
  | { kind: 'not-bigcommerce' };

export function tabState(status: PageStatus | null, tabUrl?: string): TabState {
  if (status) {
    if (status.kind === 'create' || status.kind === 'account-create') {
      return {
        kind: 'create',
        form: status.kind === 'account-create' ? 'account-level' : 'store-level',
        storeHash: status.storeHash,
        formFound: status.formFound,
        summary: status.summary,
        problems: status.problems,
        puzzled: status.puzzled,
      };
    }
    if (status.kind === 'account-list') return { kind: 'account-list', storeHash: status.storeHash };
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

/**
 * Which form's presets the tab can use: the create page's form, the account-level form on its
 * list page; null (every preset) elsewhere, where the merchant may be on the way to either.
 */
export function tabForm(state: TabState): PresetKind | null {
  if (state.kind === 'create') return state.form;
  if (state.kind === 'account-list') return 'account-level';
  return null;
}

/**
 * Whose optional-row choices the tab uses (control-panel-url.ts choiceHome, as the background
 * keeps them): its store's, or the account's on accounts.bigcommerce.com; null where none apply.
 */
export function tabChoiceHome(state: TabState): string | null {
  if (state.kind === 'create') return choiceHome({ kind: state.form === 'account-level' ? 'account-create' : 'create', storeHash: state.storeHash });
  if (state.kind === 'account-list') return choiceHome({ kind: 'account-list', storeHash: state.storeHash });
  if (state.kind === 'control-panel') return state.storeHash;
  return null;
}
