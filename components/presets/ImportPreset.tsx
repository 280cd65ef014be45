/**
 * "Import preset": a file input (styled as a button, still a real, focusable input so keyboard
 * users and tests use it directly). A bad file is refused whole, with every problem listed by
 * field path; nothing is written (utils/presets/store.ts importPresetFile).
 */
import { useRef, useState } from 'preact/hooks';
import { t, tp } from '../../utils/i18n';
import { MAX_PRESET_FILE_BYTES } from '../../utils/presets/file';
import { tooLarge } from '../../utils/presets/file';
import type { StoreIssue } from '../../utils/presets/store';
import { importPresets } from './preset-writes';
import { IssueList } from './IssueList';
import type { ImportOutcome } from '../../utils/messaging/protocol';

type State = { kind: 'idle' } | { kind: 'reading'; fileName: string } | { kind: 'refused'; fileName: string; issues: StoreIssue[] };

export function ImportPreset({ onImported, onRefused }: { onImported: (outcome: ImportOutcome, fileName: string) => void; onRefused: () => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  async function onChange(event: Event) {
    const target = event.currentTarget as HTMLInputElement;
    const file = target.files?.[0];
    // Cleared at once, so choosing the same (fixed) file again fires another change.
    target.value = '';
    if (!file) return;
    setState({ kind: 'reading', fileName: file.name });
    try {
      if (file.size > MAX_PRESET_FILE_BYTES) {
        setState({ kind: 'refused', fileName: file.name, issues: [tooLarge()] });
        onRefused();
        return;
      }
      const result = await importPresets(await file.text());
      if (result.ok) {
        setState({ kind: 'idle' });
        onImported(result.value, file.name);
      } else {
        setState({ kind: 'refused', fileName: file.name, issues: result.issues });
        onRefused();
      }
    } catch {
      setState({ kind: 'refused', fileName: file.name, issues: [{ path: '', message: t('presets_import_unreadable') }] });
      onRefused();
    }
  }

  return (
    <div class="import">
      <label class="button file-button">
        <input ref={input} type="file" accept=".json,application/json" class="visually-hidden" onChange={(e) => void onChange(e)} />
        {t('presets_import')}
      </label>
      {state.kind === 'reading' && <p class="muted">{t('presets_import_reading', state.fileName)}</p>}
      {state.kind === 'refused' && (
        <div role="alert" class="import-errors">
          <p>
            <strong>{t('presets_import_refused', state.fileName)}</strong>{' '}
            {tp('presets_import_problems', state.issues.length)}
          </p>
          <IssueList issues={state.issues} />
          <button
            type="button"
            onClick={() => {
              setState({ kind: 'idle' });
              // Back to where the next attempt starts, rather than to the top of the page.
              input.current?.focus();
            }}
          >
            {t('presets_dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
