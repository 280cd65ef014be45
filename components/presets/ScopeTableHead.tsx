/** The column headings every scope table shares (the preset's details and the editor). */
import { t } from '../../utils/i18n';

export function ScopeTableHead() {
  return (
    <thead>
      <tr>
        <th scope="col">{t('presets_col_scope')}</th>
        <th scope="col">{t('presets_col_level')}</th>
        <th scope="col">{t('presets_col_required')}</th>
      </tr>
    </thead>
  );
}
