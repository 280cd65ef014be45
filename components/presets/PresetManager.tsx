/**
 * The preset manager of the options page: browse the built-ins (read-only, with sources),
 * duplicate one to customise it, create, edit and delete custom presets, import and export
 * preset files. Storage rules (validation, ids) live in utils/presets/store.ts.
 */
import { useState } from 'preact/hooks';
import { t, tp } from '../../utils/i18n';
import { presetFileName, presetFileText } from '../../utils/presets/file';
import { MAX_PRESET_LINK_CHARS, presetLink } from '../../utils/presets/link';
import { duplicatePreset, isBuiltinPresetId, type StoreIssue } from '../../utils/presets/store';
import { deletePreset } from './preset-writes';
import type { Preset } from '../../utils/presets/types';
import { downloadText } from '../../utils/download';
import { draftFromPreset, emptyDraft } from './draft';
import { ImportPreset } from './ImportPreset';
import { IssueList } from './IssueList';
import { PresetActions } from './PresetActions';
import { PresetDetails } from './PresetDetails';
import { PresetEditor } from './PresetEditor';
import { PresetList } from './PresetList';
import { usePresetLibrary } from './use-preset-library';
import './presets.css';
import type { ImportOutcome } from '../../utils/messaging/protocol';

type Mode = { kind: 'view' } | { kind: 'edit'; preset: Preset } | { kind: 'copy'; preset: Preset } | { kind: 'new' };

const DETAILS_HEADING = 'preset-details-heading';

export function PresetManager() {
  const { library, reload } = usePresetLibrary();
  const [shownId, setShownId] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState<StoreIssue[]>([]);

  const all = library.kind === 'ready' ? [...library.custom, ...library.builtin] : [];
  const shown = all.find((p) => p.id === shownId) ?? null;

  /** After a change the details heading takes focus, so keyboard users land on the result. */
  function focusDetails() {
    requestAnimationFrame(() => document.getElementById(DETAILS_HEADING)?.focus());
  }

  function show(id: string) {
    setShownId(id);
    setMode({ kind: 'view' });
    setProblem([]);
    focusDetails();
  }

  async function onDuplicate(p: Preset) {
    const result = await duplicatePreset(p.id, (name) => t('presets_copy_name', name));
    if (!result.ok) return setProblem(result.issues);
    setNotice(t('presets_notice_duplicated', p.name));
    // Straight into the editor: a copy is made to be changed. It is stored only on Save.
    setMode({ kind: 'copy', preset: result.value });
  }

  async function onCopyLink(p: Preset) {
    const link = await presetLink(p);
    if (link.length > MAX_PRESET_LINK_CHARS) return setNotice(tp('presets_notice_link_too_long', MAX_PRESET_LINK_CHARS, link.length, MAX_PRESET_LINK_CHARS));
    try {
      await navigator.clipboard.writeText(link);
      setNotice(tp('presets_notice_link_copied', link.length, p.name, link.length));
    } catch (error) {
      setNotice(t('presets_notice_link_failed', error instanceof Error ? error.message : String(error)));
    }
  }

  async function onDelete(p: Preset) {
    await deletePreset(p.id);
    await reload();
    setShownId(null);
    setMode({ kind: 'view' });
    setNotice(t('presets_notice_deleted', p.name));
    requestAnimationFrame(() => document.getElementById('manager-filter')?.focus());
  }

  function onExport(p: Preset) {
    downloadText(presetFileName(p), presetFileText([p]), 'application/json');
    setNotice(t('presets_notice_exported', presetFileName(p)));
  }

  async function onImported(outcome: ImportOutcome, fileName: string) {
    await reload();
    const names = [...outcome.added, ...outcome.replaced].map((p) => p.name).join(', ');
    setNotice(
      outcome.replaced.length > 0
        ? tp('presets_notice_imported_replaced', outcome.replaced.length, fileName, names, outcome.replaced.length)
        : t('presets_notice_imported', fileName, names),
    );
    const first = outcome.added[0] ?? outcome.replaced[0];
    if (first) show(first.id);
  }

  function onSaved(p: Preset) {
    void reload().then(() => {
      setShownId(p.id);
      setMode({ kind: 'view' });
      setNotice(t('presets_notice_saved', p.name));
      focusDetails();
    });
  }

  function onCancel() {
    setMode({ kind: 'view' });
    setNotice('');
    focusDetails();
  }

  let main;
  if (library.kind === 'loading') main = <p class="muted">{t('presets_loading')}</p>;
  else if (library.kind === 'error') main = <p class="error">{t('presets_load_error')}</p>;
  else if (mode.kind === 'edit') {
    main = <PresetEditor key={`edit-${mode.preset.id}`} initial={draftFromPreset(mode.preset)} mode="update" onSaved={onSaved} onCancel={onCancel} />;
  } else if (mode.kind === 'copy') {
    main = <PresetEditor key={`copy-${mode.preset.id}`} initial={draftFromPreset(mode.preset)} mode="copy" onSaved={onSaved} onCancel={onCancel} />;
  } else if (mode.kind === 'new') {
    main = <PresetEditor key="new" initial={emptyDraft()} mode="create" onSaved={onSaved} onCancel={onCancel} />;
  } else if (shown) {
    const builtin = isBuiltinPresetId(shown.id);
    main = (
      <PresetDetails preset={shown} builtin={builtin} headingLevel={3} headingId={DETAILS_HEADING}>
        <PresetActions
          key={shown.id}
          name={shown.name}
          builtin={builtin}
          onEdit={() => setMode({ kind: 'edit', preset: shown })}
          onDuplicate={() => void onDuplicate(shown)}
          onExport={() => onExport(shown)}
          onCopyLink={() => void onCopyLink(shown)}
          onDelete={() => void onDelete(shown)}
        />
      </PresetDetails>
    );
  } else {
    main = (
      <div class="empty-state">
        <h3 id={DETAILS_HEADING} tabIndex={-1}>
          {t('presets_none_shown_heading')}
        </h3>
        <p class="muted">{t('presets_none_shown')}</p>
      </div>
    );
  }

  return (
    <section id="presets" class="preset-manager" aria-labelledby="presets-heading">
      <h2 id="presets-heading">{t('presets_heading')}</h2>
      <p class="muted intro">{t('presets_intro')}</p>
      <div class="toolbar">
        <button
          type="button"
          onClick={() => {
            setMode({ kind: 'new' });
            setNotice('');
          }}
        >
          {t('presets_new')}
        </button>
        {/* Last in the row: a refused file's problems wrap below both buttons. */}
        {/* A refused file clears an earlier success notice: it would read as this file's result. */}
        <ImportPreset onImported={(o, name) => void onImported(o, name)} onRefused={() => setNotice('')} />
      </div>
      <p role="status" class="notice">
        {notice}
      </p>
      {problem.length > 0 && (
        <div role="alert" class="import-errors">
          <IssueList issues={problem} />
        </div>
      )}
      {library.kind === 'ready' && library.skipped > 0 && <p class="warn-text">{tp('presets_skipped', library.skipped)}</p>}
      <div class="manager-columns">
        {library.kind === 'ready' && <PresetList builtin={library.builtin} custom={library.custom} shownId={mode.kind === 'new' ? null : shownId} onShow={show} />}
        <div class="manager-main">{main}</div>
      </div>
    </section>
  );
}
