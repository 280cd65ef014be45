/**
 * How many credentials the vault holds. Reads only the records' headers (never secrets) from the
 * extension's IndexedDB, which the popup, as an extension page, can open itself.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, tp } from '../../utils/i18n';
import { IdbVaultStorage, Vault } from '../../utils/vault';
import { clearSession, readSession, watchSession } from '../../utils/vault-session';

type Count = { kind: 'loading' } | { kind: 'ready'; records: number; unreadable: number; passphrase: boolean } | { kind: 'error' };

async function countRecords(): Promise<Count> {
  const storage = new IdbVaultStorage();
  try {
    const vault = new Vault(storage);
    const [{ headers, problems }, status] = await Promise.all([vault.listHeaders(), vault.status()]);
    return { kind: 'ready', records: headers.length, unreadable: problems.length, passphrase: status.state === 'passphrase' };
  } finally {
    // Release the database at once, so a newer extension version never waits on the popup.
    storage.close();
  }
}

function countText(count: Count): string {
  if (count.kind === 'loading') return t('popup_vault_loading');
  if (count.kind === 'error') return t('popup_vault_error');
  if (count.records === 0) return t('popup_vault_empty');
  return tp('popup_vault_saved', count.records);
}

export function VaultCount({ inTab }: { inTab: boolean }) {
  const [count, setCount] = useState<Count>({ kind: 'loading' });
  /** Whether the vault is unlocked (in every vault page: docs/vault-design.md §12); null while unknown. */
  const [unlocked, setUnlocked] = useState<boolean | null>(null);

  useEffect(() => {
    countRecords().then(setCount, () => setCount({ kind: 'error' }));
  }, []);
  useEffect(() => {
    // Read, not merely watched: an unlock past its idle time is removed by this read.
    const check = () => void readSession().then((s) => setUnlocked(s !== null), () => setUnlocked(false));
    check();
    return watchSession(check);
  }, []);

  async function openVault() {
    // The options page holds the vault; openOptionsPage focuses it if it is already open.
    await browser.runtime.openOptionsPage();
    if (!inTab) window.close();
  }

  return (
    <section class="vault-count">
      <h2>{t('popup_vault_heading')}</h2>
      <p class={count.kind === 'error' ? 'error' : undefined}>{countText(count)}</p>
      {count.kind === 'ready' && count.unreadable > 0 && <p class="error">{tp('popup_vault_unreadable', count.unreadable)}</p>}
      {count.kind === 'ready' && count.passphrase && unlocked !== null && (
        <p class={`vault-lock-state vault-lock-state--${unlocked ? 'unlocked' : 'locked'}`} role="status">
          {unlocked ? t('popup_vault_unlocked') : t('popup_vault_locked')}
        </p>
      )}
      <div class="vault-count-actions">
        <button type="button" onClick={() => void openVault()}>
          {t('popup_open_vault')}
        </button>
        {count.kind === 'ready' && count.passphrase && unlocked && (
          <button type="button" onClick={() => void clearSession().then(() => setUnlocked(false))}>
            {t('popup_vault_lock')}
          </button>
        )}
      </div>
    </section>
  );
}
