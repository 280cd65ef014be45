/**
 * How many credentials the vault holds. Reads only the records' headers (never secrets) from the
 * extension's IndexedDB, which the popup, as an extension page, can open itself.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, tp } from '../../utils/i18n';
import { IdbVaultStorage, Vault } from '../../utils/vault';

type Count = { kind: 'loading' } | { kind: 'ready'; records: number; unreadable: number } | { kind: 'error' };

async function countRecords(): Promise<Count> {
  const storage = new IdbVaultStorage();
  try {
    const { headers, problems } = await new Vault(storage).listHeaders();
    return { kind: 'ready', records: headers.length, unreadable: problems.length };
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

  useEffect(() => {
    countRecords().then(setCount, () => setCount({ kind: 'error' }));
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
      <button type="button" onClick={() => void openVault()}>
        {t('popup_open_vault')}
      </button>
    </section>
  );
}
