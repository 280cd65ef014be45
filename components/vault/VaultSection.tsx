/**
 * The options page's vault section: a small state machine over what the vault is and what this
 * page holds.
 *   loading → error | setup (no passphrase yet) | locked | unlocked
 * Headers are in clear, so the list shows in every state; the unlocked key lives only in this
 * component's state (page memory) and is dropped on Lock, on pagehide and after 5 idle minutes.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { autoClearClipboard, CLIPBOARD_CLEAR_MS } from '../../utils/clipboard';
import { downloadText } from '../../utils/download';
import { fileNameFor, toBigCommerceTxt, toDotEnv, toJson, type ExportCredential, type ExportExtension } from '../../utils/export';
import { t } from '../../utils/i18n';
import type { RecordV1, UnlockedKey } from '../../utils/vault';
import { announceRecordsChanged, onRecordsChanged } from '../../utils/vault/events';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { describeError } from './record-text';
import { ImportTxt } from './ImportTxt';
import { checkRecord, withOpened, type RecordHealth } from './open-records';
import { loadSnapshot, pageVault, type VaultSnapshot } from './page-vault';
import { ProblemItem } from './ProblemItem';
import { RecordItem, type RecordActions } from './RecordItem';
import { useArchived } from './use-archived';
import { SetupForm } from './SetupForm';
import { UnlockForm } from './UnlockForm';
import { useAutoLock } from './use-auto-lock';
import './vault.css';

const EXPORTERS: Readonly<Record<ExportExtension, { render: (c: ExportCredential) => string; type: string }>> = {
  txt: { render: toBigCommerceTxt, type: 'text/plain' },
  json: { render: toJson, type: 'application/json' },
  env: { render: toDotEnv, type: 'text/plain' },
};

type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; snapshot: VaultSnapshot };

export function VaultSection() {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const { archived, toggle: toggleArchived } = useArchived();
  const [key, setKey] = useState<UnlockedKey | null>(null);
  const [health, setHealth] = useState<ReadonlyMap<string, RecordHealth>>(new Map());
  const [status, setStatus] = useState('');
  const [changing, setChanging] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const keyRef = useRef<UnlockedKey | null>(null);
  keyRef.current = key;

  const clipboard = useMemo(() => autoClearClipboard({ onCleared: () => setStatus(t('vault_clipboard_cleared')) }), []);
  useEffect(() => () => clipboard.dispose(), [clipboard]);

  const refresh = useCallback(async () => {
    try {
      const snapshot = await loadSnapshot();
      setLoad({ kind: 'ready', snapshot });
      const current = keyRef.current;
      // A vault replaced underneath (another key id) can no longer be served by this key.
      if (current && (snapshot.status.state !== 'passphrase' || snapshot.status.keyId !== current.keyId)) {
        setKey(null);
        setHealth(new Map());
      }
    } catch (error) {
      setLoad({ kind: 'error', message: describeError(error) });
    }
  }, []);

  useEffect(() => {
    void refresh();
    const unsubscribe = onRecordsChanged(() => void refresh());
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  const records = load.kind === 'ready' ? load.snapshot.records : [];

  // Open every record once after unlock (and each new one as it arrives) to find altered ones;
  // the plaintext is dropped at once.
  useEffect(() => {
    if (!key) return;
    const unchecked = records.filter((r) => !health.has(r.header.recordId));
    if (unchecked.length === 0) return;
    let cancelled = false;
    void Promise.all(unchecked.map(async (r) => [r.header.recordId, await checkRecord(key, r)] as const)).then((entries) => {
      if (!cancelled && keyRef.current === key) setHealth((h) => new Map([...h, ...entries]));
    });
    return () => {
      cancelled = true;
    };
  }, [key, records, health]);

  const unlock = (next: UnlockedKey, message: string) => {
    setKey(next);
    setHealth(new Map());
    setStatus(message);
    heading.current?.focus();
    void refresh();
  };

  const lock = useCallback((notice: string) => {
    setKey(null);
    setHealth(new Map());
    setChanging(false);
    setStatus(notice);
  }, []);

  useAutoLock(key !== null, (reason) => lock(reason === 'idle' ? t('vault_locked_idle') : t('vault_locked')));

  const actions: RecordActions | null = key
    ? {
        download: (record, ext) => {
          void withOpened(key, record, (cred) => {
            const name = fileNameFor(cred, ext);
            downloadText(name, EXPORTERS[ext].render(cred), EXPORTERS[ext].type);
            return name;
          }).then(
            (name) => setStatus(t('vault_downloaded', name)),
            () => setStatus(t('vault_record_altered')),
          );
        },
        copyToken: (record) => {
          void withOpened(key, record, async (cred) => {
            if (!cred.accessToken) return false;
            await clipboard.copy(cred.accessToken);
            return true;
          }).then(
            (copied) => setStatus(copied ? t('vault_copied', CLIPBOARD_CLEAR_MS / 1000) : t('vault_copy_no_token')),
            () => setStatus(t('vault_copy_failed')),
          );
        },
        remove: async (record) => {
          try {
            await pageVault().deleteRecord(record.header.recordId);
            announceRecordsChanged();
            setStatus(t('vault_deleted', record.header.name));
            heading.current?.focus();
          } catch (error) {
            setStatus(describeError(error));
          }
          await refresh();
        },
      }
    : null;

  const removeProblem = async (rowKey: string) => {
    await pageVault().deleteRecord(rowKey);
    announceRecordsChanged();
    setStatus(t('vault_deleted_problem'));
    await refresh();
  };

  const state = load.kind !== 'ready' ? load.kind : key ? 'unlocked' : load.snapshot.status.state === 'passphrase' ? 'locked' : 'setup';

  return (
    <section class="vault" aria-labelledby="vault-heading" aria-busy={load.kind === 'loading'}>
      <header class="vault-header">
        <div>
          <h2 id="vault-heading" ref={heading} tabIndex={-1}>
            {t('vault_title')}
          </h2>
          <p class="vault-lede">{t('vault_lede')}</p>
        </div>
        <StateBadge state={state} />
      </header>

      <p class="vault-status" role="status">
        {status}
      </p>

      {load.kind === 'loading' && <p class="vault-card vault-loading">{t('vault_loading')}</p>}
      {load.kind === 'error' && (
        <div class="vault-card vault-banner--error" role="alert">
          <p>{t('vault_load_failed', load.message)}</p>
          <button type="button" onClick={() => void refresh()}>
            {t('vault_try_again')}
          </button>
        </div>
      )}
      {state === 'setup' && load.kind === 'ready' && (
        <SetupForm hasCaptures={records.length > 0} onCreated={(k) => unlock(k, t('vault_created'))} />
      )}
      {state === 'locked' && <UnlockForm onUnlocked={(k) => unlock(k, t('vault_unlocked'))} />}
      {state === 'unlocked' && (
        <div class="vault-toolbar">
          <p class="vault-hint">{t('vault_unlocked_hint')}</p>
          <div class="vault-actions">
            <button type="button" aria-expanded={changing} onClick={() => setChanging((c) => !c)}>
              {t('vault_change_passphrase')}
            </button>
            <button type="button" onClick={() => lock(t('vault_locked'))}>
              {t('vault_lock')}
            </button>
          </div>
        </div>
      )}
      {state === 'unlocked' && changing && (
        <ChangePassphraseForm
          onCancel={() => setChanging(false)}
          onChanged={(k) => {
            setChanging(false);
            unlock(k, t('vault_passphrase_changed'));
          }}
        />
      )}

      {load.kind === 'ready' && (
        <>
          <aside class="vault-reminder">
            <strong>{t('vault_txt_reminder_title')}</strong> {t('vault_txt_reminder')}
          </aside>
          <div class="vault-list-head">
            <h3>{t('vault_list_title', records.length)}</h3>
            <ImportTxt unlocked={key} records={records} onImported={() => void refresh()} />
          </div>
          {records.length > 0 && !key && (
            <p class="vault-hint">{state === 'locked' ? t('vault_list_locked_hint') : t('vault_list_setup_hint')}</p>
          )}
          {records.length === 0 && load.snapshot.problems.length === 0 ? (
            <div class="vault-empty">
              <p>
                <strong>{t('vault_empty_title')}</strong>
              </p>
              <p class="vault-hint">{t('vault_empty_detail')}</p>
            </div>
          ) : (
            <ul class="vault-list" aria-label={t('vault_list_label')}>
              {records.map((r) => (
                <RecordItem
                  key={r.header.recordId}
                  record={r}
                  health={key ? (health.get(r.header.recordId) ?? null) : null}
                  actions={actions}
                  archive={{ archived: archived.has(r.header.recordId), toggle: () => void toggleArchived(r.header.recordId) }}
                />
              ))}
              {load.snapshot.problems.map((p, i) => (
                <ProblemItem key={p.key ?? `problem-${i}`} problem={p} onDelete={key ? removeProblem : null} />
              ))}
            </ul>
          )}
          <details class="vault-about">
            <summary>{t('vault_about_title')}</summary>
            <p>{t('vault_about_sealed')}</p>
            <p>{t('vault_about_passphrase')}</p>
            <p>{t('vault_about_clipboard')}</p>
            <p>{t('vault_about_limits')}</p>
          </details>
        </>
      )}
    </section>
  );
}

function StateBadge({ state }: { state: 'loading' | 'error' | 'setup' | 'locked' | 'unlocked' }) {
  if (state === 'loading' || state === 'error') return null;
  const text = state === 'unlocked' ? t('vault_state_unlocked') : state === 'locked' ? t('vault_state_locked') : t('vault_state_setup');
  return <span class={`vault-state vault-state--${state}`}>{text}</span>;
}
