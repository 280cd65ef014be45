/**
 * Which records are archived (utils/vault/archive.ts), kept live: the list page archives from a
 * control-panel tab while the vault page may be open. Archiving needs no passphrase: it only
 * hides a record from the list page's "deleted in BigCommerce?" offer and is undone here.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { readArchived, setArchived, watchArchived } from '../../utils/vault/archive';

export function useArchived() {
  const [archived, setIds] = useState<ReadonlySet<string>>(new Set());
  const reload = useCallback(() => void readArchived().then(setIds), []);
  useEffect(() => {
    reload();
    return watchArchived(reload);
  }, [reload]);
  const toggle = useCallback(
    async (recordId: string) => {
      await setArchived(recordId, !archived.has(recordId));
      reload();
    },
    [archived, reload],
  );
  return { archived, toggle };
}
