/**
 * Change passphrase: the current one unwraps the private key, which is re-wrapped under the new
 * one with a fresh salt and the current KDF defaults. Records are untouched (they are sealed to
 * the public key, which does not change).
 */
import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { UnlockedKey } from '../../utils/vault';
import { KdfProgress } from './KdfProgress';
import { pageVault } from './page-vault';
import { PassphraseField } from './PassphraseField';
import { NewPassphraseFields } from './NewPassphraseFields';
import { checkNewPassphrase } from './passphrase-policy';
import { shareUnlock } from './use-auto-lock';
import { useKdfTask } from './use-kdf-task';

export function ChangePassphraseForm({ onChanged, onCancel }: { onChanged: (key: UnlockedKey) => void; onCancel: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ current?: string; next?: string; confirmation?: string }>({});
  const task = useKdfTask();

  async function submit(event: Event) {
    event.preventDefault();
    const errors = { current: current ? undefined : t('vault_error_enter_passphrase'), ...(await checkNewPassphrase(next, confirmation)) };
    setFieldErrors(errors);
    if (errors.current || errors.next || errors.confirmation) return;
    const key = await task.run((onProgress) => pageVault().changePassphrase(current, next, { onProgress, share: shareUnlock }));
    if (key) {
      setCurrent('');
      setNext('');
      setConfirmation('');
      onChanged(key);
    }
  }

  return (
    <form class="vault-card vault-change" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="vault-change-title">
      <h3 id="vault-change-title">{t('vault_change_title')}</h3>
      <PassphraseField
        label={t('vault_current_passphrase')}
        value={current}
        onInput={setCurrent}
        autoComplete="current-password"
        error={fieldErrors.current}
        disabled={task.busy}
        autoFocus
      />
      <NewPassphraseFields
        labels={{ next: t('vault_new_passphrase'), confirmation: t('vault_confirm_new_passphrase') }}
        next={next}
        confirmation={confirmation}
        onNext={setNext}
        onConfirmation={setConfirmation}
        errors={fieldErrors}
        disabled={task.busy}
      />
      {task.busy && <KdfProgress label={t('vault_progress_changing')} fraction={task.fraction} />}
      {task.error && (
        <p class="vault-error" role="alert">
          {task.error}
        </p>
      )}
      <div class="vault-actions">
        <button type="submit" class="primary" disabled={task.busy}>
          {t('vault_save_new_passphrase')}
        </button>
        <button type="button" onClick={onCancel} disabled={task.busy}>
          {t('vault_cancel')}
        </button>
      </div>
    </form>
  );
}
