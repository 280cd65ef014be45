/**
 * The scope catalogue as a form: one row per scope of the preset's form (store-level rows, or
 * account-level resources), a select offering only the levels that row has (plus "Not in
 * preset"), "Required" for rows in the preset, and "Starts ticked" for the optional ones.
 */
import { t, tp } from '../../utils/i18n';
import type { StoreIssue } from '../../utils/presets/store';
import { formRows } from '../../utils/presets/form-rows';
import type { PresetKind } from '../../utils/presets/types';
import type { LevelId } from '../../utils/scopes/types';
import type { ScopeDraft } from './draft';
import { scopeFieldId, scopeIncludeFieldId } from './editor-fields';
import { FieldIssues, invalidProps } from './FieldIssues';
import { ScopeTableHead } from './ScopeTableHead';

interface Props {
  kind: PresetKind;
  /** Rows of both forms by id; only `kind`'s are shown. */
  scopes: Record<string, ScopeDraft>;
  /** A Stencil-CLI token has no scope rows: the table is shown disabled. */
  disabled: boolean;
  issuesFor: (fieldId: string) => StoreIssue[];
  onChange: (id: string, scope: ScopeDraft) => void;
}

function withInclude({ include: _, ...scope }: ScopeDraft, ticked: boolean): ScopeDraft {
  return ticked ? scope : { ...scope, include: false };
}

export function ScopeFields({ kind, scopes, disabled, issuesFor, onChange }: Props) {
  const rows = formRows(kind);
  const account = kind === 'account-level';
  const inPreset = rows.filter((r) => scopes[r.id]?.level).length;
  // Every level but None names an OAuth scope; a preset of Nones only would make a useless account.
  const grantsNothing = !rows.some((r) => r.levels.some((l) => l.id === scopes[r.id]?.level && l.param !== null));
  let help = tp(account ? 'presets_editor_resources_help' : 'presets_editor_scopes_help', inPreset);
  if (disabled) help = t('presets_editor_scopes_stencil');
  return (
    <fieldset class="scope-fields" disabled={disabled}>
      <legend>{account ? t('presets_editor_resources') : t('presets_editor_scopes')}</legend>
      <p class="muted small" id="pe-scopes-help">
        {help}
      </p>
      {!disabled && <p class="muted small">{t('presets_editor_starts_ticked_help')}</p>}
      {!disabled && grantsNothing && (
        <p class="small warning" id="pe-scopes-nothing">
          {t('presets_editor_grants_nothing')}
        </p>
      )}
      <table class="scope-table editable">
        <ScopeTableHead kind={kind} startsTicked />
        <tbody>
          {rows.map((row) => {
            const scope = scopes[row.id] ?? { level: '', required: false };
            const fieldId = scopeFieldId(row.id);
            const issues = issuesFor(fieldId);
            return (
              <tr key={row.id} class={scope.level ? 'in-preset' : undefined}>
                <th scope="row" id={`${fieldId}-label`}>
                  {row.label}
                </th>
                <td>
                  <select
                    id={fieldId}
                    aria-labelledby={`${fieldId}-label`}
                    value={scope.level}
                    onChange={(e) => {
                      const level = e.currentTarget.value as LevelId | '';
                      // A row taken out of the preset forgets its choices; a new level keeps them.
                      onChange(row.id, level ? { ...scope, level } : { level, required: false });
                    }}
                    {...invalidProps(`${fieldId}-issues`, issues)}
                  >
                    <option value="">{t('presets_level_not_in_preset')}</option>
                    {row.levels.map((l) => (
                      <option key={l.id} value={l.id}>
                        {l.label}
                      </option>
                    ))}
                  </select>
                  <FieldIssues id={`${fieldId}-issues`} issues={issues} />
                </td>
                <td>
                  {/* The column header says "Required"; the name says which row. */}
                  <input
                    type="checkbox"
                    class="check"
                    checked={scope.required}
                    disabled={!scope.level}
                    aria-label={t('presets_required_for', row.label)}
                    onChange={(e) => onChange(row.id, { ...scope, required: e.currentTarget.checked })}
                  />
                </td>
                <td>
                  {/* Only an optional row can start unticked (a required one is always included). */}
                  {scope.level && !scope.required && (
                    <input
                      type="checkbox"
                      class="check"
                      id={scopeIncludeFieldId(row.id)}
                      checked={scope.include !== false}
                      aria-label={t('presets_starts_ticked_for', row.label)}
                      // Ticked is the absent default.
                      onChange={(e) => onChange(row.id, withInclude(scope, e.currentTarget.checked))}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
