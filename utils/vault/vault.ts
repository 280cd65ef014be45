/**
 * The vault's flows over a VaultStorage (docs/vault-design.md §10.2):
 *  - ensureVault: idempotent create-if-missing; device-key protection until a passphrase is set.
 *  - capture: needs only the public key, never the passphrase.
 *  - setPassphrase and changePassphrase ROTATE the key pair: a new pair, every record re-sealed
 *    to it, the new private key wrapped under the new passphrase, the old wrap (and the device
 *    key) removed, all in one transaction. Re-wrapping the same private key was not enough:
 *    IndexedDB's LevelDB log keeps deleted values for a while, so a copy of the profile still
 *    held the device key and the old wrap, which opened every record, later ones included
 *    (issue 12). After a rotation nothing left on disk from before opens a record sealed after.
 *    Records captured before the first passphrase were protected only by the device key; their
 *    old ciphertexts may linger in that log, which the README says.
 *  - unlock: KDF (floors enforced) → unwrap non-extractable → seal/open self-test.
 */
import type * as HPKE from 'hpke';
import {
  VaultFormatError,
  VaultIntegrityError,
  VaultStateError,
  WrongPassphraseError,
} from './errors';
import { vaultAad, vaultHeaderAadV1 } from './headers';
import { checkNewPassphrase, deriveKek, newKdfParams, type DeriveOptions, type KdfChoice } from './kdf';
import {
  exportPrivateKey,
  generateRecipientKeyPair,
  importPrivateKey,
  importPublicKey,
  selfTest,
  unwrapPrivateKey,
  wrapPrivateKey,
} from './key-wrap';
import { decodeBase64urlExact } from './base64url';
import { readRecord, type RecordProblem } from './migrate';
import { inputsFromHeader, openRecord, sealRecord, type HeaderFacts, type OpenedRecord, type UnlockedKey } from './seal';
import {
  annotationsSchema,
  readAnnotations,
  withArchived,
  readLastBackup,
  afterRestore,
  withoutRecord,
  withRecordNotes,
  withStoreName,
  type Annotations,
  type LastBackup,
  type RecordNotes,
} from './annotations';
import type {
  CredentialFields,
  RecordHeader,
  VaultRecord,
  StoredRecordV2,
  VaultHeaderV1,
  VaultMetaV1,
} from './schemas';
import type { VaultStorage } from './storage';
import { MAX_ATTEMPTS, SealingVault, toStoredMeta, toStoredRecord } from './sealing-vault';
import { SUITE_IDS } from './suite';
import {
  MAX_HANDOFF_KEYS,
  handoffKeysValue,
  openHandoffKey,
  rawHandoffEntries,
  readHandoffKeys,
  sealHandoffKey,
  type HandoffKeyFacts,
  type HandoffKeyList,
  type StoredHandoffKey,
} from './handoff-keys';

export { type VaultStatus } from './sealing-vault';

export interface VaultOptions {
  /** KDF for new passphrase wraps; defaults to Argon2id 64 MiB / t3 / p1. Must meet the floors. */
  kdf?: KdfChoice;
  now?: () => Date;
}


export interface RecordList {
  records: VaultRecord[];
  problems: RecordProblem[];
}

export interface ListOptions {
  /** Only records filed under this store hash. */
  storeHash?: string;
}

/** The store hash a stored row's header names, read without trusting its shape. */
function storeHashOf(value: unknown): unknown {
  const header = (value as { header?: { storeHash?: unknown } } | null | undefined)?.header;
  return typeof header === 'object' && header !== null ? header.storeHash : undefined;
}

function byNewestFirst(a: VaultRecord, b: VaultRecord): number {
  if (a.header.capturedAt !== b.header.capturedAt) return a.header.capturedAt < b.header.capturedAt ? 1 : -1;
  return a.header.recordId < b.header.recordId ? -1 : 1;
}

export class Vault extends SealingVault {
  readonly #kdf: KdfChoice;

