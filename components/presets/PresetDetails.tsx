/**
 * A preset, read-only: what it sets (scopes, levels, required rows), what to name the account,
 * and where the list comes from. Shown in the popup and in the options page's preset manager.
 */
import type { ComponentChildren } from 'preact';
import { t } from '../../utils/i18n';
import type { Preset } from '../../utils/presets/types';
import { levelLabel, scopeLines, tokenTypeLabel } from './labels';
import './presets.css';

interface Props {
  preset: Preset;
  builtin: boolean;
  /** h2 in the popup, h3 under the manager's h2. */
  headingLevel: 2 | 3;
  headingId?: string;
  /** Actions (Duplicate, Edit, …) under the heading. */
  children?: ComponentChildren;
}

export function PresetDetails({ preset, builtin, headingLevel, headingId, children }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const lines = scopeLines(preset);
  const required = lines.filter((l) => l.required).length;
  return (
    <article class="preset-details">
      {/* tabIndex -1: the manager moves focus here after saving or cancelling an edit. */}
      <Heading id={headingId} tabIndex={-1}>
        {preset.name}
      </Heading>
      <p class="badges">
        <span class="badge">{builtin ? t('presets_badge_builtin') : t('presets_badge_custom')}</span>
        <code class="preset-id">{preset.id}</code>
      </p>
      {children}
      {preset.description && <p>{preset.description}</p>}
      <dl class="facts">
        <dt>{t('presets_token_type')}</dt>
        <dd>{tokenTypeLabel(preset.tokenType)}</dd>
        <dt>{t('presets_account_name')}</dt>
        <dd>{preset.accountName ? <strong>{preset.accountName}</strong> : t('presets_account_name_any')}</dd>
      </dl>
      {lines.length > 0 ? (
        <table class="scope-table">
          <caption>{t('presets_scopes_caption', String(lines.length), String(required))}</caption>
          <thead>
            <tr>
              <th scope="col">{t('presets_col_scope')}</th>
              <th scope="col">{t('presets_col_level')}</th>
              <th scope="col">{t('presets_col_required')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.row.id}>
                <th scope="row">{l.row.label}</th>
                <td>{levelLabel(l.row, l.level)}</td>
                <td>{l.required ? <span class="req">{t('presets_required')}</span> : <span class="muted">{t('presets_optional')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">{preset.tokenType === 'stencil-cli' ? t('presets_no_scopes_stencil') : t('presets_no_scopes')}</p>
      )}
      {lines.length > 0 && <p class="muted small">{t('presets_defaults_note')}</p>}
      {preset.notes && preset.notes.length > 0 && (
        <>
          <Sub>{t('presets_notes')}</Sub>
          <ul class="notes">
            {preset.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      )}
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
    </article>
  );
}
