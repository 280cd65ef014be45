/**
 * "Back up vault" and "Restore backup" (issue 12, item 2). Both need the unlocked key: a backup
 * opens every record, a restore opens them to find duplicates. The age library is imported only
 * when one of them runs, so it loads with neither the vault list nor any other page.
 */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { downloadBytes } from '../../utils/download';
import { t, tp } from '../../utils/i18n';
import type { UnlockedKey } from '../../utils/vault';
import { announceRecordsChanged } from '../../utils/vault/events';
import { pageVault } from './page-vault';
import { NewPassphraseFields } from './NewPassphraseFields';
import { PassphraseField } from './PassphraseField';
import { fileKind, misplacedText } from './misplaced-file';
import { checkNewPassphrase } from './passphrase-policy';
import { shareUnlock } from './use-auto-lock';

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

type ReadBackup = typeof import('../../utils/backup/format');
type Contents = Extract<ReturnType<ReadBackup['readBackupJson']>, { ok: true }>['contents'];

/**
 * Opens a backup file with its passphrase and reads it, changing nothing: the contents, or the
 * sentence saying why not (a file of another kind says what it is, issue 20, item 7).
 */
async function openBackup(file: File, passphrase: string): Promise<{ ok: true; contents: Contents } | { ok: false; message: string }> {
  const misplaced = misplacedText(await fileKind(file), ['backup'], file.name);
  if (misplaced) return { ok: false, message: misplaced };
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, message: t('vault_restore_not_backup') };
  const [{ decryptWithPassphrase, AgeDecryptError, MAX_RESTORE_WORK_FACTOR }, { readBackupJson }] = await Promise.all([
    import('../../utils/backup/age-file'),
    import('../../utils/backup/format'),
  ]);
  let text: string;
  try {
    text = await decryptWithPassphrase(new Uint8Array(await file.arrayBuffer()), passphrase.normalize('NFC'));
  } catch (error) {
    const problem = error instanceof AgeDecryptError ? error.problem : 'damaged';
    const message =
      problem === 'wrong-passphrase'
        ? t('vault_restore_wrong_passphrase')
        : problem === 'damaged'
          ? t('vault_restore_damaged')
          : problem === 'work-factor'
            ? t('vault_restore_work_factor', MAX_RESTORE_WORK_FACTOR)
            : t('vault_restore_not_backup');
    return { ok: false, message };
  }
  const read = readBackupJson(text);
  if (!read.ok) {
    const message =
      read.problem === 'unknown-version' ? t('vault_restore_newer_version', read.version ?? '?') : read.problem === 'malformed' ? t('vault_restore_damaged') : t('vault_restore_not_backup');
    return { ok: false, message };
  }
  return { ok: true, contents: read.contents };
}

/** Restores checked contents into the vault `unlocked` opens: the outcome sentence, or null when refused whole. */
async function restoreInto(unlocked: UnlockedKey, contents: Contents): Promise<string | null> {
  const { restoreBackup, RestoreRefusedError } = await import('../../utils/backup/vault-backup');
  let outcome: Awaited<ReturnType<typeof restoreBackup>>;
  try {
    outcome = await restoreBackup(pageVault(), unlocked, contents);
  } catch (error) {
    // Checked whole before the one write: nothing of it was kept.
    if (error instanceof RestoreRefusedError) return null;
    throw error;
  }
  announceRecordsChanged();
  return `${tp('vault_restore_done', outcome.added)} ${tp('vault_restore_skipped', outcome.duplicates)}${outcome.keysAdded > 0 ? ` ${tp('vault_restore_keys', outcome.keysAdded)}` : ''}`;
}

/**
 * The backup file input, with the file another import handed over preselected: put into the input
 * itself, so the browser's control names it (not "No file chosen" beside our "Chosen: …"); named
 * below it only where the browser refuses that.
 */
function BackupFileField({ file, onFile, busy }: { file: File | null; onFile: (file: File | null) => void; busy: boolean }) {
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [shown, setShown] = useState(false);
  useLayoutEffect(() => {
    const box = input.current;
    if (!box || !file || box.files?.[0] === file) return setShown(!!file);
    try {
      const handed = new DataTransfer();
      handed.items.add(file);
      box.files = handed.files;
    } catch {
      // Left as it is: the hint below names the file.
    }
    setShown(box.files?.[0] === file);
  }, [file]);
  return (
    <div class="vault-field">
      <label for={fileId}>{t('vault_restore_file')}</label>
      <input ref={input} id={fileId} type="file" accept=".age,application/octet-stream" disabled={busy} aria-describedby={file && !shown ? `${fileId}-chosen` : undefined} onChange={(e) => onFile(e.currentTarget.files?.[0] ?? null)} />
      {file && !shown && (
        <p id={`${fileId}-chosen`} class="vault-hint">
          {t('vault_restore_chosen', file.name)}
        </p>
      )}
    </div>
  );
}