  constructor(storage: VaultStorage, options: VaultOptions = {}) {
    super(storage, options);
    this.#kdf = options.kdf ?? { alg: 'argon2id' };
    newKdfParams(this.#kdf); // fail fast on a below-floor choice
  }

  /** Every record, newest first. `storeHash` reads only the rows whose stored header names that
   *  store (checked before parsing, so an agency's other stores cost nothing but the read); rows
   *  of other stores, readable or not, are then left out of both lists. */
  async listRecords(options: ListOptions = {}): Promise<RecordList> {
    const rows = await this.storage.listRecords();
    const records: VaultRecord[] = [];
    const problems: RecordProblem[] = [];
    for (const row of rows) {
      if (options.storeHash !== undefined && storeHashOf(row.value) !== options.storeHash) continue;
      const result = readRecord(row.value, row.key);
      if (result.ok) records.push(result.record);
      else problems.push(result.problem);
    }
    return { records: records.sort(byNewestFirst), problems };
  }

  /** Headers only: what the list shows while locked. */
  async listHeaders(options: ListOptions = {}): Promise<{ headers: RecordHeader[]; problems: RecordProblem[] }> {
    const { records, problems } = await this.listRecords(options);
    return { headers: records.map((r) => r.header), problems };
  }

  /** Every stored record id (readable or not), without reading the records. A record's header
   *  never changes under its id (a rotation re-seals it with the same facts), so an unchanged set
   *  of ids means unchanged headers. */
  async recordIds(): Promise<string[]> {
    return this.storage.listRecordKeys();
  }

  async getRecord(recordId: string): Promise<VaultRecord | null> {
    const raw = await this.storage.getRecord(recordId);
    if (raw === undefined) return null;
    const result = readRecord(raw, recordId);
    if (!result.ok) throw new VaultFormatError(result.problem.reason, 'record');
    return result.record;
  }

  async deleteRecord(recordId: string): Promise<void> {
    await this.storage.deleteRecord(recordId);
    await this.storage.updateAux('annotations', (raw) => withoutRecord(readAnnotations(raw), recordId));
  }

  async annotations(): Promise<Annotations> {
    return readAnnotations(await this.storage.getAux('annotations'));
  }

  async setRecordNotes(recordId: string, notes: RecordNotes): Promise<void> {
    await this.storage.updateAux('annotations', (raw) => withRecordNotes(readAnnotations(raw), recordId, notes));
  }

  /** Archive (hide from the list page's "deleted in BigCommerce?" offer) or restore a record. */
  async setArchived(recordId: string, archived: boolean): Promise<void> {
    await this.storage.updateAux('annotations', (raw) => withArchived(readAnnotations(raw), recordId, archived));
  }


  async setStoreName(storeHash: string, name: string): Promise<void> {
    await this.storage.updateAux('annotations', (raw) => withStoreName(readAnnotations(raw), storeHash, name));
  }

  async lastBackup(): Promise<LastBackup | null> {
    return readLastBackup(await this.storage.getAux('last-backup'));
  }

  async recordBackup(at: Date, recordIds: readonly string[]): Promise<void> {
    const value: LastBackup = { v: 1, at: at.toISOString(), recordIds: [...recordIds] };
    await this.storage.updateAux('last-backup', () => value);
  }

  /** A restore from a backup file made at `fileCreatedAt`, holding the credentials of `recordIds`
   *  (./annotations.ts afterRestore). */
  async recordRestoredBackup(fileCreatedAt: string, recordIds: readonly string[], now = new Date()): Promise<void> {
    await this.storage.updateAux('last-backup', (raw) => afterRestore(readLastBackup(raw), fileCreatedAt, recordIds, now));
  }

  /**
   * Seal already-opened records (a restore) to the current key and store them atomically; those
   * whose captureId or recordId is already taken are skipped and counted. Needs no private key.
   * `annotate` (a restore's labels, notes and store names) runs in the same transaction, given the
   * current annotations and the ids stored: if what it returns is refused by the annotations'
   * schema (or it throws), nothing is written at all, records included.
   */
  async addOpenedRecords(
    opened: ReadonlyArray<{ header: HeaderFacts; fields: CredentialFields }>,
    annotate?: (current: Annotations, stored: readonly string[]) => Annotations,
  ): Promise<{ stored: string[]; skipped: number }> {
    // Every record is sealed (its header checked) before the one transaction begins.
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const meta = await this.ensureVault();
      const key = { publicKey: await importPublicKey(meta.header.pk, meta.header.keyId), keyId: meta.header.keyId };
      const sealed = await Promise.all(opened.map(async (o) => toStoredRecord(await sealRecord(key, o.fields, inputsFromHeader(o.header)))));
      const outcome = await this.storage.putRecords(
        sealed,
        meta.header.keyId,
        annotate && ((raw, stored) => annotationsSchema.parse(annotate(readAnnotations(raw), stored))),
      );
      if (outcome !== 'stale-key') return outcome;
    }
    throw new VaultStateError('concurrent-change');
  }

