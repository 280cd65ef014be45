/**
 * What the vault logic needs from persistence. Kept small so the logic can be tested against
 * fake-indexeddb and so the device-key store could be swapped if a browser cannot keep a
 * CryptoKey in IndexedDB. Values come back as `unknown`: the vault validates all of them.
 */
import type { StoredRecordV2, StoredVaultMetaV1 } from './schemas';

export type PutRecordResult = { status: 'stored'; recordId: string } | { status: 'duplicate'; recordId: string };

/** 'stale-key': the vault's key changed (a rotation) after the record was sealed; nothing was
 *  written and the caller seals again to the new key. */
export type PutRecordOutcome = PutRecordResult | { status: 'stale-key' };

export type RotateOutcome = 'ok' | 'meta-changed' | 'records-changed';

/** Non-secret side data kept next to the vault (in the meta store, under its own key). */
/** 'handoff-keys': the integrator's sealed age identities (./handoff-keys.ts). */
export type AuxName = 'annotations' | 'last-backup' | 'handoff-keys';

export interface StoredRow {
  key: unknown;
  value: unknown;
}

export interface VaultStorage {
  /** Name for the cross-context creation lock; one per database. */
  readonly lockName: string;

  getMeta: () => Promise<unknown>;
  getDeviceKey: () => Promise<CryptoKey | undefined>;

  /** Atomically: if no meta exists, write meta and device key; return whether it did. */
  createVaultIfAbsent: (meta: StoredVaultMetaV1, deviceKey: CryptoKey) => Promise<boolean>;

  /**
   * Atomically: if the stored meta's wrappedSk equals `expectedWrappedSk`, write `next` and,
   * when asked, delete the device key, in the same transaction. Returns false (writing nothing)
   * when the meta changed underneath, e.g. a passphrase set from another tab.
   */
  replaceMeta: (expectedWrappedSk: string, next: StoredVaultMetaV1, options: { deleteDeviceKey: boolean }) => Promise<boolean>;

  /** Store unless a record with the same captureId exists, and only while the vault's key id is
   *  still the one the record was sealed to; resolves only once durable (transaction `complete`). */
  putRecordIfNew: (record: StoredRecordV2) => Promise<PutRecordOutcome>;

  /** Atomically, under the same key-id check: store every record whose captureId and recordId
   *  are both new; returns the ids stored and the number skipped, or 'stale-key'. `annotate`,
   *  when given, rewrites the annotations in the same transaction from their current value and
   *  the ids stored; if it throws, the transaction is aborted (no record, no annotation written)
   *  and the error is thrown. */
  putRecords: (
    records: readonly StoredRecordV2[],
    keyId: string,
    annotate?: (current: unknown, stored: readonly string[]) => unknown,
  ) => Promise<{ stored: string[]; skipped: number } | 'stale-key'>;

  /**
   * Key rotation, in one transaction: if the meta's wrappedSk is still `expectedWrappedSk` and
   * the records sealed to `oldKeyId` are exactly `seenIds` (those the caller read), overwrite
   * them with `records` (the ones that opened, re-sealed to the new key; any that did not open
   * are left as they were), write `next` and, when asked, delete the device key.
   * Otherwise write nothing: 'meta-changed' (another tab changed the passphrase) or
   * 'records-changed' (a capture arrived meanwhile; the caller re-reads and tries again).
   */
  rotate: (
    expectedWrappedSk: string,
    next: StoredVaultMetaV1,
    change: {
      oldKeyId: string;
      seenIds: readonly string[];
      records: readonly StoredRecordV2[];
      deleteDeviceKey: boolean;
      /** The hand-off keys re-sealed too: written only if the stored list is still `seen`
       *  (compared as JSON); otherwise 'records-changed'. */
      handoffKeys?: { seen: unknown; next: unknown };
    },
  ) => Promise<RotateOutcome>;

  getAux: (name: AuxName) => Promise<unknown>;
  /** Read-modify-write in one transaction. */
  updateAux: (name: AuxName, update: (current: unknown) => unknown) => Promise<void>;
  /** Read-modify-write in one transaction, only while the vault's key id is `keyId` (a value
   *  sealed to a retired key is never written); false when it is not. */
  updateAuxIfKey: (name: AuxName, keyId: string, update: (current: unknown) => unknown) => Promise<boolean>;

  getRecord: (recordId: string) => Promise<unknown>;
  listRecords: () => Promise<StoredRow[]>;
  /** The keys (record ids) of every stored row, in key order. */
  listRecordKeys: () => Promise<string[]>;
  deleteRecord: (key: string) => Promise<void>;
}
