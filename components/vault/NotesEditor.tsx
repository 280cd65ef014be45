/**
 * A record's label and note, and the name of its store (shared by every record of that store
 * hash; an account-level record has no store, so no store name). Kept in clear next to the vault
 * so search works while locked: the hint says so.
 */
import { useId, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { LABEL_MAX, NOTE_MAX, STORE_NAME_MAX, type RecordNotes } from '../../utils/vault/annotations';

export function NotesEditor(props: {
  nameId: string;
  notes: RecordNotes | undefined;
  /** null: the record has no store (account-level), and the store-name field is not shown. */
  storeHash: string | null;
  storeName: string | undefined;
  onSave: (notes: RecordNotes, storeName: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [label, setLabel] = useState(props.notes?.label ?? '');
  const [note, setNote] = useState(props.notes?.note ?? '');
  const [storeName, setStoreName] = useState(props.storeName ?? '');
  const [busy, setBusy] = useState(false);
  const id = useId();

  return (
    <form
      class="vault-notes"
      aria-labelledby={props.nameId}
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        try {
          await props.onSave({ label, note }, storeName);
        } finally {
          setBusy(false);
        }
      }}
    >
      <p id={`${id}-hint`} class="vault-hint">
        {t('vault_notes_hint')}
      </p>
      <div class="vault-field">
        <label for={`${id}-label`}>{t('vault_notes_label')}</label>
        <input id={`${id}-label`} value={label} maxLength={LABEL_MAX} onInput={(e) => setLabel(e.currentTarget.value)} aria-describedby={`${id}-hint`} disabled={busy} autoFocus />
      </div>
      <div class="vault-field">
        <label for={`${id}-note`}>{t('vault_notes_note')}</label>
        <textarea id={`${id}-note`} value={note} maxLength={NOTE_MAX} rows={3} onInput={(e) => setNote(e.currentTarget.value)} disabled={busy} />
      </div>
      {props.storeHash !== null && (
        <div class="vault-field">
          <label for={`${id}-store`}>{t('vault_notes_store_name', props.storeHash)}</label>
          <input id={`${id}-store`} value={storeName} maxLength={STORE_NAME_MAX} onInput={(e) => setStoreName(e.currentTarget.value)} disabled={busy} />
        </div>
      )}
      <div class="vault-actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('vault_notes_save')}
        </button>
        <button type="button" onClick={props.onCancel} disabled={busy}>
          {t('vault_cancel')}
        </button>
      </div>
    </form>
  );
}
