/**
 * The options page's vault section: a small state machine over what the vault is and what this
 * page holds.
 *   loading → error | setup (no passphrase yet) | locked | unlocked
 * Headers are in clear, so the list shows in every state; the unlocked key lives in this
 * component's state and, shared with the other vault pages, in storage.session
 * (use-auto-lock.ts): it is dropped on Lock (here, in another vault page or in the popup) and
 * after the idle time the user chose.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { autoClearClipboard, CLIPBOARD_CLEAR_MS } from '../../utils/clipboard';
import { downloadBytes } from '../../utils/download';
import { handoffFile } from '../../utils/handoff/file';
import { HandoffSection } from '../handoff/HandoffSection';
import { t, tp } from '../../utils/i18n';
import { allPresets, watchCustomPresets } from '../../utils/presets/store';
import type { Preset } from '../../utils/presets/types';
import type { VaultRecord, UnlockedKey } from '../../utils/vault';
import { BackupForm, FirstRunRestoreForm, RestoreForm } from './BackupForms';
import { onRestoreRequest } from './misplaced-file';
import { listWindow, LIST_PAGE, searchIndex, searchRecords } from './record-filter';
import { announceRecordsChanged } from '../../utils/vault/events';
import { useVaultRefresh } from './use-vault-refresh';
import { useMountedRows } from './use-mounted-rows';
import { isArchived } from '../../utils/vault/annotations';
import { recipientLabel } from '../../utils/vault/handoff-recipients';
import { listSightings, watchSightings, type ListSighting } from '../../utils/list-sightings';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { describeError, formatDate } from './record-text';
import { ImportTxt } from './ImportTxt';
import { checkRecord, downloadRecord, withOpened, type RecordHealth } from './open-records';
import { loadSnapshot, pageVault, type VaultSnapshot } from './page-vault';
import { ProblemItem } from './ProblemItem';
import { RecordItem, type CopyField, type RecordActions } from './RecordItem';
import { RescueSection } from './RescueSection';
import { SetupForm } from './SetupForm';
import { UnlockForm } from './UnlockForm';
import { IdleLockSetting } from './IdleLockSetting';
import { useSharedUnlock } from './use-auto-lock';
import { clearSession } from '../../utils/vault-session';
import { useNoticeLink } from './use-notice-link';
import './vault.css';

/** A record's health is per sealed version: a key rotation re-seals it under the same id (the
 *  list may still hold the version from before the rotation when the new key arrives). */
function healthKey(r: VaultRecord): string {
  return `${r.header.recordId}|${r.enc}`;
}

/** How long the shown list must stay the same before its records are opened for the altered check. */
const HEALTH_SETTLE_MS = 250;

type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; snapshot: VaultSnapshot };

