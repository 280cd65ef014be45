/**
 * Create or edit a custom preset. Validated with presetSchema (through the store) on save; every
 * problem is listed in a summary (links to the fields) and again under its field, named as the
 * field is labelled here, with what to do (./editor-issue-text.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, tp } from '../../utils/i18n';
import type { StoreIssue } from '../../utils/presets/store';
import { savePreset } from './preset-writes';
import type { Preset, PresetKind } from '../../utils/presets/types';
import { idFromName, presetFromDraft, type PresetDraft } from './draft';
import { FIELD_IDS, fieldIdForPath } from './editor-fields';
import { FieldIssues, invalidProps } from './FieldIssues';
import { IntegrationFields } from './IntegrationFields';
import { IssueList } from './IssueList';
import { kindLabel, stencilAccessLabel } from './labels';
import { ScopeFields } from './ScopeFields';
import { SourceFields } from './SourceFields';
import type { StencilAccess } from '../../utils/scopes/types';
import type { TokenType } from '../../utils/scopes/types';

interface Props {
  initial: PresetDraft;
  /** 'copy': a duplicate, not stored until saved (Cancel leaves nothing behind); its free id is fixed. */
  mode: 'create' | 'update' | 'copy';
  onSaved: (preset: Preset) => void;
  onCancel: () => void;
}

