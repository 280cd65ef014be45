import { useEffect, useState } from 'preact/hooks';
import { askTab, targetTabId } from '../../utils/active-tab';
import type { PageStatus, PresetsState } from '../../utils/messages';
import { getPresetsState, selectPreset } from '../../utils/preset-store';

export function App() {
  const [state, setState] = useState<PresetsState | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [page, setPage] = useState<PageStatus | null | undefined>(undefined);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void getPresetsState().then(setState);
    void targetTabId().then(async (id) => {
      setTabId(id);
      setPage(id === null ? null : await askTab(id, { type: 'page:status' }));
    });
  }, []);

  const selected = state?.presets.find((p) => p.id === state.selectedId) ?? null;

  async function onSelect(id: string) {
    const selectedId = id || null;
    setState((s) => (s ? { ...s, selectedId } : s));
    setMessage('');
    await selectPreset(selectedId);
  }

  async function onFill() {
    if (tabId === null || !selected) return;
    setBusy(true);
    const report = await askTab(tabId, { type: 'page:fill', presetId: selected.id });
    setBusy(false);
    setMessage(report?.message ?? 'This tab has no Create API account form.');
    setPage(await askTab(tabId, { type: 'page:status' }));
  }

  return (
    <main>
      <h1>Scopekeeper</h1>
      <label for="preset">Preset</label>
      <select id="preset" value={state?.selectedId ?? ''} onChange={(e) => void onSelect(e.currentTarget.value)} disabled={!state}>
        <option value="">Choose a preset…</option>
        {state?.presets.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void onFill()} disabled={busy || !selected || page?.kind !== 'create'}>
        Fill form
      </button>
      <p role="status">{message || page?.summary || ''}</p>
    </main>
  );
}
