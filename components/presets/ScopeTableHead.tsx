/** The column headings every scope table shares (the preset's details and the editor). */
import { t } from '../../utils/i18n';
import type { PresetKind } from '../../utils/presets/types';

/** The account-level form calls its rows resources. */
export function ScopeTableHead({ kind }: { kind: PresetKind }) {
  return (
    <thead>
      <tr>
        <th scope="col">{kind === 'account-level' ? t('presets_col_resource') : t('presets_col_scope')}</th>
        <th scope="col">{t('presets_col_level')}</th>
        <th scope="col">{t('presets_col_required')}</th>
      </tr>
    </thead>
  );
}
