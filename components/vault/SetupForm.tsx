/**
 * First run: choose the vault passphrase. Captures made before this are already sealed (to the
 * vault's public key, with the private key under a device key); setting the passphrase re-wraps
 * that private key, so nothing is re-encrypted and nothing is lost.
 */
import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { UnlockedKey } from '../../utils/vault';
import { KdfProgress } from './KdfProgress';
import { pageVault } from './page-vault';
import { NewPassphraseFields } from './NewPassphraseFields';
import { checkNewPassphrase } from './passphrase-policy';
import { shareUnlock } from './use-auto-lock';
import { useKdfTask } from './use-kdf-task';

export function SetupForm({ hasCaptures, onCreated, onRestore }: { hasCaptures: boolean; onCreated: (key: UnlockedKey) => void; onRestore: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ next?: string; confirmation?: string }>({});
  const task = useKdfTask();

  async function submit(event: Event) {
    event.preventDefault();
    const errors = await checkNewPassphrase(passphrase, confirmation);
    setFieldErrors(errors);
    if (errors.next || errors.confirmation) return;
    const key = await task.run((onProgress) => pageVault().setPassphrase(passphrase, { onProgress, share: shareUnlock }));
    if (key) {
      setPassphrase('');
      setConfirmation('');
      onCreated(key);
    }
  }

  return (
    <form class="vault-card vault-setup" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="vault-setup-title">
      <h3 id="vault-setup-title">{t('vault_setup_title')}</h3>
      <p>{hasCaptures ? t('vault_setup_intro_with_captures') : t('vault_setup_intro')}</p>
      <p class="vault-hint">{t('vault_setup_device_key')}</p>
      <NewPassphraseFields
        labels={{ next: t('vault_new_passphrase'), confirmation: t('vault_confirm_passphrase') }}
        next={passphrase}
        confirmation={confirmation}
        onNext={setPassphrase}
        onConfirmation={setConfirmation}
        errors={fieldErrors}
        disabled={task.busy}
      />
      <p class="vault-hint">{t('vault_no_recovery')}</p>
      {task.busy && <KdfProgress label={t('vault_progress_creating')} fraction={task.fraction} />}
      {task.error && (
        <p class="vault-error" role="alert">
          {task.error}
        </p>
      )}
      <div class="vault-actions">
        <button type="submit" class="primary" disabled={task.busy}>
          {t('vault_create_vault')}
        </button>
        {/* A new user with a backup looks here first (issue 20, item 3). */}
        <button type="button" onClick={onRestore} disabled={task.busy}>
          {t('vault_restore_open')}
        </button>
      </div>
    </form>
  );
}
