/**
 * The editor's "Integration details": what the integration does with the credentials made with
 * the preset — which values it needs (credentialFields), the integrator's age key for "Encrypt
 * for integrator" (handoff.recipient) and whether it needs BigCommerce's .txt kept (keepTxt).
 * They apply to both forms' presets (presetSchema), so they are shown for both.
 */
import { t } from '../../utils/i18n';
import type { StoreIssue } from '../../utils/presets/store';
import { CREDENTIAL_FIELDS } from '../../utils/presets/types';
import { withCredentialField, type PresetDraft } from './draft';
import { FIELD_IDS } from './editor-fields';
import { FieldIssues, invalidProps } from './FieldIssues';
import { credentialFieldLabel } from './labels';

type Part = Pick<PresetDraft, 'credentialFields' | 'handoffRecipient' | 'keepTxt'>;

interface Props {
  draft: Part;
  issuesFor: (fieldId: string) => StoreIssue[];
  onChange: (part: Partial<Part>) => void;
}

export function IntegrationFields({ draft, issuesFor, onChange }: Props) {
  const credentialIssues = issuesFor(FIELD_IDS.credentialFields);
  const handoffIssues = issuesFor(FIELD_IDS.handoff);
  const keepTxtIssues = issuesFor(FIELD_IDS.keepTxt);
  const handoffId = FIELD_IDS.handoff;
  return (
    <fieldset class="integration-fields" aria-describedby="pe-integration-help">
      <legend>{t('presets_editor_integration')}</legend>
      <p id="pe-integration-help" class="muted small">
        {t('presets_editor_integration_help')}
      </p>
      <fieldset class="credential-fields" aria-describedby="pe-credential-fields-help">
        <legend>{t('presets_editor_credential_fields')}</legend>
        <p id="pe-credential-fields-help" class="muted small">
          {t('presets_editor_credential_fields_help')}
        </p>
        <div class="checks">
          {CREDENTIAL_FIELDS.map((field, i) => (
            <label class="check" key={field}>
              <input
                type="checkbox"
                id={i === 0 ? FIELD_IDS.credentialFields : `${FIELD_IDS.credentialFields}-${field}`}
                // Absent: the integration needs every value.
                checked={draft.credentialFields?.includes(field) ?? true}
                onChange={(e) => onChange({ credentialFields: withCredentialField(draft.credentialFields, field, e.currentTarget.checked) })}
                {...invalidProps(`${FIELD_IDS.credentialFields}-issues`, credentialIssues)}
              />{' '}
              {credentialFieldLabel(field)}
            </label>
          ))}
        </div>
        <FieldIssues id={`${FIELD_IDS.credentialFields}-issues`} issues={credentialIssues} />
      </fieldset>
      <div class="field">
        <label for={handoffId}>{t('presets_editor_handoff')}</label>
        <p id={`${handoffId}-hint`} class="muted small">
          {t('presets_editor_handoff_help')}
        </p>
        <input
          id={handoffId}
          type="text"
          class="mono"
          value={draft.handoffRecipient}
          spellcheck={false}
          autoComplete="off"
          placeholder="age1…"
          onInput={(e) => onChange({ handoffRecipient: e.currentTarget.value })}
          {...invalidProps(`${handoffId}-issues`, handoffIssues, `${handoffId}-hint`)}
        />
        <FieldIssues id={`${handoffId}-issues`} issues={handoffIssues} />
      </div>
      <div class="field">
        <label class="check">
          <input
            type="checkbox"
            id={FIELD_IDS.keepTxt}
            checked={draft.keepTxt === true}
            // Unticked is the absent default.
            onChange={(e) => onChange({ keepTxt: e.currentTarget.checked ? true : undefined })}
            {...invalidProps(`${FIELD_IDS.keepTxt}-issues`, keepTxtIssues)}
          />{' '}
          {t('presets_editor_keep_txt')}
        </label>
        <FieldIssues id={`${FIELD_IDS.keepTxt}-issues`} issues={keepTxtIssues} />
      </div>
    </fieldset>
  );
}