  /** The hand-off keys (names and public keys in clear, identities sealed). */
  async handoffKeys(): Promise<HandoffKeyList> {
    return readHandoffKeys(await this.storage.getAux('handoff-keys'));
  }

  /**
   * Seal age identities into the vault (a new key, an imported key file, a restore). One whose
   * public key the vault already holds is skipped and counted; so are those past the cap.
   * Needs no private key.
   */
  async addHandoffKeys(keys: ReadonlyArray<{ identity: string } & HandoffKeyFacts>): Promise<{ stored: StoredHandoffKey[]; skipped: number }> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const meta = await this.ensureVault();
      const sealKey = { publicKey: await importPublicKey(meta.header.pk, meta.header.keyId), keyId: meta.header.keyId };
      const sealed = await Promise.all(keys.map((k) => sealHandoffKey(sealKey, k.identity, k)));
      let stored: StoredHandoffKey[] = [];
      let skipped = 0;
      const written = await this.storage.updateAuxIfKey('handoff-keys', meta.header.keyId, (raw) => {
        const entries = rawHandoffEntries(raw);
        const held = new Set(readHandoffKeys(raw).keys.map((k) => k.recipient));
        stored = [];
        skipped = 0;
        for (const entry of sealed) {
          if (held.has(entry.recipient) || entries.length >= MAX_HANDOFF_KEYS) skipped++;
          else {
            held.add(entry.recipient);
            entries.push(entry);
            stored.push(entry);
          }
        }
        return handoffKeysValue(entries);
      });
      if (written) return { stored, skipped };
    }
    throw new VaultStateError('concurrent-change');
  }

  async deleteHandoffKey(id: string): Promise<void> {
    await this.storage.updateAux('handoff-keys', (raw) =>
      handoffKeysValue(rawHandoffEntries(raw).filter((e) => (e as { id?: unknown } | null)?.id !== id)),
    );
  }

  /** Unwrap with `kek`, mapping any failure to WrongPassphraseError (indistinguishable from a
   *  damaged wrap by design). */
  async #unwrapWithKek(meta: VaultMetaV1, kek: CryptoKey, extractable: boolean): Promise<CryptoKey> {
    try {
      return await unwrapPrivateKey(meta, kek, vaultAad(meta), extractable);
    } catch {
      throw new WrongPassphraseError();
    }
  }

  async #checkedPair(meta: VaultMetaV1, privateKey: CryptoKey, publicKey?: CryptoKey): Promise<HPKE.KeyPair<CryptoKey>> {
    publicKey ??= await importPublicKey(meta.header.pk, meta.header.keyId);
    const keyPair = { privateKey, publicKey };
    if (!(await selfTest(keyPair, meta.header.keyId))) throw new VaultIntegrityError('key-mismatch');
    return keyPair;
  }

  /**
   * Key rotation (see the file comment). `oldPair` opens the current records; a new key pair is
   * generated, wrapped under the passphrase-derived KEK (one KDF run, before the loop) and
   * checked; every record that opens is re-sealed to it under the same record id; then meta,
   * records and the device key change in one transaction. A capture stored meanwhile makes the
   * transaction refuse, and the records are read again. Records that do not open (altered) are
   * left as they are: they never opened and still do not.
   */
  async #rotate(meta: VaultMetaV1, oldPair: HPKE.KeyPair<CryptoKey>, passphrase: string, deleteDeviceKey: boolean, options: DeriveOptions): Promise<UnlockedKey> {
    const oldKey: UnlockedKey = { keyId: meta.header.keyId, keyPair: oldPair };
    const kdf = newKdfParams(this.#kdf);
    const kek = await deriveKek(passphrase, kdf, options);
    const { keyPair: fresh, pk, keyId } = await generateRecipientKeyPair();
    const header: VaultHeaderV1 = { v: 1, protection: 'passphrase', suite: { ...SUITE_IDS }, kdf, pk, keyId, createdAt: this.now().toISOString() };
    const next: VaultMetaV1 = { header, ...(await wrapPrivateKey(fresh.privateKey, kek, vaultHeaderAadV1(header))), sealedFormat: 1 };
    // The stored wrap must give back a key that matches the new public key before anything changes.
    const keyPair = await this.#checkedPair(next, await unwrapPrivateKey(next, kek, vaultAad(next), false), fresh.publicKey);
    const sealKey = { publicKey: fresh.publicKey, keyId };
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const { records } = await this.listRecords();
      const onOldKey = records.filter((r) => r.header.keyId === meta.header.keyId);
      const resealed: StoredRecordV2[] = [];
      for (const record of onOldKey) {
        let opened: OpenedRecord;
        try {
          opened = await openRecord(oldKey, record);
        } catch {
          continue;
        }
        resealed.push(toStoredRecord(await sealRecord(sealKey, opened.fields, inputsFromHeader(opened.header))));
      }
      // Hand-off keys go with the records: re-sealed to the new key in the same transaction
      // (one that does not open stays as it is, like a record).
      const rawKeys = await this.storage.getAux('handoff-keys');
      const nextKeys: unknown[] = [];
      for (const entry of rawHandoffEntries(rawKeys)) {
        const [parsed] = readHandoffKeys({ keys: [entry] }).keys;
        if (!parsed || parsed.keyId !== meta.header.keyId) {
          nextKeys.push(entry);
          continue;
        }
        try {
          const identity = await openHandoffKey(oldKey, parsed);
          nextKeys.push(await sealHandoffKey(sealKey, identity, parsed));
        } catch {
          nextKeys.push(entry);
        }
      }
      const outcome = await this.storage.rotate(meta.wrappedSk, toStoredMeta(next), {
        oldKeyId: meta.header.keyId,
        seenIds: onOldKey.map((r) => r.header.recordId),
        records: resealed,
        deleteDeviceKey,
        handoffKeys: { seen: rawKeys, next: handoffKeysValue(nextKeys) },
      });
      if (outcome === 'ok') {
        await shareKey(options, keyId, fresh.privateKey);
        return Object.freeze({ keyId, keyPair: Object.freeze(keyPair) });
      }
      if (outcome === 'meta-changed') throw new VaultStateError('concurrent-change');
    }
    throw new VaultStateError('concurrent-change');
  }

  /** First passphrase: rotates to a new key pair wrapped under the passphrase and deletes the
   *  device key. Resolves to the unlocked key (the page that set it is unlocked at once). */
  async setPassphrase(passphrase: string, options: DeriveOptions = {}): Promise<UnlockedKey> {
    const normalised = checkNewPassphrase(passphrase);
    const meta = await this.ensureVault();
    const oldPair = await this.#devicePair(meta);
    return this.#rotate(meta, oldPair, normalised, true, options);
  }

  /** The key pair of a vault that has no passphrase yet, unwrapped with its device key. */
  async #devicePair(meta: VaultMetaV1): Promise<HPKE.KeyPair<CryptoKey>> {
    if (meta.header.protection !== 'device') throw new VaultStateError('passphrase-already-set');
    const deviceKey = await this.storage.getDeviceKey();
    if (!deviceKey) throw new VaultStateError('device-key-missing');
    let privateKey: CryptoKey;
    try {
      privateKey = await unwrapPrivateKey(meta, deviceKey, vaultAad(meta), false);
    } catch {
      throw new VaultIntegrityError('device-unwrap-failed');
    }
    return this.#checkedPair(meta, privateKey);
  }

  /**
   * Opens a vault that has no passphrase with its device key. Only the rescue vault is opened
   * this way (it never gets a passphrase: its records are moved into the main vault, which has
   * one); the main vault's records open only after a passphrase is set.
   */
  async unlockWithDeviceKey(): Promise<UnlockedKey> {
    const meta = await this.requireMeta();
    const keyPair = await this.#devicePair(meta);
    return Object.freeze({ keyId: meta.header.keyId, keyPair: Object.freeze(keyPair) });
  }

  async unlock(passphrase: string, options: DeriveOptions = {}): Promise<UnlockedKey> {
    const meta = await this.requireMeta();
    if (meta.header.protection !== 'passphrase' || meta.header.kdf === null) throw new VaultStateError('no-passphrase');
    // Cheap consistency check (pk ↔ keyId) before the expensive KDF.
    const publicKey = await importPublicKey(meta.header.pk, meta.header.keyId);
    const kek = await deriveKek(passphrase, meta.header.kdf, options);
    // Extractable only when shared, and only long enough to export it after the self-test.
    const unwrapped = await this.#unwrapWithKek(meta, kek, options.share !== undefined);
    await this.#checkedPair(meta, unwrapped, publicKey);
    if (!options.share) return Object.freeze({ keyId: meta.header.keyId, keyPair: Object.freeze({ privateKey: unwrapped, publicKey }) });
    await shareKey(options, meta.header.keyId, unwrapped);
    return this.#pairFromPkcs8(meta, await exportPrivateKey(unwrapped), publicKey);
  }

  /**
   * Opens the vault with a shared unlock (docs/vault-design.md §12): the PKCS#8 another vault page
   * exported, imported again as a non-extractable key, for the vault's current key id only, and
   * self-tested against the stored public key.
   */
  async openShared(keyId: string, sk: string): Promise<UnlockedKey> {
    const meta = await this.requireMeta();
    if (meta.header.protection !== 'passphrase' || meta.header.keyId !== keyId) throw new VaultStateError('concurrent-change');
    let bytes: Uint8Array;
    try {
      bytes = decodeBase64urlExact(sk, X25519_PKCS8_LENGTH);
    } catch {
      throw new VaultIntegrityError('key-mismatch');
    }
    return this.#pairFromPkcs8(meta, bytes);
  }

  async #pairFromPkcs8(meta: VaultMetaV1, pkcs8: Uint8Array, publicKey?: CryptoKey): Promise<UnlockedKey> {
    let privateKey: CryptoKey;
    try {
      privateKey = await importPrivateKey(pkcs8);
    } catch {
      throw new VaultIntegrityError('key-mismatch');
    } finally {
      pkcs8.fill(0);
    }
    const keyPair = await this.#checkedPair(meta, privateKey, publicKey);
    return Object.freeze({ keyId: meta.header.keyId, keyPair: Object.freeze(keyPair) });
  }

  /** Rotates the key pair (as setPassphrase) under the new passphrase; resolves to the new key. */
  async changePassphrase(current: string, next: string, options: DeriveOptions = {}): Promise<UnlockedKey> {
    const normalisedNext = checkNewPassphrase(next);
    const meta = await this.requireMeta();
    if (meta.header.protection !== 'passphrase' || meta.header.kdf === null) throw new VaultStateError('no-passphrase');
    const publicKey = await importPublicKey(meta.header.pk, meta.header.keyId);
    const kek = await deriveKek(current, meta.header.kdf, options);
    const privateKey = await this.#unwrapWithKek(meta, kek, false);
    const oldPair = await this.#checkedPair(meta, privateKey, publicKey);
    return this.#rotate(meta, oldPair, normalisedNext, false, options);
  }
}

/** An X25519 private key in PKCS#8 (RFC 8410): a 16-byte prefix and the 32-byte key. */
const X25519_PKCS8_LENGTH = 48;

/** Hands an extractable private key to `options.share` as PKCS#8 (base64url), zeroing the bytes. */
async function shareKey(options: DeriveOptions, keyId: string, privateKey: CryptoKey): Promise<void> {
  if (!options.share) return;
  const pkcs8 = await exportPrivateKey(privateKey);
  try {
    await options.share(keyId, pkcs8);
  } finally {
    pkcs8.fill(0);
  }
}
