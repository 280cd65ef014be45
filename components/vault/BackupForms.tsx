/**
 * "Back up vault" and "Restore backup" (issue 12, item 2). Both need the unlocked key: a backup
 * opens every record, a restore opens them to find duplicates. The age library is imported only
 * when one of them runs, so it loads with neither the vault list nor any other page.
 */
import { useId, useState } from 'preact/hooks';
import { downloadBytes } from '../../utils/download';
import { t, tp } from '../../utils/i18n';
import type { UnlockedKey } from '../../utils/vault';
import { announceRecordsChanged } from '../../utils/vault/events';
import { pageVault } from './page-vault';
import { NewPassphraseFields } from './NewPassphraseFields';
import { PassphraseField } from './PassphraseField';
import { checkNewPassphrase } from './passphrase-policy';

/** Backups larger than this are not ours (10,000 records are about 8 MB). */
const MAX_BACKUP_BYTES = 32 * 1024 * 1024;

/** The end of both forms: progress while busy, the failure, submit and Cancel. */
function FormEnd(props: { busy: boolean; working: string; failure: string; submit: string; onCancel: () => void }) {
  return (
    <>
      {props.busy && (
        <p class="vault-hint" role="status">
          {props.working}
        </p>
      )}
      {props.failure && (
        <p class="vault-error" role="alert">
          {props.failure}
        </p>
      )}
      <div class="vault-actions">
        <button type="submit" class="primary" disabled={props.busy}>
          {props.submit}
        </button>
        <button type="button" onClick={props.onCancel} disabled={props.busy}>
          {t('vault_cancel')}
        </button>
      </div>
    </>
  );
}

function backupFileName(now: Date): string {
  return `scopekeeper-vault-backup-${now.toISOString().slice(0, 10)}.age`;
}

export function BackupForm({ unlocked, onDone, onCancel }: { unlocked: UnlockedKey; onDone: (message: string) => void; onCancel: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ next?: string; confirmation?: string }>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailure('');
    try {
      const found = await checkNewPassphrase(passphrase, confirmation);
      setErrors(found);
      if (found.next || found.confirmation) return;
      const [{ makeBackup }, { encryptWithPassphrase }] = await Promise.all([import('../../utils/backup/vault-backup'), import('../../utils/backup/age-file')]);
      const now = new Date();
      const made = await makeBackup(pageVault(), unlocked, now);
      const file = await encryptWithPassphrase(made.json, passphrase.normalize('NFC'));
      const name = backupFileName(now);
      downloadBytes(name, file, 'application/octet-stream');
      await pageVault().recordBackup(now, made.recordIds);
      setPassphrase('');
      setConfirmation('');
      onDone(
        tp('vault_backup_done', made.recordIds.length, name, made.recordIds.length) + (made.unreadable > 0 ? ` ${tp('vault_backup_unreadable', made.unreadable)}` : ''),
      );
    } catch {
      setFailure(t('vault_error_unexpected'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="vault-card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="vault-backup-title">
      <h3 id="vault-backup-title">{t('vault_backup_title')}</h3>
      <p>{t('vault_backup_intro')}</p>
      <NewPassphraseFields
        labels={{ next: t('vault_backup_passphrase'), confirmation: t('vault_backup_confirm') }}
        next={passphrase}
        confirmation={confirmation}
        onNext={setPassphrase}
        onConfirmation={setConfirmation}
        errors={errors}
        disabled={busy}
        hint={t('vault_backup_passphrase_hint')}
        autoFocus
      />
      <FormEnd busy={busy} working={t('vault_backup_working')} failure={failure} submit={t('vault_backup_download')} onCancel={onCancel} />
    </form>
  );
}

export function RestoreForm({ unlocked, onDone, onCancel }: { unlocked: UnlockedKey; onDone: (message: string) => void; onCancel: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const fileId = useId();

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (!file) return setFailure(t('vault_restore_choose_file'));
    if (!passphrase) return setFailure(t('vault_error_enter_passphrase'));
    setBusy(true);
    setFailure('');
    try {
      if (file.size > MAX_BACKUP_BYTES) return setFailure(t('vault_restore_not_backup'));
      const [{ decryptWithPassphrase, AgeDecryptError, MAX_RESTORE_WORK_FACTOR }, { readBackupJson }, { restoreBackup, RestoreRefusedError }] = await Promise.all([
        import('../../utils/backup/age-file'),
        import('../../utils/backup/format'),
        import('../../utils/backup/vault-backup'),
      ]);
      let text: string;
      try {
        text = await decryptWithPassphrase(new Uint8Array(await file.arrayBuffer()), passphrase.normalize('NFC'));
      } catch (error) {
        const problem = error instanceof AgeDecryptError ? error.problem : 'damaged';
        return setFailure(
          problem === 'wrong-passphrase'
            ? t('vault_restore_wrong_passphrase')
            : problem === 'damaged'
              ? t('vault_restore_damaged')
              : problem === 'work-factor'
                ? t('vault_restore_work_factor', MAX_RESTORE_WORK_FACTOR)
                : t('vault_restore_not_backup'),
        );
      }
      const read = readBackupJson(text);
      if (!read.ok) {
        return setFailure(
          read.problem === 'unknown-version' ? t('vault_restore_newer_version', read.version ?? '?') : read.problem === 'malformed' ? t('vault_restore_damaged') : t('vault_restore_not_backup'),
        );
      }
      let outcome: Awaited<ReturnType<typeof restoreBackup>>;
      try {
        outcome = await restoreBackup(pageVault(), unlocked, read.contents);
      } catch (error) {
        // Checked whole before the one write: nothing of it was kept.
        if (error instanceof RestoreRefusedError) return setFailure(t('vault_restore_refused'));
        throw error;
      }
      announceRecordsChanged();
      setPassphrase('');
      onDone(`${tp('vault_restore_done', outcome.added)} ${tp('vault_restore_skipped', outcome.duplicates)}${outcome.keysAdded > 0 ? ` ${tp('vault_restore_keys', outcome.keysAdded)}` : ''}`);
    } catch {
      setFailure(t('vault_error_unexpected'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="vault-card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="vault-restore-title">
      <h3 id="vault-restore-title">{t('vault_restore_title')}</h3>
      <p>{t('vault_restore_intro')}</p>
      <div class="vault-field">
        <label for={fileId}>{t('vault_restore_file')}</label>
        <input id={fileId} type="file" accept=".age,application/octet-stream" disabled={busy} onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
      </div>
      <PassphraseField label={t('vault_backup_passphrase')} value={passphrase} onInput={setPassphrase} autoComplete="current-password" disabled={busy} />
      <FormEnd busy={busy} working={t('vault_restore_working')} failure={failure} submit={t('vault_restore')} onCancel={onCancel} />
    </form>
  );
}
