/**
 * The popup: what the active tab is, the preset to use (filterable), its scopes, "Fill form",
 * and the vault's count. Opened as a tab with ?tabId=N (tests, fallback) it acts on that tab.
 */
import { useEffect, useState } from 'preact/hooks';
import { PresetPicker } from '../../components/popup/PresetPicker';
import { TabStatus } from '../../components/popup/TabStatus';
import { useTabState } from '../../components/popup/use-tab-state';
import { VaultCount } from '../../components/popup/VaultCount';
import { PresetDetails } from '../../components/presets/PresetDetails';
import { sendToTab } from '../../utils/messaging/send';
import { t } from '../../utils/i18n';
import type { PresetsState } from '../../utils/messaging/protocol';
import { getPresetsState, isBuiltinPresetId, selectPreset } from '../../utils/presets/store';
import { OptionalRows } from '../../components/popup/OptionalRows';
import { excludedRows } from '../../utils/presets/choice';
import { choicesForStore, setExcluded } from '../../utils/presets/choice-store';

const inTab = new URLSearchParams(location.search).has('tabId');

export function App() {
  const tab = useTabState();
  const [presets, setPresets] = useState<PresetsState | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  // The page's "n of 28 match" is for the preset the page had when asked; after another choice
  // here it is stale until the next fill, so remember which choice it belongs to.
  const [summaryFor, setSummaryFor] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    getPresetsState().then(
      (s) => {
        setPresets(s);
        setSummaryFor(s.selectedId);
      },
      () => setLoadFailed(true),
    );
  }, []);

  const selectedId = presets?.selectedId ?? null;
  const selected = presets?.presets.find((p) => p.id === selectedId) ?? null;
  const onCreatePage = tab.state.kind === 'create' && tab.state.formFound;
  // Optional-row choices are per store: known only on a control-panel tab.
  const storeHash = tab.state.kind === 'create' || tab.state.kind === 'control-panel' ? tab.state.storeHash : null;
  const [choices, setChoices] = useState<Record<string, string[]>>({});
  useEffect(() => {
    if (storeHash) void choicesForStore(storeHash).then(setChoices);
  }, [storeHash]);
  const excluded = selected ? excludedRows(selected, storeHash ? choices[selected.id] : undefined) : new Set<string>();

  async function onExclude(next: Set<string>) {
    if (!selected || !storeHash) return;
    setChoices((c) => ({ ...c, [selected.id]: [...next] }));
    setMessage('');
    setSummaryFor(undefined);
    await setExcluded(storeHash, selected, [...next]);
  }

  async function onSelect(id: string | null) {
    setPresets((s) => (s ? { ...s, selectedId: id } : s));
    setMessage('');
    await selectPreset(id);
  }

  async function onFill() {
    if (tab.tabId === null || !selected) return;
    // A store-level preset on the account-level form, or the other way round: not sent.
    if ((selected.kind === 'account-level') !== (tab.state.kind === 'create' && tab.state.accountLevel === true)) {
      setMessage(t('popup_fill_wrong_kind'));
      return;
    }
    setBusy(true);
    setMessage(t('popup_filling'));
    const report = await sendToTab(tab.tabId, 'page:fill', { preset: selected, excluded: [...excluded] });
    setBusy(false);
    setMessage(report?.message ?? t('popup_fill_no_form'));
    setSummaryFor(selected.id);
    tab.refresh();
  }

  const summary = tab.state.kind === 'create' && summaryFor === selectedId ? tab.state.summary : null;
  let hint = '';
  if (!selected) hint = t('popup_fill_hint_choose');
  else if (tab.state.kind === 'create' && !tab.state.formFound) hint = t('popup_tab_waiting_form');
  else if (tab.state.kind !== 'create' && tab.state.kind !== 'loading') hint = t('popup_fill_hint_page');

  return (
    <main class="popup">
      <h1>{t('popup_title')}</h1>
      <TabStatus state={tab.state} tabId={tab.tabId} inTab={inTab} onNavigated={tab.refresh} />
      <section class="fill">
        {loadFailed ? (
          <p class="error">{t('popup_presets_error')}</p>
        ) : (
          <PresetPicker presets={presets?.presets ?? null} isBuiltin={isBuiltinPresetId} selectedId={selectedId} onSelect={(id) => void onSelect(id)} />
        )}
        <div class="fill-row">
          <button type="button" class="primary" aria-describedby={hint ? 'fill-hint' : undefined} onClick={() => void onFill()} disabled={busy || !selected || !onCreatePage}>
            {t('popup_fill')}
          </button>
          <p role="status" class="fill-status">
            {message || summary || ''}
          </p>
        </div>
        {hint && (
          <p id="fill-hint" class="muted small">
            {hint}
          </p>
        )}
      </section>
      {selected ? (
        <PresetDetails
          preset={selected}
          builtin={isBuiltinPresetId(selected.id)}
          headingLevel={2}
          compact
          excluded={excluded}
          beforeScopes={<OptionalRows preset={selected} excluded={excluded} disabled={!storeHash} onChange={(next) => void onExclude(next)} />}
        />
      ) : (
        presets && <p class="empty muted">{t('popup_no_preset')}</p>
      )}
      <VaultCount inTab={inTab} />
    </main>
  );
}
