/**
 * The popup: what the active tab is, the preset to use (filterable), its scopes, "Fill form",
 * and the vault's count. Opened as a tab with ?tabId=N (tests, fallback) it acts on that tab.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ImportantNotes } from '../../components/presets/ImportantNotes';
import { PresetPicker } from '../../components/popup/PresetPicker';
import { TabStatus } from '../../components/popup/TabStatus';
import { useTabState } from '../../components/popup/use-tab-state';
import { VaultCount } from '../../components/popup/VaultCount';
import { PresetDetails } from '../../components/presets/PresetDetails';
import { sendToTab } from '../../utils/messaging/send';
import { t } from '../../utils/i18n';
import type { PresetsState } from '../../utils/messaging/protocol';
import { getPresetsState, isBuiltinPresetId } from '../../utils/presets/store';
import { askBackground } from '../../utils/messaging/ask-background';
import { OptionalRows } from '../../components/popup/OptionalRows';
import { excludedRows } from '../../utils/presets/choice';
import { choicesForStore } from '../../utils/presets/choice-store';
import { pageChoice } from '../../components/popup/page-presets';
import { tabChoiceHome, tabForm } from '../../components/popup/tab-state';
import { presetKind } from '../../utils/presets/types';

const inTab = new URLSearchParams(location.search).has('tabId');

export function App() {
  const tab = useTabState();
  const [presets, setPresets] = useState<PresetsState | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [fillProblems, setFillProblems] = useState<string[] | null>(null);
  const [reportMessage, setReportMessage] = useState('');
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

  // On a create page only its form's presets; a chosen preset for the other form reads as none.
  const choice = pageChoice(presets ?? { presets: [], selectedId: null }, tabForm(tab.state));
  const { selected, otherForm } = choice;
  const selectedId = selected?.id ?? null;
  const onCreatePage = tab.state.kind === 'create' && tab.state.formFound;
  // Optional-row choices are per store (the account's on accounts.bigcommerce.com, which has no
  // store): known only on a control-panel tab.
  const home = tabChoiceHome(tab.state);
  const [choices, setChoices] = useState<Record<string, string[]>>({});
  useEffect(() => {
    if (home) void choicesForStore(home).then(setChoices);
  }, [home]);
  const excluded = selected ? excludedRows(selected, home ? choices[selected.id] : undefined) : new Set<string>();

  // The background stores the choice (it is the one writer of it) and the page's decision reads it
  // there, so a fill waits for the last tick's answer.
  const choiceWritten = useRef<Promise<unknown>>(Promise.resolve());
  const selectionStored = useRef<Promise<unknown>>(Promise.resolve());
  async function onExclude(next: Set<string>) {
    if (!selected || !home) return;
    setChoices((c) => ({ ...c, [selected.id]: [...next] }));
    setMessage('');
    setSummaryFor(undefined);
    choiceWritten.current = askBackground('choices:set', { home, presetId: selected.id, excluded: [...next] });
    await choiceWritten.current;
  }

  async function onSelect(id: string | null) {
    setPresets((s) => (s ? { ...s, selectedId: id } : s));
    setMessage('');
    setFillProblems(null);
    await (selectionStored.current = askBackground('presets:select', { id }));
  }

  async function onFill() {
    if (tab.tabId === null || !selected) return;
    setBusy(true);
    setMessage(t('popup_filling'));
    await Promise.all([choiceWritten.current, selectionStored.current]).catch(() => undefined);
    const report = await sendToTab(tab.tabId, 'page:fill', { presetId: selected.id });
    setBusy(false);
    setMessage(report?.message ?? t('popup_fill_no_form'));
    setFillProblems(report?.problems?.filter((p) => p !== report.message) ?? null);
    setSummaryFor(selected.id);
    tab.refresh();
  }

  const summary = tab.state.kind === 'create' && summaryFor === selectedId ? tab.state.summary : null;
  // The same problems as the page's panel, rows named: the fill's own, else the page's latest.
  const pageProblems = tab.state.kind === 'create' && summaryFor === selectedId ? [tab.state.summary ?? '', ...tab.state.problems] : [];
  const problems = (fillProblems ?? (message ? [] : pageProblems.slice(1))).filter(Boolean);
  const puzzled = tab.state.kind === 'create' && tab.state.puzzled;

  async function copyReport() {
    if (tab.tabId === null) return;
    const report = await sendToTab(tab.tabId, 'page:report', {});
    if (!report) return setReportMessage(t('popup_page_report_failed'));
    try {
      await navigator.clipboard.writeText(report.json);
      setReportMessage(t('popup_page_report_copied'));
    } catch {
      setReportMessage(t('popup_page_report_failed'));
    }
  }
  let hint = '';
  if (otherForm) {
    hint = presetKind(otherForm) === 'account-level' ? t('popup_chosen_is_account', otherForm.name) : t('popup_chosen_is_store', otherForm.name);
  } else if (!selected) hint = t('popup_fill_hint_choose');
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
          <PresetPicker presets={presets ? choice.presets : null} form={tabForm(tab.state)} isBuiltin={isBuiltinPresetId} selectedId={selectedId} onSelect={(id) => void onSelect(id)} />
        )}
        {selected?.importantNotes?.length ? <ImportantNotes notes={selected.importantNotes} /> : null}
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
        {problems.length > 0 && (
          <section class="problems" aria-label={t('popup_problems_heading')}>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </section>
        )}
        {puzzled && (
          <div class="report-row">
            <button type="button" onClick={() => void copyReport()}>
              {t('popup_page_report')}
            </button>
            <p class="muted small" aria-live="polite">
              {reportMessage}
            </p>
          </div>
        )}
      </section>
      {selected ? (
        <PresetDetails
          preset={selected}
          builtin={isBuiltinPresetId(selected.id)}
          headingLevel={2}
          compact
          excluded={excluded}
          beforeScopes={<OptionalRows preset={selected} excluded={excluded} disabled={!home} onChange={(next) => void onExclude(next)} />}
        />
      ) : (
        // With a preset for the other form chosen, the hint under Fill says so instead.
        presets && !otherForm && <p class="empty muted">{t('popup_no_preset')}</p>
      )}
      <VaultCount inTab={inTab} />
    </main>
  );
}
