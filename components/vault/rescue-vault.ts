/**
 * The options page's handle on the rescue vault (utils/vault/rescue-move.ts): where captures were
 * sealed while the main vault's header could not be read. Read directly from the extension-origin
 * IndexedDB, like the main vault (./page-vault.ts).
 *
 * Opening an IndexedDB database creates it when it does not exist, so the page first asks
 * indexedDB.databases(), which lists without opening: a profile that never needed a rescue vault
 * never gets one from this page. A browser without databases() (Firefox before 126) opens it and
 * may create it empty; an empty rescue vault is never shown.
 */
import { IdbVaultStorage, RESCUE_VAULT_DB_NAME, Vault, type RecordProblem, type VaultRecord, type VaultStatus } from '../../utils/vault';

let rescue: Vault | null = null;

export function pageRescueVault(): Vault {
  return (rescue ??= new Vault(new IdbVaultStorage(RESCUE_VAULT_DB_NAME)));
}

export interface RescueSnapshot {
  /** Newest first; headers in clear, bodies sealed to the rescue vault's key. */
  records: VaultRecord[];
  /** Rows in no known format (kept, only counted). */
  problems: RecordProblem[];
  /** null when the rescue vault's own header cannot be read. */
  status: VaultStatus | null;
}

async function rescueDatabaseExists(): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return true;
  return (await indexedDB.databases()).some((d) => d.name === RESCUE_VAULT_DB_NAME);
}

/** The rescue vault's contents, or null when it does not exist or holds nothing. */
export async function loadRescueSnapshot(): Promise<RescueSnapshot | null> {
  if (!(await rescueDatabaseExists())) return null;
  const v = pageRescueVault();
  const { records, problems } = await v.listRecords();
  if (records.length === 0 && problems.length === 0) return null;
  const status = await v.status().catch(() => null);
  return { records, problems, status };
}
