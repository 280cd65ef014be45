/**
 * The popup's view of the tab it acts on: asks the content script, and asks again while the
 * answer may still change (the form renders late; a page that is still loading has no content
 * script yet), when the tab finishes loading, and when the popup (opened as a tab) regains focus.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { targetTabId } from '../../utils/messaging/active-tab';
import { sendToTab } from '../../utils/messaging/send';
import { tabState, type TabState } from './tab-state';

const RETRY_MS = 500;
const MAX_RETRIES = 20;
/** After the popup opens or the tab loads, "no answer" may only mean "not injected yet". */
const GRACE_MS = 2500;

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

export function useTabState() {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [state, setState] = useState<TabState>({ kind: 'loading' });
  const [tries, setTries] = useState(0);
  const latest = useRef(0);
  const graceUntil = useRef(Date.now() + GRACE_MS);

  const ask = useCallback(async (id: number | null) => {
    const n = ++latest.current;
    if (id === null) return setState({ kind: 'not-bigcommerce' });
    const status = await sendToTab(id, 'page:status', {});
    // The URL also tells an account-level page the store-level script answered for (it knows
    // store-level pages only) from an ordinary control-panel page.
    const url = status && status.kind !== 'control-panel' ? undefined : await tabUrl(id);
    // Answers can cross (the old page may answer after the new one): only the newest counts.
    if (n === latest.current) setState(tabState(status, url));
  }, []);

  useEffect(() => {
    void targetTabId().then((id) => {
      setTabId(id);
      void ask(id);
    });
  }, [ask]);

  const unsettled =
    (state.kind === 'create' && !state.formFound) ||
    state.kind === 'stale' ||
    (state.kind === 'not-bigcommerce' && Date.now() < graceUntil.current);
  useEffect(() => {
    if (!unsettled || tabId == null || tries >= MAX_RETRIES) return;
    const timer = setTimeout(() => {
      setTries((n) => n + 1);
      void ask(tabId);
    }, RETRY_MS);
    return () => clearTimeout(timer);
  }, [unsettled, tabId, tries, ask]);

  const again = useCallback(() => {
    if (tabId == null) return;
    graceUntil.current = Date.now() + GRACE_MS;
    setTries(0);
    void ask(tabId);
  }, [tabId, ask]);

  useEffect(() => {
    if (tabId == null) return;
    // onUpdated needs no permission (without "tabs" it just omits the URL).
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') again();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    addEventListener('focus', again);
    return () => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      removeEventListener('focus', again);
    };
  }, [tabId, again]);

  return { tabId: tabId ?? null, state, refresh: again };
}
