/**
 * VaultStorage on the extension origin's IndexedDB (via idb). Content scripts cannot reach
 * this database (they get the page's), which is why the vault lives here and not in
 * chrome.storage (docs/vault-design.md §5.2).
 *
 * Stores: `meta` (key 'vault': vault header + wrapped private key; keys 'annotations' and
 * 'last-backup': non-secret side data, see ./annotations; key 'handoff-keys': sealed age
 * identities, see ./handoff-keys), `keys` (key 'device': the
 * non-extractable device CryptoKey until a passphrase is set), `records` (keyPath
 * header.recordId, unique index on header.captureId).
 *
 * Every write uses durability 'strict' and resolves only after the transaction's `complete`,
 * so a capture is acknowledged only once it is on disk (docs/vault-design.md §1, §10.2). Whether
 * 'strict' changes anything per browser is unverified.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StoredRecordV2, StoredVaultMetaV1 } from './schemas';
import type { AuxName, PutRecordOutcome, RotateOutcome, StoredRow, VaultStorage } from './storage';

const VAULT_DB_NAME = 'scopekeeper-vault';
/** Where captures are sealed while the main vault's header cannot be read (e.g. after a
 *  downgrade): a vault of its own, with a device key and no passphrase (./rescue-move.ts). */
export const RESCUE_VAULT_DB_NAME = `${VAULT_DB_NAME}-rescue`;
const DB_VERSION = 1;
const META_KEY = 'vault';
const DEVICE_KEY = 'device';
const HANDOFF_KEYS: AuxName = 'handoff-keys';

interface VaultDb extends DBSchema {
  meta: { key: string; value: unknown };
  keys: { key: string; value: CryptoKey };
  records: { key: string; value: unknown; indexes: { captureId: string } };
}

const STRICT = { durability: 'strict' } as const;

/** The key id in a stored meta or record, read without trusting its shape. */
function keyIdOf(value: unknown): unknown {
  const header = (value as { header?: { keyId?: unknown } } | null | undefined)?.header;
  return typeof header === 'object' && header !== null ? header.keyId : undefined;
}

export class IdbVaultStorage implements VaultStorage {
  readonly lockName: string;
  #db: Promise<IDBPDatabase<VaultDb>> | undefined;

  constructor(readonly dbName: string = VAULT_DB_NAME) {
    this.lockName = `scopekeeper-vault-init:${dbName}`;
  }

