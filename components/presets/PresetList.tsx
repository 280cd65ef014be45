/**
 * The manager's list: a filter, then the merchant's own presets, then the built-ins. Each entry
 * is a button that shows the preset; aria-current marks the one shown.
 */
import { useState } from 'preact/hooks';
import { t, tp } from '../../utils/i18n';
import { presetKind, type Preset } from '../../utils/presets/types';
import { filterPresets, queryWords } from './filter';

interface Props {
  builtin: readonly Preset[];
  custom: Preset[];
  shownId: string | null;
  onShow: (id: string) => void;
}

function Items({ presets, shownId, onShow }: { presets: Preset[]; shownId: string | null; onShow: (id: string) => void }) {
  return (
    <ul class="preset-items">
      {presets.map((p) => (
        <li key={p.id}>
          <button type="button" class="preset-item" aria-current={p.id === shownId ? 'true' : undefined} onClick={() => onShow(p.id)}>
            {p.name}
            {/* Which form it fills: most presets are store-level, so only the other kind is marked. */}
            {presetKind(p) === 'account-level' && <span class="badge kind">{t('presets_badge_account_level')}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function PresetList({ builtin, custom, shownId, onShow }: Props) {
  const [query, setQuery] = useState('');
  const filtering = queryWords(query).length > 0;
  const customShown = filterPresets(custom, query);
  const builtinShown = filterPresets(builtin, query);
  const total = custom.length + builtin.length;
  const matched = customShown.length + builtinShown.length;

  return (
    <div class="preset-list">
      <label for="manager-filter">{t('presets_filter_label')}</label>
      <input
        id="manager-filter"
        type="search"
        autocomplete="off"
        spellcheck={false}
        value={query}
        aria-describedby="manager-filter-count"
        placeholder={t('presets_filter_placeholder')}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <p id="manager-filter-count" class="muted small" aria-live="polite">
        {!filtering
          ? tp('presets_count_all', total)
          : matched === 0
            ? t('presets_filter_none', query.trim())
            : tp('presets_filter_count', matched, matched, total)}
      </p>

      <h3 id="custom-list-heading">{t('presets_custom_heading', String(custom.length))}</h3>
      {custom.length === 0 ? (
        <p class="muted small empty">{t('presets_custom_empty')}</p>
      ) : customShown.length === 0 ? (
        <p class="muted small">{t('presets_group_no_match')}</p>
      ) : (
        <Items presets={customShown} shownId={shownId} onShow={onShow} />
      )}

      <h3 id="builtin-list-heading">{t('presets_builtin_heading', String(builtin.length))}</h3>
      {builtinShown.length === 0 ? (
        <p class="muted small">{t('presets_group_no_match')}</p>
      ) : (
        <Items presets={builtinShown} shownId={shownId} onShow={onShow} />
      )}
    </div>
  );
}
