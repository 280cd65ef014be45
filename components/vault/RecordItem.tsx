/**
 * One captured credential. The header (name, store, date, token type, scopes, flags) is readable
 * while locked; the actions appear only once the vault is unlocked in this page. No secret value
 * is ever rendered: actions open the record on click and hand the result to a download or the
 * clipboard.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ExportExtension } from '../../utils/export';
import { t } from '../../utils/i18n';
import type { RecordV1 } from '../../utils/vault';
import { describeFlags, describeScopes, describeTokenType, formatDate } from './record-text';
import type { RecordHealth } from './open-records';

export interface RecordActions {
  download: (record: RecordV1, ext: ExportExtension) => void;
  copyToken: (record: RecordV1) => void;
  remove: (record: RecordV1) => Promise<void>;
}

/** Archived from the list page (its account was gone); undone here, no passphrase needed. */
export interface ArchiveState {
  archived: boolean;
  toggle(): void;
}

export function RecordItem({ record, health, actions, archive }: { record: RecordV1; health: RecordHealth | null; actions: RecordActions | null; archive?: ArchiveState }) {
  const { header } = record;
  const nameId = useId();
  const flags = describeFlags(header.flags);
  const scopes = describeScopes(header.scopes);
  const altered = health === 'altered';

  return (
    <li class={`vault-record${altered ? ' vault-record--altered' : ''}`} aria-labelledby={nameId}>
      <div class="vault-record-head">
        <h4 id={nameId} class="vault-record-name">
          {header.name}
        </h4>
        <span class="vault-chip">{describeTokenType(header.tokenType)}</span>
        {archive?.archived && <span class="vault-chip">{t('vault_archived')}</span>}
      </div>
      <dl class="vault-record-meta">
        <div>
          <dt>{t('vault_meta_store')}</dt>
          <dd>
            <code>{header.storeHash}</code>
          </dd>
        </div>
        <div>
          <dt>{t('vault_meta_captured')}</dt>
          <dd>
            <time dateTime={header.capturedAt}>{formatDate(header.capturedAt)}</time>
          </dd>
        </div>
      </dl>
      {flags.length > 0 && (
        <ul class="vault-flags" aria-label={t('vault_flags_label')}>
          {flags.map((f) => (
            <li key={f.flag} class={`vault-flag vault-flag--${f.tone}`}>
              {f.text}
            </li>
          ))}
        </ul>
      )}
      {scopes.length > 0 ? (
        <details class="vault-scopes">
          <summary>{t('vault_scopes_summary', scopes.length)}</summary>
          <ul>
            {scopes.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </details>
      ) : (
        <p class="vault-hint">{Object.keys(header.scopes).length > 0 ? t('vault_scopes_none_granted') : t('vault_scopes_not_recorded')}</p>
      )}
      {altered && (
        <p class="vault-altered" role="alert">
          {t('vault_record_altered')}
        </p>
      )}
      {archive?.archived && (
        <p class="vault-hint">
          {t('vault_archived_hint')}{' '}
          <button type="button" aria-describedby={nameId} onClick={archive.toggle}>
            {t('vault_unarchive')}
          </button>
        </p>
      )}
      {actions && <Actions record={record} nameId={nameId} altered={altered} actions={actions} />}
    </li>
  );
}

function Actions({ record, nameId, altered, actions }: { record: RecordV1; nameId: string; altered: boolean; actions: RecordActions }) {
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const confirmId = useId();
  const wasConfirming = useRef(false);

  // Focus follows the step: Cancel (the safe choice) when asked, back to Delete when cancelled.
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (wasConfirming.current) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (confirming) {
    return (
      <div class="vault-confirm" role="group" aria-labelledby={confirmId}>
        <p id={confirmId}>
          <strong>{t('vault_delete_question')}</strong> {t('vault_delete_detail')}
        </p>
        <div class="vault-record-actions">
          <button
            type="button"
            class="danger-solid"
            disabled={deleting}
            aria-describedby={nameId}
            onClick={async () => {
              setDeleting(true);
              try {
                await actions.remove(record);
              } finally {
                setDeleting(false);
              }
            }}
          >
            {t('vault_delete')}
          </button>
          <button type="button" ref={cancelButton} disabled={deleting} onClick={() => setConfirming(false)}>
            {t('vault_cancel')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div class="vault-record-actions" role="group" aria-label={t('vault_actions_for', record.header.name)}>
      {!altered && (
        <>
          <button type="button" aria-describedby={nameId} onClick={() => actions.download(record, 'txt')}>
            {t('vault_download_txt')}
          </button>
          <button type="button" aria-describedby={nameId} onClick={() => actions.download(record, 'json')}>
            {t('vault_download_json')}
          </button>
          <button type="button" aria-describedby={nameId} onClick={() => actions.download(record, 'env')}>
            {t('vault_download_env')}
          </button>
          <button type="button" aria-describedby={nameId} onClick={() => actions.copyToken(record)}>
            {t('vault_copy_token')}
          </button>
        </>
      )}
      <button type="button" class="danger" ref={deleteButton} aria-describedby={nameId} onClick={() => setConfirming(true)}>
        {t('vault_delete')}
      </button>
    </div>
  );
}
