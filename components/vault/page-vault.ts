/**
 * The options page's handle on the vault, and what the section shows while locked.
 *
 * The page talks to the extension-origin IndexedDB directly (the same database the service worker
 * writes); there is deliberately no message API for reading the vault, so content scripts have
 * nothing to ask (docs/vault-design.md §7.2). The unlocked key never leaves this page's memory.
 */
import { IdbVaultStorage, Vault, type RecordProblem, type VaultRecord, type VaultStatus } from '../../utils/vault';
import type { Annotations, LastBackup } from '../../utils/vault/annotations';

let vault: Vault | null = null;

export function pageVault(): Vault {
  return (vault ??= new Vault(new IdbVaultStorage()));
}

export interface VaultSnapshot {
  status: VaultStatus;
  /** Newest first; headers are in clear, bodies still sealed. */
  records: VaultRecord[];
  /** Rows that are not a record in any known format. */
  problems: RecordProblem[];
  /** Labels, notes and store names (in clear, non-secret). */
  annotations: Annotations;
  lastBackup: LastBackup | null;
}

export async function loadSnapshot(): Promise<VaultSnapshot> {
  const v = pageVault();
  const [status, list, annotations, lastBackup] = await Promise.all([v.status(), v.listRecords(), v.annotations(), v.lastBackup()]);
  return { status, records: list.records, problems: list.problems, annotations, lastBackup };
}
