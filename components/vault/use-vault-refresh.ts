/** Reads the vault again when another context announces a change and when the page is shown
 *  again (a capture may have arrived while it was hidden), and once at mount. */
import { useEffect } from 'preact/hooks';
import { onRecordsChanged } from '../../utils/vault/events';

export function useVaultRefresh(refresh: () => Promise<void>): void {
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
}
