/** Locked: the passphrase opens the vault in every vault page until the lock. A wrong one changes nothing. */
import { useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { UnlockedKey } from '../../utils/vault';
import { KdfProgress } from './KdfProgress';
import { pageVault } from './page-vault';
import { PassphraseField } from './PassphraseField';
import { shareUnlock } from './use-auto-lock';
import { useKdfTask } from './use-kdf-task';

export function UnlockForm({ onUnlocked }: { onUnlocked: (key: UnlockedKey) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const input = useRef<HTMLInputElement | null>(null);
  const task = useKdfTask();

  async function submit(event: Event) {
    event.preventDefault();
    if (!passphrase) {
      task.setError(t('vault_error_enter_passphrase'));
      input.current?.focus();
      return;
    }
    const key = await task.run((onProgress) => pageVault().unlock(passphrase, { onProgress, share: shareUnlock }));
    if (key) {
      setPassphrase('');
      onUnlocked(key);
    } else {
      // Ready for another try without retyping from scratch.
      input.current?.focus();
      input.current?.select();
    }
  }

  return (
    <form class="vault-card vault-unlock" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="vault-unlock-title">
      <h3 id="vault-unlock-title">{t('vault_unlock_title')}</h3>
      <p>{t('vault_unlock_intro')}</p>
      <PassphraseField
        label={t('vault_passphrase')}
        value={passphrase}
        onInput={setPassphrase}
        autoComplete="current-password"
        error={task.error || undefined}
        disabled={task.busy}
        inputRef={input}
      />
      {task.busy && <KdfProgress label={t('vault_progress_unlocking')} fraction={task.fraction} />}
      <div class="vault-actions">
        <button type="submit" class="primary" disabled={task.busy}>
          {t('vault_unlock')}
        </button>
      </div>
    </form>
  );
}
