/** "This tab": which kind of place the popup was opened on, and what to do from there. */
import { browser } from 'wxt/browser';
import { createPageUrl } from '../../utils/control-panel-url';
import { t } from '../../utils/i18n';
import type { TabState } from './tab-state';

interface Props {
  state: TabState;
  tabId: number | null;
  /** True when the popup runs as a tab (?tabId=N): it must not close itself then. */
  inTab: boolean;
  onNavigated: () => void;
}

export function TabStatus({ state, tabId, inTab, onNavigated }: Props) {
  async function openCreatePage(event: MouseEvent, url: string) {
    if (tabId === null) return; // the plain link still works
    event.preventDefault();
    // tabs.update needs no permission and keeps the merchant in the tab they were using.
    await browser.tabs.update(tabId, { url });
    if (inTab) onNavigated();
    else window.close();
  }

  return (
    <section class={`tab-status tab-${state.kind}`}>
      <h2>{t('popup_tab_heading')}</h2>
      {state.kind === 'loading' && <p class="muted">{t('popup_tab_loading')}</p>}
      {state.kind === 'create' && (
        <>
          <p>
            <span class="dot ok" aria-hidden="true" /> {state.form === 'account-level' ? t('popup_tab_account_create') : t('popup_tab_create')}
            {state.storeHash && <> {t('popup_tab_store', state.storeHash)}</>}
          </p>
          {!state.formFound && <p class="muted">{t('popup_tab_waiting_form')}</p>}
        </>
      )}
      {state.kind === 'control-panel' && (
        <>
          <p>
            <span class="dot warn" aria-hidden="true" /> {t('popup_tab_control_panel', state.storeHash)}
          </p>
          <p>
            <a
              href={createPageUrl(state.storeHash)}
              target="_blank"
              rel="noopener noreferrer"
              onClick={(e) => void openCreatePage(e, createPageUrl(state.storeHash))}
            >
              {t('popup_open_create_page')}
            </a>
          </p>
        </>
      )}
      {state.kind === 'account-list' && (
        // No link: where the account-level create page lives is unverified (control-panel-url.ts).
        <p>
          <span class="dot warn" aria-hidden="true" /> {t('popup_tab_account_list')}
          {state.storeHash && <> {t('popup_tab_store', state.storeHash)}</>}
        </p>
      )}
      {state.kind === 'stale' && (
        <p>
          <span class="dot warn" aria-hidden="true" /> {t('popup_tab_stale')}
        </p>
      )}
      {state.kind === 'not-bigcommerce' && (
        <>
          <p>
            <span class="dot off" aria-hidden="true" /> {t('popup_tab_other')}
          </p>
          <p class="muted">{t('popup_tab_other_help')}</p>
          <p class="muted">{t('popup_tab_other_where')}</p>
        </>
      )}
    </section>
  );
}
