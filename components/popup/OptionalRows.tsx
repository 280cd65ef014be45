/**
 * "Include …" ticks for the chosen preset's optional rows, remembered per preset and store
 * (utils/presets/choice-store.ts). Required rows have no tick: they are always included.
 */
import { t } from '../../utils/i18n';
import { optionalRowIds } from '../../utils/presets/choice';
import type { Preset } from '../../utils/presets/types';
import { presetRows } from '../../utils/presets/form-rows';

interface Props {
  preset: Preset;
  excluded: ReadonlySet<string>;
  /** The store is not known (not a control-panel tab): the ticks show the preset's defaults only. */
  disabled: boolean;
  onChange: (excluded: Set<string>) => void;
}

export function OptionalRows({ preset, excluded, disabled, onChange }: Props) {
  const ids = optionalRowIds(preset);
  if (ids.length === 0) return null;
  // Labels from the preset's own form: store rows, or account-level resources.
  const labels = new Map(presetRows(preset).map(({ row }) => [row.id, row.label]));
  return (
    <fieldset class="optional-rows" disabled={disabled} aria-describedby="optional-help">
      <legend>{t('presets_include_legend')}</legend>
      {ids.map((id) => (
        <label key={id}>
          <input
            type="checkbox"
            checked={!excluded.has(id)}
            onChange={(e) => {
              const next = new Set(excluded);
              if (e.currentTarget.checked) next.delete(id);
              else next.add(id);
              onChange(next);
            }}
          />{' '}
          {t('presets_include_row', labels.get(id) ?? id)}
        </label>
      ))}
      {/* The effect of a tick is said in the status after Fill; only a disabled tick needs words here. */}
      <p id="optional-help" class={disabled ? 'muted small' : 'visually-hidden'}>
        {disabled ? t('presets_include_store_unknown') : t('presets_include_help')}
      </p>
    </fieldset>
  );
}
