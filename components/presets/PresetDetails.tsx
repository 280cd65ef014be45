/**
 * A preset, read-only: what it sets (scopes, levels, required rows), what to name the account,
 * and where the list comes from. Shown in the popup and in the options page's preset manager.
 * `compact` (the popup) folds the scope table into a one-line summary and long notes into their
 * first line, both expandable, so Fill and the status stay in view.
 */
import type { ComponentChildren } from 'preact';
import { ImportantNotes } from './ImportantNotes';
import { t, tp } from '../../utils/i18n';
import { presetKind, type Preset } from '../../utils/presets/types';
import { credentialFieldLabel, kindLabel, levelLabel, scopeLines, scopeSummary, stencilAccessLabel, tokenTypeLabel } from './labels';
import './presets.css';
import { ScopeTableHead } from './ScopeTableHead';

interface Props {
  preset: Preset;
  builtin: boolean;
  /** h2 in the popup, h3 under the manager's h2. */
  headingLevel: 2 | 3;
  headingId?: string;
  /** Fold the scope table and long notes (the popup). */
  compact?: boolean;
  /** Optional rows the merchant left out: shown as such in the table. */
  excluded?: ReadonlySet<string>;
  /** Shown between the facts and the scope table (the popup's "Include" ticks). */
  beforeScopes?: ComponentChildren;
  /** Actions (Duplicate, Edit, …) under the heading. */
  children?: ComponentChildren;
}

export function PresetDetails({ preset, builtin, headingLevel, headingId, compact = false, excluded, beforeScopes, children }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const kind = presetKind(preset);
  const account = kind === 'account-level';
  const lines = scopeLines(preset);
  const required = lines.filter((l) => l.required).length;
  /** The merchant's choice where there is one (the popup), else how the row starts. */
  const optionalText = (id: string, include: boolean) => {
    if (excluded) return excluded.has(id) ? `${t('presets_optional')} · ${t('presets_left_out')}` : t('presets_optional');
    return include ? t('presets_optional') : `${t('presets_optional')} · ${t('presets_starts_unticked')}`;
  };
  const defaultsNote = <p class="muted small">{account ? t('presets_resources_defaults_note') : t('presets_defaults_note')}</p>;
  const table = (
    <table class="scope-table">
      <caption>
        {tp(account ? 'presets_resources_caption' : 'presets_scopes_caption', account ? required : lines.length, lines.length, required)}
      </caption>
      <ScopeTableHead kind={kind} />
      <tbody>
        {lines.map((l) => (
          <tr key={l.row.id}>
            <th scope="row">{l.row.label}</th>
            <td>{levelLabel(l.row, l.level)}</td>
            <td>
              {l.required ? (
                <span class="req">{t('presets_required')}</span>
              ) : (
                <span class="muted">{optionalText(l.row.id, l.include)}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const notes = preset.notes ?? [];
  const notesList = (
    <ul class="notes">
      {notes.map((n, i) => (
        <li key={i}>{n}</li>
      ))}
    </ul>
  );
  return (
    <article class={`preset-details${compact ? ' compact' : ''}`}>
      {/* tabIndex -1: the manager moves focus here after saving or cancelling an edit. */}
      <Heading id={headingId} tabIndex={-1}>
        {preset.name}
      </Heading>
      <p class="badges">
        <span class="badge">{builtin ? t('presets_badge_builtin') : t('presets_badge_custom')}</span>
        {account && <span class="badge kind">{t('presets_badge_account_level')}</span>}
        <code class="preset-id">{preset.id}</code>
      </p>
      {children}
      {/* The popup shows them above Fill form instead (entrypoints/popup/App.tsx). */}
      {!compact && preset.importantNotes?.length ? <ImportantNotes notes={preset.importantNotes} /> : null}
      {preset.description && <p class="description">{preset.description}</p>}
      <dl class="facts">
        {/* The account-level form has no token type; it is said which form the preset is for instead. */}
        {account ? (
          <>
            <dt>{t('presets_form')}</dt>
            <dd>
              {kindLabel(kind)} <span class="muted">({t('presets_form_account_help')})</span>
            </dd>
          </>
        ) : (
          <>
            <dt>{t('presets_token_type')}</dt>
            <dd>{tokenTypeLabel(preset.tokenType)}</dd>
            {preset.tokenType === 'stencil-cli' && (
              <>
                <dt>{t('presets_stencil_access')}</dt>
                {/* Absent: local development, the form's default. */}
                <dd>{stencilAccessLabel(preset.stencilAccess ?? 'local-development')}</dd>
              </>
            )}
          </>
        )}
        <dt>{t('presets_account_name')}</dt>
        <dd>{preset.accountName ? <strong>{preset.accountName}</strong> : t('presets_account_name_any')}</dd>
        {/* Hand-off details matter to whoever sends credentials on, in the manager, not while filling. */}
        {!compact && (
          <>
            <dt>{t('presets_credential_fields')}</dt>
            <dd>{preset.credentialFields ? preset.credentialFields.map(credentialFieldLabel).join(', ') : t('presets_credential_fields_all')}</dd>
            <dt>{t('presets_handoff')}</dt>
            <dd>{preset.handoff ? t('presets_handoff_to', preset.handoff.recipient) : t('presets_handoff_none')}</dd>
          </>
        )}
      </dl>
      {beforeScopes}
      {lines.length === 0 ? (
        <p class="muted">
          {account ? t('presets_no_resources') : preset.tokenType === 'stencil-cli' ? t('presets_no_scopes_stencil') : t('presets_no_scopes')}
        </p>
      ) : compact ? (
        <details class="scope-summary">
          <summary>{scopeSummary(lines, kind)}</summary>
          {table}
          {defaultsNote}
        </details>
      ) : (
        <>
          {table}
          {defaultsNote}
        </>
      )}
      {notes.length > 0 &&
        (compact && (notes.length > 1 || notes[0]!.length > 100) ? (
          <details class="notes-summary">
            <summary>
              <strong>{t('presets_notes')}:</strong> <span class="clip">{notes[0]}</span>
            </summary>
            {notesList}
          </details>
        ) : (
          <>
            <Sub>{t('presets_notes')}</Sub>
            {notesList}
          </>
        ))}
      {preset.keepTxt && <p class="keep-txt">{t('presets_keep_txt_note')}</p>}
      {compact ? (
        <p class="sources-inline">
          <strong>{t('presets_sources', String(preset.sources.length))}:</strong>{' '}
          {preset.sources.map((s, i) => (
            <a key={i} href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
          ))}
        </p>
      ) : (
        <>
          <Sub>{t('presets_sources', String(preset.sources.length))}</Sub>
          <ul class="sources">
            {preset.sources.map((s, i) => (
              <li key={i}>
                {/* Sources are https only (presetSchema); they open outside the extension. */}
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
