/**
 * What the vault logic needs from persistence. Kept small so the logic can be tested against
 * fake-indexeddb and so the device-key store could be swapped if a browser cannot keep a
 * CryptoKey in IndexedDB. Values come back as `unknown`: the vault validates all of them.
 */
import type { StoredRecordV1, StoredVaultMetaV1 } from './schemas';

export type PutRecordResult = { status: 'stored'; recordId: string } | { status: 'duplicate'; recordId: string };

export interface StoredRow {
  key: unknown;
  value: unknown;
}

export interface VaultStorage {
  /** Name for the cross-context creation lock; one per database. */
  readonly lockName: string;

  getMeta(): Promise<unknown>;
  getDeviceKey(): Promise<CryptoKey | undefined>;

  /** Atomically: if no meta exists, write meta and device key; return whether it did. */
  createVaultIfAbsent(meta: StoredVaultMetaV1, deviceKey: CryptoKey): Promise<boolean>;

  /**
   * Atomically: if the stored meta's wrappedSk equals `expectedWrappedSk`, write `next` and,
   * when asked, delete the device key, in the same transaction. Returns false (writing nothing)
   * when the meta changed underneath, e.g. a passphrase set from another tab.
   */
  replaceMeta(expectedWrappedSk: string, next: StoredVaultMetaV1, options: { deleteDeviceKey: boolean }): Promise<boolean>;

  /** Store unless a record with the same captureId exists; resolves only once durable
   *  (transaction `complete`). */
  putRecordIfNew(record: StoredRecordV1): Promise<PutRecordResult>;

  getRecord(recordId: string): Promise<unknown>;
  listRecords(): Promise<StoredRow[]>;
  deleteRecord(key: string): Promise<void>;
}
