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
import { RestoreThis } from '../vault/ImportTxt';
import { fileKind, misplacedText, requestRestore } from '../vault/misplaced-file';
import type { ImportOutcome } from '../../utils/messaging/protocol';

type State = { kind: 'idle' } | { kind: 'reading'; fileName: string } | { kind: 'refused'; fileName: string; issues: StoreIssue[]; restore?: File };

export function ImportPreset({ onImported, onRefused }: { onImported: (outcome: ImportOutcome, fileName: string) => void; onRefused: () => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  async function onChange(event: Event) {
    const target = event.currentTarget as HTMLInputElement;
    const file = target.files?.[0];
    // Cleared at once, so choosing the same (fixed) file again fires another change.
    target.value = '';
    if (file) await importFile(file);
  }

  async function importFile(file: File) {
    setState({ kind: 'reading', fileName: file.name });
    try {
      if (file.size > MAX_PRESET_FILE_BYTES) {
        setState({ kind: 'refused', fileName: file.name, issues: [tooLarge()] });
        onRefused();
        return;
      }
      // A credentials file, a backup or a sealed file says what it is and where it belongs
      // (issue 20, item 7) instead of "is not valid JSON".
      const kind = await fileKind(file);
      const misplaced = misplacedText(kind, ['preset'], file.name);
      if (misplaced) {
        setState({ kind: 'refused', fileName: file.name, issues: [{ path: '', message: misplaced }], ...(kind === 'backup' ? { restore: file } : {}) });
        onRefused();
        if (kind === 'backup') requestRestore(file);
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
    <div
      class="import"
      // A file dropped on the import is read as if chosen (and not taken by the vault's page-wide drop).
      onDragOver={(e) => {
        if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        const file = e.dataTransfer?.files[0];
        if (!file) return;
        e.preventDefault();
        e.stopPropagation();
        void importFile(file);
      }}
    >
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
          {state.restore && <RestoreThis file={state.restore} />}
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
