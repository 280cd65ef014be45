/**
 * The integrator's side of the hand-off, in the unlocked vault: "Hand-off keys" (create, import,
 * copy the public key, download the key file), "Request credentials" (a preset link carrying one
 * of the keys, and a message to paste) and "Open sealed files" (.age files sealed to a key,
 * imported as records). Mounted by the vault section only while it is unlocked: it needs the
 * unlocked key to open identities, and the identities stay in this page's memory only while used.
 */
import { useCallback, useEffect, useId, useState } from 'preact/hooks';
import { downloadText } from '../../utils/download';
import { t } from '../../utils/i18n';
import type { Preset } from '../../utils/presets/types';
import { HANDOFF_KEY_NAME_MAX, openHandoffKey, type StoredHandoffKey, type UnlockedKey, type VaultRecord } from '../../utils/vault';
import { pageVault } from '../vault/page-vault';
import { OpenSealed } from './OpenSealed';
import { RequestForm } from './RequestForm';
import './handoff.css';

export interface HandoffSectionProps {
  unlocked: UnlockedKey;
  records: readonly VaultRecord[];
  presets: readonly Preset[];
  onRecordsChanged: () => void;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function HandoffSection({ unlocked, records, presets, onRecordsChanged }: HandoffSectionProps) {
  const [keys, setKeys] = useState<StoredHandoffKey[]>([]);
  const [status, setStatus] = useState('');
  const reload = useCallback(async () => {
    try {
      setKeys((await pageVault().handoffKeys()).keys);
    } catch {
      setKeys([]);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  return (
    <>
      <section class="vault-card handoff-keys" aria-labelledby="handoff-keys-title">
        <h3 id="handoff-keys-title">{t('handoff_keys_title')}</h3>
        <p>{t('handoff_keys_intro')}</p>
        <p class="vault-status" role="status">
          {status}
        </p>
        {keys.length > 0 && (
          <ul class="handoff-key-list" aria-label={t('handoff_keys_title')}>
            {keys.map((k) => (
              <KeyItem key={k.id} entry={k} unlocked={unlocked} onStatus={setStatus} onDeleted={() => void reload()} />
            ))}
          </ul>
        )}
        <CreateKeyForm onStatus={setStatus} onAdded={() => void reload()} />
        <ImportKeyFile onStatus={setStatus} onAdded={() => void reload()} />
      </section>
      <RequestForm keys={keys} presets={presets} />
      <OpenSealed keys={keys} unlocked={unlocked} records={records} onImported={onRecordsChanged} />
    </>
  );
}

function KeyItem({ entry, unlocked, onStatus, onDeleted }: { entry: StoredHandoffKey; unlocked: UnlockedKey; onStatus: (s: string) => void; onDeleted: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const nameId = useId();
  const download = async () => {
    try {
      const { keyFileName, keyFileText } = await import('../../utils/handoff/keys');
      const identity = await openHandoffKey(unlocked, entry);
      const name = keyFileName(entry.name);
      downloadText(name, keyFileText({ identity, recipient: entry.recipient, name: entry.name, createdAt: entry.createdAt }), 'text/plain');
      onStatus(t('handoff_key_downloaded', name));
    } catch {
      onStatus(t('handoff_key_unreadable', entry.name));
    }
  };
  const remove = async () => {
    await pageVault().deleteHandoffKey(entry.id);
    onStatus(t('handoff_key_deleted', entry.name));
    onDeleted();
  };
  return (
    <li class="handoff-key" data-recipient={entry.recipient}>
      <p>
        <strong id={nameId}>{entry.name}</strong>
      </p>
      <p class="vault-hint">{t('handoff_key_public')}</p>
      <code class="handoff-recipient">{entry.recipient}</code>
      <div class="vault-actions">
        <button type="button" aria-describedby={nameId} onClick={() => void copyText(entry.recipient).then((ok) => onStatus(ok ? t('handoff_key_copied', entry.name) : t('handoff_copy_failed')))}>
          {t('handoff_key_copy')}
        </button>
        <button type="button" aria-describedby={`${nameId} ${nameId}-warn`} onClick={() => void download()}>
          {t('handoff_key_download')}
        </button>
        {confirming ? (
          <>
            <button type="button" class="danger" aria-describedby={nameId} onClick={() => void remove()}>
              {t('handoff_key_delete_confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('vault_cancel')}
            </button>
          </>
        ) : (
          <button type="button" aria-describedby={nameId} onClick={() => setConfirming(true)}>
            {t('handoff_key_delete')}
          </button>
        )}
      </div>
      <p id={`${nameId}-warn`} class="vault-hint">
        {confirming ? t('handoff_key_delete_warning') : t('handoff_key_download_warning')}
      </p>
    </li>
  );
}

function CreateKeyForm({ onStatus, onAdded }: { onStatus: (s: string) => void; onAdded: () => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  const submit = async (e: Event) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > HANDOFF_KEY_NAME_MAX || /[\p{Cc}\u2028\u2029]/u.test(trimmed)) {
      setError(t('handoff_key_name_invalid', HANDOFF_KEY_NAME_MAX));
      return;
    }
    setBusy(true);
    setError('');
    try {
      const { createHandoffKey } = await import('../../utils/handoff/keys');
      const made = await createHandoffKey();
      await pageVault().addHandoffKeys([{ ...made, name: trimmed }]);
      setName('');
      onStatus(t('handoff_key_created', trimmed));
      onAdded();
    } catch {
      setError(t('vault_error_unexpected'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="handoff-create" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('handoff_key_create_title')}</h4>
      <div class="vault-field">
        <label for={`${id}-name`}>{t('handoff_key_name')}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={HANDOFF_KEY_NAME_MAX}
          autocomplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        {error && (
          <p id={`${id}-error`} class="vault-field-error">
            {error}
          </p>
        )}
      </div>
      <button type="submit" class="primary" disabled={busy}>
        {t('handoff_key_create')}
      </button>
    </form>
  );
}

function ImportKeyFile({ onStatus, onAdded }: { onStatus: (s: string) => void; onAdded: () => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const id = useId();
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setError('');
    try {
      const { readKeyFile, MAX_KEY_FILE_BYTES } = await import('../../utils/handoff/keys');
      if (file.size > MAX_KEY_FILE_BYTES) return setError(t('handoff_import_key_not_key', file.name));
      const read = await readKeyFile(await file.text());
      if (!read.ok) return setError(read.problem === 'several' ? t('handoff_import_key_several', file.name) : t('handoff_import_key_not_key', file.name));
      const keyName = (name.trim() || file.name.replace(/\.(age-key\.)?txt$|\.key$/i, '')).slice(0, HANDOFF_KEY_NAME_MAX).replace(/[\p{Cc}\u2028\u2029]/gu, ' ').trim() || 'age key';
      const { stored } = await pageVault().addHandoffKeys([{ ...read.key, name: keyName }]);
      if (stored.length === 0) return setError(t('handoff_import_key_duplicate', file.name));
      setName('');
      onStatus(t('handoff_key_imported', keyName));
      onAdded();
    } catch {
      setError(t('vault_error_unexpected'));
    }
  };
  return (
    <div class="handoff-import-key">
      <h4>{t('handoff_import_key_title')}</h4>
      <p class="vault-hint">{t('handoff_import_key_hint')}</p>
      <div class="vault-field">
        <label for={`${id}-name`}>{t('handoff_key_name')}</label>
        <input id={`${id}-name`} value={name} maxLength={HANDOFF_KEY_NAME_MAX} autocomplete="off" onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      <label class="button vault-file-button" for={`${id}-file`}>
        {t('handoff_import_key')}
      </label>
      <input id={`${id}-file`} class="visually-hidden" type="file" onChange={(e) => void importFile(e.currentTarget)} />
      {error && (
        <p class="vault-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