  #open(): Promise<IDBPDatabase<VaultDb>> {
    this.#db ??= openDB<VaultDb>(this.dbName, DB_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          db.createObjectStore('meta');
          db.createObjectStore('keys');
          const records = db.createObjectStore('records', { keyPath: 'header.recordId' });
          records.createIndex('captureId', 'header.captureId', { unique: true });
        }
      },
      // Let a newer extension version upgrade the schema instead of waiting on us.
      blocking: () => this.close(),
      terminated: () => {
        this.#db = undefined;
      },
    }).catch((error: unknown) => {
      this.#db = undefined;
      throw error;
    });
    return this.#db;
  }

  close(): void {
    const db = this.#db;
    this.#db = undefined;
    void db?.then((d) => d.close()).catch(() => undefined);
  }

  async getMeta(): Promise<unknown> {
    return (await this.#open()).get('meta', META_KEY);
  }

  async getDeviceKey(): Promise<CryptoKey | undefined> {
    return (await this.#open()).get('keys', DEVICE_KEY);
  }

  async createVaultIfAbsent(meta: StoredVaultMetaV1, deviceKey: CryptoKey): Promise<boolean> {
    const db = await this.#open();
    const tx = db.transaction(['meta', 'keys'], 'readwrite', STRICT);
    const metaStore = tx.objectStore('meta');
    if ((await metaStore.get(META_KEY)) !== undefined) {
      await tx.done;
      return false;
    }
    await Promise.all([metaStore.add(meta, META_KEY), tx.objectStore('keys').put(deviceKey, DEVICE_KEY), tx.done]);
    return true;
  }

  async replaceMeta(expectedWrappedSk: string, next: StoredVaultMetaV1, options: { deleteDeviceKey: boolean }): Promise<boolean> {
    const db = await this.#open();
    const tx = db.transaction(['meta', 'keys'], 'readwrite', STRICT);
    const metaStore = tx.objectStore('meta');
    const current = (await metaStore.get(META_KEY)) as { wrappedSk?: unknown } | undefined;
    if (typeof current !== 'object' || current === null || current.wrappedSk !== expectedWrappedSk) {
      await tx.done;
      return false;
    }
    await Promise.all([
      metaStore.put(next, META_KEY),
      options.deleteDeviceKey ? tx.objectStore('keys').delete(DEVICE_KEY) : undefined,
      tx.done,
    ]);
    return true;
  }

  async putRecordIfNew(record: StoredRecordV2): Promise<PutRecordOutcome> {
    const db = await this.#open();
    const tx = db.transaction(['meta', 'records'], 'readwrite', STRICT);
    const records = tx.objectStore('records');
    const existing = await records.index('captureId').getKey(record.header.captureId);
    if (existing !== undefined) {
      await tx.done;
      return { status: 'duplicate', recordId: String(existing) };
    }
    if (keyIdOf(await tx.objectStore('meta').get(META_KEY)) !== record.header.keyId) {
      await tx.done;
      return { status: 'stale-key' };
    }
    await Promise.all([records.add(record), tx.done]);
    return { status: 'stored', recordId: record.header.recordId };
  }

  async putRecords(
    list: readonly StoredRecordV2[],
    keyId: string,
    annotate?: (current: unknown, stored: readonly string[]) => unknown,
  ): Promise<{ stored: string[]; skipped: number } | 'stale-key'> {
    const db = await this.#open();
    const tx = db.transaction(['meta', 'records'], 'readwrite', STRICT);
    if (keyIdOf(await tx.objectStore('meta').get(META_KEY)) !== keyId || list.some((r) => r.header.keyId !== keyId)) {
      await tx.done;
      return 'stale-key';
    }
    const records = tx.objectStore('records');
    const stored: string[] = [];
    let skipped = 0;
    try {
      for (const record of list) {
        const taken =
          (await records.index('captureId').getKey(record.header.captureId)) !== undefined ||
          (await records.getKey(record.header.recordId)) !== undefined;
        if (taken) skipped++;
        else {
          await records.add(record);
          stored.push(record.header.recordId);
        }
      }
      if (annotate) {
        const metaStore = tx.objectStore('meta');
        await metaStore.put(annotate(await metaStore.get('annotations'), stored), 'annotations');
      }
    } catch (error) {
      // All or nothing: a refused annotation (or a failed add) undoes every record added above.
      try {
        tx.abort();
      } catch {
        // Already finished with an error of its own.
      }
      await tx.done.catch(() => undefined);
      throw error;
    }
    await tx.done;
    return { stored, skipped };
  }

  async rotate(
    expectedWrappedSk: string,
    next: StoredVaultMetaV1,
    change: {
      oldKeyId: string;
      seenIds: readonly string[];
      records: readonly StoredRecordV2[];
      deleteDeviceKey: boolean;
      handoffKeys?: { seen: unknown; next: unknown };
    },
  ): Promise<RotateOutcome> {
    const db = await this.#open();
    const tx = db.transaction(['meta', 'keys', 'records'], 'readwrite', STRICT);
    const metaStore = tx.objectStore('meta');
    const current = (await metaStore.get(META_KEY)) as { wrappedSk?: unknown } | undefined;
    if (typeof current !== 'object' || current === null || current.wrappedSk !== expectedWrappedSk) {
      await tx.done;
      return 'meta-changed';
    }
    const records = tx.objectStore('records');
    const onOldKey: string[] = [];
    for (let cursor = await records.openCursor(); cursor; cursor = await cursor.continue()) {
      if (keyIdOf(cursor.value) === change.oldKeyId) onOldKey.push(String(cursor.primaryKey));
    }
    const seen = new Set(change.seenIds);
    if (onOldKey.length !== seen.size || onOldKey.some((id) => !seen.has(id))) {
      await tx.done;
      return 'records-changed';
    }
    if (change.handoffKeys && JSON.stringify(await metaStore.get(HANDOFF_KEYS)) !== JSON.stringify(change.handoffKeys.seen)) {
      await tx.done;
      return 'records-changed';
    }
    for (const record of change.records) await records.put(record);
    if (change.handoffKeys) await metaStore.put(change.handoffKeys.next, HANDOFF_KEYS);
    await metaStore.put(next, META_KEY);
    if (change.deleteDeviceKey) await tx.objectStore('keys').delete(DEVICE_KEY);
    await tx.done;
    return 'ok';
  }

  async getAux(name: AuxName): Promise<unknown> {
    return (await this.#open()).get('meta', name);
  }

  async updateAux(name: AuxName, update: (current: unknown) => unknown): Promise<void> {
    const db = await this.#open();
    const tx = db.transaction('meta', 'readwrite', STRICT);
    const next = update(await tx.store.get(name));
    await Promise.all([tx.store.put(next, name), tx.done]);
  }

  async updateAuxIfKey(name: AuxName, keyId: string, update: (current: unknown) => unknown): Promise<boolean> {
    const db = await this.#open();
    const tx = db.transaction('meta', 'readwrite', STRICT);
    if (keyIdOf(await tx.store.get(META_KEY)) !== keyId) {
      await tx.done;
      return false;
    }
    const next = update(await tx.store.get(name));
    await Promise.all([tx.store.put(next, name), tx.done]);
    return true;
  }

  async getRecord(recordId: string): Promise<unknown> {
    return (await this.#open()).get('records', recordId);
  }

  async listRecords(): Promise<StoredRow[]> {
    const db = await this.#open();
    const tx = db.transaction('records', 'readonly');
    // Two requests for the whole store, not one per row: a cursor costs a task per record, which
    // an agency's thousands of records turn into hundreds of milliseconds. Same transaction, same
    // key order, so keys and values pair up.
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    return values.map((value, i) => ({ key: keys[i]!, value }));
  }

  async listRecordKeys(): Promise<string[]> {
    return (await (await this.#open()).getAllKeys('records')).map(String);
  }

  async deleteRecord(key: string): Promise<void> {
    const db = await this.#open();
    const tx = db.transaction('records', 'readwrite', STRICT);
    await Promise.all([tx.store.delete(key), tx.done]);
  }
}
