/** The column headings every scope table shares (the preset's details and the editor). */
import { t } from '../../utils/i18n';
import type { PresetKind } from '../../utils/presets/types';

/** The account-level form calls its rows resources. `startsTicked`: the editor's column for
 *  whether an optional row starts included. */
export function ScopeTableHead({ kind, startsTicked = false }: { kind: PresetKind; startsTicked?: boolean }) {
  return (
    <thead>
      <tr>
        <th scope="col">{kind === 'account-level' ? t('presets_col_resource') : t('presets_col_scope')}</th>
        <th scope="col">{t('presets_col_level')}</th>
        <th scope="col">{t('presets_col_required')}</th>
        {startsTicked && <th scope="col">{t('presets_col_starts_ticked')}</th>}
      </tr>
    </thead>
  );
}