export function PresetEditor({ initial, mode, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  // In a new preset the id follows the name until the user types an id of their own.
  const [idTouched, setIdTouched] = useState(mode !== 'create' || initial.id !== '');
  const idFixed = mode !== 'create';
  const [issues, setIssues] = useState<StoreIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (issues.length > 0) summary.current?.focus();
  }, [issues]);

  const update = (part: Partial<PresetDraft>) => setDraft((d) => ({ ...d, ...part }));
  const issuesFor = (fieldId: string) => issues.filter((i) => fieldIdForPath(i.path, draft.sources.length) === fieldId);

  async function onSubmit(event: Event) {
    event.preventDefault();
    setSaving(true);
    const result = await savePreset({ preset: presetFromDraft(draft), target: mode === 'update' ? { mode, id: initial.id } : { mode: 'create' } });
    setSaving(false);
    if (result.ok) onSaved(result.value);
    else setIssues(result.issues);
  }

  /** A text control with its label, hint and problems. */
  function text(field: 'name' | 'id' | 'accountName', label: string, hint?: string) {
    const id = FIELD_IDS[field];
    const fieldIssues = issuesFor(id);
    const readOnly = field === 'id' && idFixed;
    return (
      <div class="field">
        <label for={id}>{label}</label>
        {hint && (
          <p id={`${id}-hint`} class="muted small">
            {hint}
          </p>
        )}
        <input
          id={id}
          type="text"
          value={draft[field]}
          readOnly={readOnly}
          spellcheck={field !== 'id'}
          onInput={(e) => {
            const value = e.currentTarget.value;
            if (field === 'id') setIdTouched(true);
            if (field === 'name' && !idTouched) update({ name: value, id: idFromName(value) });
            else update({ [field]: value });
          }}
          {...invalidProps(`${id}-issues`, fieldIssues, hint ? `${id}-hint` : undefined)}
        />
        <FieldIssues id={`${id}-issues`} issues={fieldIssues} />
      </div>
    );
  }

  const account = draft.kind === 'account-level';
  const kindIssues = issuesFor(FIELD_IDS.kind);
  const descriptionIssues = issuesFor(FIELD_IDS.description);
  const tokenIssues = issuesFor(FIELD_IDS.tokenType);
  const notesIssues = issuesFor(FIELD_IDS.notes);
  const importantIssues = issuesFor(FIELD_IDS.importantNotes);
  const stencilIssues = issuesFor(FIELD_IDS.stencilAccess);
  const stencil = !account && draft.tokenType === 'stencil-cli';
  const unplaced = issues.filter((i) => fieldIdForPath(i.path, draft.sources.length) === null);

  return (
    <form class="preset-editor" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="editor-heading">
      <h3 id="editor-heading" ref={heading} tabIndex={-1}>
        {mode === 'create' ? t('presets_editor_new_heading') : t('presets_editor_edit_heading', initial.name)}
      </h3>
      {issues.length > 0 && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <p>
            <strong>{tp('presets_editor_problems', issues.length)}</strong>
          </p>
          <IssueList issues={issues} editor fieldFor={(path) => fieldIdForPath(path, draft.sources.length)} />
        </div>
      )}
      {text('name', t('presets_editor_name'))}
      {text('id', t('presets_editor_id'), idFixed ? t('presets_editor_id_fixed') : t('presets_editor_id_help'))}
      <div class="field">
        <label for={FIELD_IDS.description}>{t('presets_editor_description')}</label>
        <textarea
          id={FIELD_IDS.description}
          rows={2}
          value={draft.description}
          onInput={(e) => update({ description: e.currentTarget.value })}
          {...invalidProps(`${FIELD_IDS.description}-issues`, descriptionIssues)}
        />
        <FieldIssues id={`${FIELD_IDS.description}-issues`} issues={descriptionIssues} />
      </div>
      {mode === 'create' ? (
        <fieldset class="field kind-choice" aria-describedby="pe-kind-help">
          <legend>{t('presets_editor_kind')}</legend>
          <p id="pe-kind-help" class="muted small">
            {t('presets_editor_kind_help')}
          </p>
          {(['store-level', 'account-level'] as const satisfies readonly PresetKind[]).map((kind, i) => (
            <label class="check" key={kind}>
              <input
                type="radio"
                name="pe-kind"
                id={i === 0 ? FIELD_IDS.kind : `${FIELD_IDS.kind}-${kind}`}
                value={kind}
                checked={draft.kind === kind}
                onChange={() => update({ kind })}
                {...invalidProps(`${FIELD_IDS.kind}-issues`, kindIssues)}
              />{' '}
              {kindLabel(kind)}
            </label>
          ))}
          <FieldIssues id={`${FIELD_IDS.kind}-issues`} issues={kindIssues} />
        </fieldset>
      ) : (
        // A saved preset keeps its form: its rows are that form's ids, and selections and published files rely on it.
        <p class="field">
          <strong>{t('presets_editor_kind')}:</strong> {t('presets_editor_kind_fixed', kindLabel(draft.kind))}
        </p>
      )}
      {!account && (
        <div class="field">
          <label for={FIELD_IDS.tokenType}>{t('presets_token_type')}</label>
          <select
            id={FIELD_IDS.tokenType}
            value={draft.tokenType}
            onChange={(e) => update({ tokenType: e.currentTarget.value as TokenType })}
            {...invalidProps(`${FIELD_IDS.tokenType}-issues`, tokenIssues)}
          >
            <option value="v2v3">{t('presets_token_v2v3')}</option>
            <option value="stencil-cli">{t('presets_token_stencil')}</option>
          </select>
          <FieldIssues id={`${FIELD_IDS.tokenType}-issues`} issues={tokenIssues} />
        </div>
      )}
      {stencil && (
        <div class="field">
          <label for={FIELD_IDS.stencilAccess}>{t('presets_stencil_access')}</label>
          <p id={`${FIELD_IDS.stencilAccess}-hint`} class="muted small">
            {t('presets_editor_stencil_access_help')}
          </p>
          <select
            id={FIELD_IDS.stencilAccess}
            // Absent means local development (least privilege), as on the form.
            value={draft.stencilAccess ?? 'local-development'}
            onChange={(e) => update({ stencilAccess: e.currentTarget.value as StencilAccess })}
            {...invalidProps(`${FIELD_IDS.stencilAccess}-issues`, stencilIssues, `${FIELD_IDS.stencilAccess}-hint`)}
          >
            {(['local-development', 'publish-theme'] as const).map((access) => (
              <option key={access} value={access}>
                {stencilAccessLabel(access)}
              </option>
            ))}
          </select>
          <FieldIssues id={`${FIELD_IDS.stencilAccess}-issues`} issues={stencilIssues} />
        </div>
      )}
      {text('accountName', t('presets_account_name'), t('presets_editor_account_help'))}
      <SourceFields sources={draft.sources} issuesFor={issuesFor} onChange={(sources) => update({ sources })} />
      <ScopeFields
        kind={draft.kind}
        scopes={draft.scopes}
        disabled={stencil}
        issuesFor={issuesFor}
        onChange={(id, scope) => setDraft((d) => ({ ...d, scopes: { ...d.scopes, [id]: scope } }))}
      />
      <div class="field">
        <label for={FIELD_IDS.notes}>{t('presets_editor_notes')}</label>
        <textarea
          id={FIELD_IDS.notes}
          rows={3}
          value={draft.notes}
          onInput={(e) => update({ notes: e.currentTarget.value })}
          {...invalidProps(`${FIELD_IDS.notes}-issues`, notesIssues)}
        />
        <FieldIssues id={`${FIELD_IDS.notes}-issues`} issues={notesIssues} />
      </div>
      <div class="field">
        <label for={FIELD_IDS.importantNotes}>{t('presets_editor_important_notes')}</label>
        <p id={`${FIELD_IDS.importantNotes}-hint`} class="muted small">
          {t('presets_editor_important_notes_help')}
        </p>
        <textarea
          id={FIELD_IDS.importantNotes}
          rows={2}
          value={draft.importantNotes}
          onInput={(e) => update({ importantNotes: e.currentTarget.value })}
          {...invalidProps(`${FIELD_IDS.importantNotes}-issues`, importantIssues, `${FIELD_IDS.importantNotes}-hint`)}
        />
        <FieldIssues id={`${FIELD_IDS.importantNotes}-issues`} issues={importantIssues} />
      </div>
      <IntegrationFields draft={draft} issuesFor={issuesFor} onChange={update} />
      {unplaced.length > 0 && <IssueList issues={unplaced} editor />}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {t('presets_editor_save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('presets_editor_cancel')}
        </button>
      </div>
    </form>
  );
}