/**
 * What both restore forms share: the backup file and its passphrase, and a submit that checks
 * them, runs `ready` (a form's own checks; false stops), opens the backup and hands its contents
 * to `restore`, saying any failure in the form's words.
 */
function useBackupOpening(initialFile: File | null | undefined) {
  const [file, setFile] = useState<File | null>(initialFile ?? null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');

  async function submit(event: Event, ready: () => Promise<boolean>, restore: (contents: Contents) => Promise<void>) {
    event.preventDefault();
    if (busy) return;
    if (!file) return setFailure(t('vault_restore_choose_file'));
    if (!passphrase) return setFailure(t('vault_error_enter_passphrase'));
    setBusy(true);
    setFailure('');
    try {
      if (!(await ready())) return;
      const opened = await openBackup(file, passphrase);
      if (!opened.ok) return setFailure(opened.message);
      await restore(opened.contents);
    } catch {
      setFailure(t('vault_error_unexpected'));
    } finally {
      setBusy(false);
    }
  }

  return { file, setFile, passphrase, setPassphrase, busy, failure, setFailure, submit };
}

export function RestoreForm({ unlocked, onDone, onCancel, initialFile }: { unlocked: UnlockedKey; onDone: (message: string) => void; onCancel: () => void; initialFile?: File | null }) {
  const { file, setFile, passphrase, setPassphrase, busy, failure, setFailure, submit: submitWith } = useBackupOpening(initialFile);

  const submit = (event: Event) =>
    submitWith(
      event,
      () => Promise.resolve(true),
      async (contents) => {
        const done = await restoreInto(unlocked, contents);
        if (done === null) return setFailure(t('vault_restore_refused'));
        setPassphrase('');
        onDone(done);
      },
    );

  return (
    <form class="vault-card vault-restore" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="vault-restore-title">
      <h3 id="vault-restore-title">{t('vault_restore_title')}</h3>
      <p>{t('vault_restore_intro')}</p>
      <BackupFileField file={file} onFile={setFile} busy={busy} />
      <PassphraseField label={t('vault_backup_passphrase')} value={passphrase} onInput={setPassphrase} autoComplete="current-password" disabled={busy} />
      <FormEnd busy={busy} working={t('vault_restore_working')} failure={failure} submit={t('vault_restore')} onCancel={onCancel} />
    </form>
  );
}

/**
 * First run, "Restore backup" beside "Create vault" (issue 20, item 3): the backup is opened and
 * checked first (a wrong passphrase or another kind of file changes nothing), then the vault
 * passphrase is set (the key pair rotates as for "Create vault") and the backup restored into it.
 */
export function FirstRunRestoreForm({ initialFile, onDone, onCancel }: { initialFile?: File | null; onDone: (key: UnlockedKey, message: string) => void; onCancel: () => void }) {
  const { file, setFile, passphrase: backupPassphrase, setPassphrase: setBackupPassphrase, busy, failure, submit: submitWith } = useBackupOpening(initialFile);
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ next?: string; confirmation?: string }>({});

  const submit = (event: Event) =>
    submitWith(
      event,
      async () => {
        const found = await checkNewPassphrase(next, confirmation);
        setErrors(found);
        return !found.next && !found.confirmation;
      },
      async (contents) => {
        const key = await pageVault().setPassphrase(next, { share: shareUnlock });
        setBackupPassphrase('');
        setNext('');
        setConfirmation('');
        const done = await restoreInto(key, contents);
        onDone(key, done === null ? t('vault_first_restore_refused') : `${t('vault_created')} ${done}`);
      },
    );

  return (
    <form class="vault-card vault-restore vault-setup" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="vault-first-restore-title">
      <h3 id="vault-first-restore-title">{t('vault_first_restore_title')}</h3>
      <p>{t('vault_first_restore_intro')}</p>
      <BackupFileField file={file} onFile={setFile} busy={busy} />
      <PassphraseField label={t('vault_backup_passphrase')} value={backupPassphrase} onInput={setBackupPassphrase} autoComplete="current-password" disabled={busy} />
      <NewPassphraseFields
        labels={{ next: t('vault_new_passphrase'), confirmation: t('vault_confirm_passphrase') }}
        next={next}
        confirmation={confirmation}
        onNext={setNext}
        onConfirmation={setConfirmation}
        errors={errors}
        disabled={busy}
      />
      <p class="vault-hint">{t('vault_no_recovery')}</p>
      <FormEnd busy={busy} working={t('vault_restore_working')} failure={failure} submit={t('vault_first_restore_submit')} onCancel={onCancel} />
    </form>
  );
}
