/**
 * The rescue vault, shown only while it holds something: why it exists, what it holds (names,
 * store or account, capture dates: headers are in clear, no key needed), and the way back.
 *   main vault unlocked → "Move into vault" (utils/vault/rescue-move.ts);
 *   main vault without passphrase or locked → asks for that first, above;
 *   main vault unreadable too → a "Download .txt" per record, through the same export path as
 *   the vault's own records, so nothing depends on a newer version.
 * Values are never shown here; an altered record is marked and kept.
 */
import { useCallback, useState } from 'preact/hooks';
import { t, tp } from '../../utils/i18n';
import type { UnlockedKey, VaultRecord } from '../../utils/vault';
import { announceRecordsChanged } from '../../utils/vault/events';
import { useVaultRefresh } from './use-vault-refresh';
import { moveRescueRecords } from '../../utils/vault/rescue-move';
import { downloadRecord } from './open-records';
import { pageVault } from './page-vault';
import { describeError, describeRescueMove, formatDate } from './record-text';
import { RecordHome } from './RecordItem';
import { loadRescueSnapshot, pageRescueVault, type RescueSnapshot } from './rescue-vault';

export type MainVaultState = 'loading' | 'error' | 'setup' | 'locked' | 'unlocked';

export function RescueSection({
  main,
  mainKey,
  onStatus,
  onMoved,
}: {
  main: MainVaultState;
  mainKey: UnlockedKey | null;
  onStatus: (message: string) => void;
  /** The main vault's records changed: its list is read again. */
  onMoved: () => void;
}) {
  const [snapshot, setSnapshot] = useState<RescueSnapshot | null>(null);
  const [altered, setAltered] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setSnapshot(await loadRescueSnapshot());
    } catch {
      // Reading the rescue vault must never take the main vault's section down with it.
      setSnapshot(null);
    }
  }, []);

  useVaultRefresh(refresh);

  if (!snapshot) return null;
  const { records, problems, status } = snapshot;
  // Only a vault without passphrase opens with its device key; the rescue vault never gets one.
  const opensHere = status?.state === 'device';

  const move = async () => {
    if (!mainKey) return;
    setBusy(true);
    try {
      const outcome = await moveRescueRecords(pageRescueVault(), pageVault(), mainKey);
      setAltered(new Set(outcome.altered.map((a) => a.recordId)));
      onStatus(describeRescueMove(outcome));
      // This page's list and any other open vault page show the moved records.
      onMoved();
      announceRecordsChanged();
    } catch (error) {
      onStatus(describeError(error));
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  const download = async (record: VaultRecord) => {
    try {
      const key = await pageRescueVault().unlockWithDeviceKey();
      onStatus(t('vault_downloaded', await downloadRecord(key, record, 'txt', 'all')));
    } catch {
      setAltered((a) => new Set([...a, record.header.recordId]));
      onStatus(t('vault_record_altered'));
    }
  };

  return (
    <section class="vault-card vault-rescue" aria-labelledby="vault-rescue-title">
      <h3 id="vault-rescue-title">{t('vault_rescue_title')}</h3>
      <p>{t('vault_rescue_why')}</p>
      <p>
        <strong>{t('vault_rescue_count', records.length)}</strong>
      </p>
      {records.length > 0 && (
        <ul class="vault-rescue-list" aria-label={t('vault_rescue_list_label')}>
          {records.map((r) => (
            <RescueItem
              key={r.header.recordId}
              record={r}
              altered={altered.has(r.header.recordId)}
              onDownload={main === 'error' && opensHere ? () => void download(r) : null}
            />
          ))}
        </ul>
      )}
      {problems.length > 0 && <p class="vault-hint">{tp('vault_rescue_problems', problems.length)}</p>}
      <RescueWayBack main={main} opensHere={opensHere} busy={busy} canMove={records.length > 0} onMove={() => void move()} />
    </section>
  );
}

function RescueWayBack({ main, opensHere, busy, canMove, onMove }: { main: MainVaultState; opensHere: boolean; busy: boolean; canMove: boolean; onMove: () => void }) {
  if (!opensHere) return <p class="vault-hint">{t('vault_rescue_key_unreadable')}</p>;
  if (main === 'error') return <p class="vault-banner--error">{t('vault_rescue_main_unreadable')}</p>;
  if (main === 'setup') return <p class="vault-hint">{t('vault_rescue_need_setup')}</p>;
  if (main === 'locked') return <p class="vault-hint">{t('vault_rescue_need_unlock')}</p>;
  if (main !== 'unlocked' || !canMove) return null;
  return (
    <>
      <p class="vault-hint">{t('vault_rescue_move_hint')}</p>
      <div class="vault-actions">
        <button type="button" class="primary" disabled={busy} onClick={onMove}>
          {busy ? t('vault_rescue_moving') : t('vault_rescue_move')}
        </button>
      </div>
    </>
  );
}

function RescueItem({ record, altered, onDownload }: { record: VaultRecord; altered: boolean; onDownload: (() => void) | null }) {
  const { header } = record;
  const nameId = `rescue-${header.recordId}`;
  return (
    <li class={`vault-record${altered ? ' vault-record--altered' : ''}`} aria-labelledby={nameId}>
      <div class="vault-record-head">
        <h4 id={nameId} class="vault-record-name">
          {header.name}
        </h4>
        {altered && <span class="vault-chip">{t('vault_rescue_altered_chip')}</span>}
      </div>
      <dl class="vault-record-meta">
        <RecordHome header={header} />
        <div>
          <dt>{t('vault_meta_captured')}</dt>
          <dd>
            <time dateTime={header.capturedAt}>{formatDate(header.capturedAt)}</time>
          </dd>
        </div>
      </dl>
      {onDownload && !altered && (
        <div class="vault-record-actions">
          <button type="button" aria-describedby={nameId} onClick={onDownload}>
            {t('vault_download_txt')}
          </button>
        </div>
      )}
    </li>
  );
}