export function VaultSection() {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [key, setKey] = useState<UnlockedKey | null>(null);
  const [health, setHealth] = useState<ReadonlyMap<string, RecordHealth>>(new Map());
  const [status, setStatus] = useState('');
  const [panel, setPanel] = useState<'none' | 'change' | 'backup' | 'restore'>('none');
  /** A backup another import recognised and handed over (issue 20, item 3), for "Restore backup". */
  const [restoreFile, setRestoreFile] = useState<File | null>(null);
  /** First run: "Create vault" (false) or "Restore backup" (true). */
  const [firstRestore, setFirstRestore] = useState(false);
  const [query, setQuery] = useState('');
  /** How many of the (filtered) records the list renders; a new query starts again at one page. */
  const [limit, setLimit] = useState(LIST_PAGE);
  const [presets, setPresets] = useState<readonly Preset[]>([]);
  const [sightings, setSightings] = useState<Readonly<Record<string, ListSighting>>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  /** The record a capture notice's button opened this page for. */
  const shownRecord = useNoticeLink(setStatus);
  const keyRef = useRef<UnlockedKey | null>(null);
  keyRef.current = key;

  const clipboard = useMemo(
    () => autoClearClipboard({ onCleared: () => setStatus(t('vault_clipboard_cleared')), onReplaced: () => setStatus(t('vault_clipboard_left')) }),
    [],
  );

  useEffect(() => {
    const load = () => void allPresets().then(setPresets, () => setPresets([]));
    load();
    return watchCustomPresets(load);
  }, []);
  useEffect(() => () => clipboard.dispose(), [clipboard]);
  // What each store's API account list did not show when it was last open (the list page tells the
  // background; archiving happens here, out of the control panel's reach).
  useEffect(() => {
    const load = () => void listSightings().then(setSightings, () => setSightings({}));
    load();
    return watchSightings(load);
  }, []);

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

  useVaultRefresh(refresh);

  const records = load.kind === 'ready' ? load.snapshot.records : [];

  const unlock = (next: UnlockedKey, message: string, focus = true) => {
    // At once, not at the next render: the shared unlock this page just wrote must not be taken
    // again as one from another tab (use-auto-lock.ts).
    keyRef.current = next;
    setKey(next);
    setHealth(new Map());
    checking.current = new Set();
    setStatus(message);
    if (focus) heading.current?.focus();
    void refresh();
  };

  const lock = useCallback((notice: string) => {
    keyRef.current = null;
    setKey(null);
    setHealth(new Map());
    checking.current = new Set();
    setPanel('none');
    setStatus(notice);
  }, []);

  useSharedUnlock({
    held: key,
    heldKeyId: () => keyRef.current?.keyId,
    onShared: (next) => {
      if (keyRef.current?.keyId !== next.keyId) unlock(next, t('vault_unlocked_shared'), false);
    },
    onLocked: (reason) => lock(reason === 'idle' ? t('vault_locked_idle') : t('vault_locked')),
  });

  // A backup given to any import of this page opens "Restore backup" with it chosen: the first-run
  // restore before a passphrase, the restore panel once unlocked (after the unlock when locked).
  const stateRef = useRef<string>('loading');
  useEffect(
    () =>
      onRestoreRequest((file) => {
        setRestoreFile(file);
        if (stateRef.current === 'setup') setFirstRestore(true);
        else setPanel('restore');
        setStatus(stateRef.current === 'locked' ? t('vault_restore_unlock_first', file.name) : t('vault_restore_handed', file.name));
        requestAnimationFrame(() => document.querySelector<HTMLElement>('.vault-restore, .vault-unlock')?.scrollIntoView({ block: 'center' }));
      }),
    [],
  );

  // Kept while the key is (items compare it to know whether to render again).
  const actions: RecordActions | null = useMemo(() => key
    ? {
        download: (record, ext, selection) => {
          void downloadRecord(key, record, ext, selection).then(
            (name) => setStatus(t('vault_downloaded', name)),
            () => setStatus(t('vault_record_altered')),
          );
        },
        copy: (record, field: CopyField) => {
          void withOpened(key, record, async (cred) => {
            if (!cred[field]) return false;
            await clipboard.copy(cred[field]);
            return true;
          }).then(
            (copied) => setStatus(copied ? tp('vault_copied', CLIPBOARD_CLEAR_MS / 1000) : t('vault_copy_empty')),
            () => setStatus(t('vault_copy_failed')),
          );
        },
        // To the key the record names (bound at capture), or one the merchant chose by name in
        // this page (RecordItem's "Choose a key…"): never looked up from the preset at click time.
        handoff: (record, to, selection) => {
          void withOpened(key, record, async (cred) => {
            const file = await handoffFile(cred, to.map((r) => r.recipient), selection);
            downloadBytes(file.name, file.bytes, 'application/octet-stream');
            return file.name;
          }).then(
            (name) => setStatus(t('vault_handoff_done', name, to.map(recipientLabel).join(', '))),
            () => setStatus(t('vault_handoff_failed')),
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
    : null, [key, clipboard, refresh]);

  const removeProblem = async (rowKey: string) => {
    await pageVault().deleteRecord(rowKey);
    announceRecordsChanged();
    setStatus(t('vault_deleted_problem'));
    await refresh();
  };

  const now = new Date();
  const presetById = useMemo(() => new Map(presets.map((p) => [p.id, p])), [presets]);
  const annotations = load.kind === 'ready' ? load.snapshot.annotations : null;
  const lastBackup = load.kind === 'ready' ? load.snapshot.lastBackup : null;
  // Folded once per list (not per keystroke): an agency's vault has thousands of records.
  const index = useMemo(
    () =>
      searchIndex(records, {
        storeName: (hash) => annotations?.stores[hash],
        presetName: (id) => presetById.get(id)?.name,
        label: (recordId) => annotations?.records[recordId]?.label,
      }),
    [records, annotations, presetById],
  );
  const shown = useMemo(() => searchRecords(index, query), [index, query]);
  // Rendered a page at a time (first LIST_PAGE, then "Show more"); search covers every record.
  const { visible: page, hidden, next } = useMemo(() => listWindow(shown, limit), [shown, limit]);
  // Of that page, the rows mounted so far (a few before the results' frame, the rest when idle).
  const rows = useMountedRows(page, (r) => r.header.recordId);
  const visible = useMemo(() => (rows.count < page.length ? page.slice(0, rows.count) : page), [page, rows.count]);

  // Open each record the list shows once after unlock (and each one as it is shown or arrives) to
  // find altered ones; the plaintext is dropped at once. Records not shown are opened when shown,
  // once the list has settled (not between two keystrokes of a search).
  const checking = useRef(new Set<string>());
  useEffect(() => {
    if (!key) return;
    const timer = setTimeout(() => {
      const unchecked = visible.filter((r) => !health.has(healthKey(r)) && !checking.current.has(healthKey(r)));
      if (unchecked.length === 0) return;
      const pending = checking.current;
      for (const r of unchecked) pending.add(healthKey(r));
      void Promise.all(unchecked.map(async (r) => [healthKey(r), await checkRecord(key, r)] as const)).then((entries) => {
        for (const [k] of entries) pending.delete(k);
        if (keyRef.current === key) setHealth((h) => new Map([...h, ...entries]));
      });
    }, HEALTH_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [key, visible, health]);
  // Brought into view once, when the list first shows it.
  const scrolled = useRef(false);
  useEffect(() => {
    if (scrolled.current || !shownRecord || !visible.some((r) => r.header.recordId === shownRecord)) return;
    scrolled.current = true;
    document.querySelector('.vault-record--shown')?.scrollIntoView({ block: 'center' });
  }, [shownRecord, visible]);
  const inLastBackup = new Set(lastBackup?.recordIds ?? []);
  const newerThanBackup = records.filter((r) => !inLastBackup.has(r.header.recordId)).length;

  /** Undoes (or redoes) an archive made from the list page: no passphrase needed, like notes. */
  const toggleArchived = useCallback(async (record: VaultRecord) => {
    const id = record.header.recordId;
    await pageVault().setArchived(id, !(annotations && isArchived(annotations, id)));
    announceRecordsChanged();
    await refresh();
  }, [annotations, refresh]);

  const saveNotes = useCallback(async (record: VaultRecord, notes: { label: string; note: string }, storeName: string) => {
    try {
      await pageVault().setRecordNotes(record.header.recordId, notes);
      // An account-level record has no store to name (its store field is where it is filed).
      if (!record.header.kind && (annotations?.stores[record.header.storeHash] ?? '') !== storeName.trim()) {
        await pageVault().setStoreName(record.header.storeHash, storeName);
      }
      announceRecordsChanged();
      setStatus(t('vault_notes_saved', record.header.name));
      await refresh();
      return true;
    } catch {
      setStatus(t('vault_notes_invalid'));
      return false;
    }
  }, [annotations, refresh]);

  const panelDone = (message: string) => {
    setPanel('none');
    setStatus(message);
    void refresh();
  };

  const state = load.kind !== 'ready' ? load.kind : key ? 'unlocked' : load.snapshot.status.state === 'passphrase' ? 'locked' : 'setup';
  stateRef.current = state;

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
      {state === 'setup' && load.kind === 'ready' && !firstRestore && (
        <SetupForm hasCaptures={records.length > 0} onCreated={(k) => unlock(k, t('vault_created'))} onRestore={() => setFirstRestore(true)} />
      )}
      {state === 'setup' && load.kind === 'ready' && firstRestore && (
        <FirstRunRestoreForm
          key={restoreFile ? `${restoreFile.name}|${restoreFile.lastModified}` : 'none'}
          initialFile={restoreFile}
          onCancel={() => {
            setFirstRestore(false);
            setRestoreFile(null);
          }}
          onDone={(k, message) => {
            setFirstRestore(false);
            setRestoreFile(null);
            unlock(k, message);
          }}
        />
      )}
      {state === 'locked' && <UnlockForm onUnlocked={(k) => unlock(k, t('vault_unlocked'))} />}
      {state === 'unlocked' && (
        <div class="vault-toolbar">
          <p class="vault-hint">{t('vault_unlocked_hint')}</p>
          <IdleLockSetting />
          <div class="vault-actions">
            <button type="button" aria-expanded={panel === 'change'} onClick={() => setPanel((p) => (p === 'change' ? 'none' : 'change'))}>
              {t('vault_change_passphrase')}
            </button>
            <button type="button" aria-expanded={panel === 'backup'} onClick={() => setPanel((p) => (p === 'backup' ? 'none' : 'backup'))}>
              {t('vault_backup_open')}
            </button>
            <button type="button" aria-expanded={panel === 'restore'} onClick={() => setPanel((p) => (p === 'restore' ? 'none' : 'restore'))}>
              {t('vault_restore_open')}
            </button>
            <button type="button" onClick={() => {
                lock(t('vault_locked'));
                void clearSession();
              }}>
              {t('vault_lock')}
            </button>
          </div>
        </div>
      )}
      {state === 'unlocked' && panel === 'change' && (
        <ChangePassphraseForm
          onCancel={() => setPanel('none')}
          onChanged={(k) => {
            setPanel('none');
            unlock(k, t('vault_passphrase_changed'));
          }}
        />
      )}
      {key && panel === 'backup' && <BackupForm unlocked={key} onCancel={() => setPanel('none')} onDone={panelDone} />}
      {key && panel === 'restore' && (
        <RestoreForm
          key={restoreFile ? `${restoreFile.name}|${restoreFile.lastModified}` : 'none'}
          unlocked={key}
          initialFile={restoreFile}
          onCancel={() => {
            setPanel('none');
            setRestoreFile(null);
          }}
          onDone={(message) => {
            setRestoreFile(null);
            panelDone(message);
          }}
        />
      )}
      {/* Captures sealed aside while this vault could not be read, and the way back. */}
      <RescueSection main={state} mainKey={key} onStatus={setStatus} onMoved={() => void refresh()} />

      {load.kind === 'ready' && (
        <>
          <aside class="vault-reminder">
            {/* A preset whose integrator needs the .txt (Modern Retail uploads it) flags its records. */}
            {records.some((r) => r.header.flags.includes('keep-txt')) ? (
              <>
                <strong>{t('vault_txt_reminder_keep_title')}</strong> {t('vault_txt_reminder_keep')}
              </>
            ) : (
              <>
                <strong>{t('vault_txt_reminder_title')}</strong> {t('vault_txt_reminder')}
              </>
            )}
          </aside>
          <div class="vault-list-head">
            <h3>{t('vault_list_title', records.length)}</h3>
            <ImportTxt unlocked={key} records={records} onImported={() => void refresh()} />
          </div>
          {records.length > 0 && (
            <p class="vault-hint vault-backup-line">
              {lastBackup ? t('vault_backup_last', formatDate(lastBackup.at), newerThanBackup) : t('vault_backup_never')}
            </p>
          )}
          {records.length > 1 && (
            <div class="vault-field vault-search">
              <label for="vault-search">{t('vault_search_label')}</label>
              <input id="vault-search" type="search" value={query} onInput={(e) => {
                  setQuery(e.currentTarget.value);
                  setLimit(LIST_PAGE);
                }} aria-describedby="vault-search-count" />
              <p id="vault-search-count" class="vault-hint" aria-live="polite">
                {query.trim() ? t('vault_search_count', shown.length, records.length) : ''}
              </p>
            </div>
          )}
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
              {visible.map((r) => (
                <RecordItem
                  key={r.header.recordId}
                  record={r}
                  health={key ? (health.get(healthKey(r)) ?? null) : null}
                  actions={actions}
                  context={{
                    notes: annotations?.records[r.header.recordId],
                    storeName: r.header.kind ? undefined : annotations?.stores[r.header.storeHash],
                    preset: r.header.presetId ? (presetById.get(r.header.presetId) ?? null) : null,
                    now,
                    saveNotes,
                    archived: annotations ? isArchived(annotations, r.header.recordId) : false,
                    unlistedAt: r.header.kind ? undefined : unlistedAt(sightings, r.header.storeHash, r.header.recordId),
                    toggleArchived,
                    shown: r.header.recordId === shownRecord,
                  }}
                />
              ))}
              {load.snapshot.problems.map((p, i) => (
                <ProblemItem key={p.key ?? `problem-${i}`} problem={p} onDelete={key ? removeProblem : null} />
              ))}
            </ul>
          )}
          {/* Once the page's rows are all mounted: its counts are then true, and it is not pressed
              for you (in view above rows still to come). */}
          {hidden > 0 && visible === page && (
            <ShowMore
              hidden={hidden}
              next={next}
              onMore={() => {
                rows.mountAll();
                setLimit(page.length + next);
              }}
            />
          )}
          {/* The integrator's side (hand-off keys, requests, sealed files) after the merchant's records. */}
          {key && <HandoffSection unlocked={key} records={records} presets={presets} onRecordsChanged={() => void refresh()} />}
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

/** "Show 50 more": a button, also pressed for you when it scrolls into view. */
function ShowMore({ hidden, next, onMore }: { hidden: number; next: number; onMore: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  const more = useRef(onMore);
  more.current = onMore;
  useEffect(() => {
    const target = button.current;
    if (!target || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && more.current());
    observer.observe(target);
    return () => observer.disconnect();
  }, [hidden]);
  return (
    <p class="vault-more">
      <button type="button" ref={button} onClick={onMore}>
        {t('vault_list_more', next, hidden)}
      </button>
    </p>
  );
}

/** When the store's list, last open, did not show this record (ISO), or undefined. */
function unlistedAt(sightings: Readonly<Record<string, ListSighting>>, storeHash: string, recordId: string): string | undefined {
  const seen = sightings[storeHash];
  return seen?.unlisted.includes(recordId) ? new Date(seen.at).toISOString() : undefined;
}

function StateBadge({ state }: { state: 'loading' | 'error' | 'setup' | 'locked' | 'unlocked' }) {
  if (state === 'loading' || state === 'error') return null;
  const text = state === 'unlocked' ? t('vault_state_unlocked') : state === 'locked' ? t('vault_state_locked') : t('vault_state_setup');
  return <span class={`vault-state vault-state--${state}`}>{text}</span>;
}
