/**
 * The "Preset" select with a real filter in front of it: typing narrows the select's options by
 * name, vendor or description. The chosen preset always stays in the list, so the select never
 * shows a different value from the one in use. Enter in the filter picks a single match.
 */
import { useState } from 'preact/hooks';
import { t, tp, type PluralKey } from '../../utils/i18n';
import type { Preset, PresetKind } from '../../utils/presets/types';
import { filterPresets, queryWords } from '../presets/filter';

/**
 * On a create page only its form's presets are listed (./page-presets.ts), so the count names the
 * kind it counts: "39 store-level presets" here is not the options page's "40 presets", which
 * include the account-level ones.
 */
const COUNT: Readonly<Record<PresetKind, PluralKey>> = { 'store-level': 'popup_count_store', 'account-level': 'popup_count_account' };
const MATCH: Readonly<Record<PresetKind, PluralKey>> = { 'store-level': 'popup_match_store', 'account-level': 'popup_match_account' };

interface Props {
  presets: Preset[] | null;
  /** The form whose presets `presets` are (the tab's create page); null: every preset. */
  form: PresetKind | null;
  /** Ids of the built-ins, to group the options. */
  isBuiltin: (id: string) => boolean;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

export function PresetPicker({ presets, form, isBuiltin, selectedId, onSelect }: Props) {
  const [query, setQuery] = useState('');
  const all = presets ?? [];
  const matches = filterPresets(all, query);
  const shown = all.filter((p) => p.id === selectedId || matches.includes(p));
  const custom = shown.filter((p) => !isBuiltin(p.id));
  const builtin = shown.filter((p) => isBuiltin(p.id));
  const filtering = queryWords(query).length > 0;

  let countText = tp(form ? COUNT[form] : 'popup_filter_count_all', all.length);
  if (filtering) countText = matches.length === 0 ? t('popup_filter_none', query.trim()) : tp(form ? MATCH[form] : 'popup_filter_count', matches.length, matches.length, all.length);

  function onKeyDown(event: KeyboardEvent) {
    const only = matches[0];
    if (event.key === 'Enter' && matches.length === 1 && only) {
      event.preventDefault();
      onSelect(only.id);
    }
  }

  return (
    <div class="picker">
      <label for="preset-filter">{t('popup_filter_label')}</label>
      <input
        id="preset-filter"
        type="search"
        autocomplete="off"
        spellcheck={false}
        value={query}
        disabled={presets === null}
        aria-describedby="preset-filter-count"
        placeholder={t('popup_filter_placeholder')}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {/* Polite, not role=status: the popup's one status line is the fill result. */}
      <p id="preset-filter-count" class={`muted small ${filtering && matches.length === 0 ? 'warn-text' : ''}`} aria-live="polite">
        {presets === null ? '' : countText}
      </p>
      <label for="preset">{t('popup_preset_label')}</label>
      <select id="preset" value={selectedId ?? ''} disabled={presets === null} onChange={(e) => onSelect(e.currentTarget.value || null)}>
        <option value="">{presets === null ? t('popup_presets_loading') : t('popup_choose_preset')}</option>
        {custom.length > 0 && (
          <optgroup label={t('popup_group_custom')}>
            {custom.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </optgroup>
        )}
        {builtin.length > 0 && (
          <optgroup label={t('popup_group_builtin')}>
            {builtin.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
