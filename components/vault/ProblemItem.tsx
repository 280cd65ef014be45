/** A stored row that is not a record in any format this version can read (damaged, or written
 *  by a newer version). It is listed, never hidden, and can be deleted once unlocked. */
import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { RecordProblem } from '../../utils/vault';

export function ProblemItem({ problem, onDelete }: { problem: RecordProblem; onDelete: ((key: string) => Promise<void>) | null }) {
  const [confirming, setConfirming] = useState(false);
  const key = problem.key;
  return (
    <li class="vault-record vault-record--altered">
      <div class="vault-record-head">
        <h4 class="vault-record-name">{t('vault_problem_title')}</h4>
      </div>
      <p class="vault-altered" role="alert">
        {problem.reason === 'unknown-version' ? t('vault_problem_newer') : t('vault_record_altered')}
      </p>
      {onDelete && key !== null && (
        <div class="vault-record-actions">
          {confirming ? (
            <>
              <span>{t('vault_delete_question')}</span>
              <button type="button" class="danger-solid" onClick={() => void onDelete(key)}>
                {t('vault_delete')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('vault_cancel')}
              </button>
            </>
          ) : (
            <button type="button" class="danger" onClick={() => setConfirming(true)}>
              {t('vault_delete')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
