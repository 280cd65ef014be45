/**
 * The vault's flows over a VaultStorage (security.md §10.2):
 *  - ensureVault: idempotent create-if-missing; device-key protection until a passphrase is set.
 *  - sealCapture / putRecord / capture: need only the public key, never the passphrase.
 *  - setPassphrase: device wrap → passphrase wrap, device key deleted in the same transaction.
 *  - unlock: KDF (floors enforced) → unwrap non-extractable → seal/open self-test.
 *  - changePassphrase: unlock, then re-wrap with a new salt, IV and current KDF defaults.
 * Records are sealed to the public key, which never changes here, so no flow touches them.
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
  generateDeviceKey,
  generateRecipientKeyPair,
  importPublicKey,
  selfTest,
  unwrapPrivateKey,
  wrapPrivateKey,
} from './key-wrap';
import { withLock } from './lock';
import { migrateVaultMeta, readRecord, type RecordProblem } from './migrate';
import { sealRecord, type CaptureHeaderInputs, type UnlockedKey } from './seal';
import {
  storedRecordV1Schema,
  storedVaultMetaV1Schema,
  type CredentialFields,
  type RecordHeaderV1,
  type RecordV1,
  type StoredRecordV1,
  type StoredVaultMetaV1,
  type VaultHeaderV1,
  type VaultMetaV1,
} from './schemas';
import type { PutRecordResult, VaultStorage } from './storage';
import { SUITE_IDS } from './suite';

export interface VaultOptions {
  /** KDF for new passphrase wraps; defaults to Argon2id 64 MiB / t3 / p1. Must meet the floors. */
  kdf?: KdfChoice;
  now?: () => Date;
}

export type VaultStatus =
  | { state: 'none' }
  | { state: 'device' | 'passphrase'; keyId: string; createdAt: string };

export interface RecordList {
  records: RecordV1[];
  problems: RecordProblem[];
}

export function toStoredRecord(record: RecordV1): StoredRecordV1 {
  // Migrated records are read-only: writing one back as v1 would pair a v1 header with a
  // ciphertext bound to v0 AAD and it would never open again.
  if (record.sealedFormat !== 1) throw new VaultFormatError('invalid-capture', 'legacy record');
  const parsed = storedRecordV1Schema.safeParse({ header: record.header, enc: record.enc, ct: record.ct });
  if (!parsed.success) throw new VaultFormatError('invalid-capture', 'record');
  return parsed.data;
}

function toStoredMeta(meta: VaultMetaV1): StoredVaultMetaV1 {
  if (meta.sealedFormat !== 1) throw new VaultFormatError('malformed', 'legacy vault meta');
  const parsed = storedVaultMetaV1Schema.safeParse({ header: meta.header, wrappedSk: meta.wrappedSk, wrapIv: meta.wrapIv });
  if (!parsed.success) throw new VaultFormatError('malformed', 'vault meta');
  return parsed.data;
}

function byNewestFirst(a: RecordV1, b: RecordV1): number {
  if (a.header.capturedAt !== b.header.capturedAt) return a.header.capturedAt < b.header.capturedAt ? 1 : -1;
  return a.header.recordId < b.header.recordId ? -1 : 1;
}

export class Vault {
  readonly #storage: VaultStorage;
  readonly #kdf: KdfChoice;
  readonly #now: () => Date;

  constructor(storage: VaultStorage, options: VaultOptions = {}) {
    this.#storage = storage;
    this.#kdf = options.kdf ?? { alg: 'argon2id' };
    this.#now = options.now ?? (() => new Date());
    newKdfParams(this.#kdf); // fail fast on a below-floor choice
  }

  /** The current meta, or null when none exists. Throws VaultFormatError when it is unreadable:
   *  an unreadable meta must never be silently replaced, that would orphan every record. */
  async readMeta(): Promise<VaultMetaV1 | null> {
    const raw = await this.#storage.getMeta();
    return raw === undefined ? null : migrateVaultMeta(raw);
  }

  async status(): Promise<VaultStatus> {
    const meta = await this.readMeta();
    if (!meta) return { state: 'none' };
    return { state: meta.header.protection, keyId: meta.header.keyId, createdAt: meta.header.createdAt };
  }

  async ensureVault(): Promise<VaultMetaV1> {
    const existing = await this.readMeta();
    if (existing) return existing;
    return withLock(this.#storage.lockName, async () => {
      // Re-check under the lock: another caller may have created it while we waited.
      const again = await this.readMeta();
      if (again) return again;
      return this.#create();
    });
  }

  async #create(): Promise<VaultMetaV1> {
    const deviceKey = await generateDeviceKey();
    const { keyPair, pk, keyId } = await generateRecipientKeyPair();
    const header: VaultHeaderV1 = {
      v: 1,
      protection: 'device',
      suite: { ...SUITE_IDS },
      kdf: null,
      pk,
      keyId,
      createdAt: this.#now().toISOString(),
    };
    const wrapped = await wrapPrivateKey(keyPair.privateKey, deviceKey, vaultHeaderAadV1(header));
    const meta: VaultMetaV1 = { header, ...wrapped, sealedFormat: 1 };
    // Self-test before persisting: a vault whose key cannot come back must never be stored.
    const unwrapped = await unwrapPrivateKey(meta, deviceKey, vaultAad(meta), false);
    if (!(await selfTest({ privateKey: unwrapped, publicKey: keyPair.publicKey }, keyId))) {
      throw new VaultIntegrityError('key-mismatch');
    }
    if (await this.#storage.createVaultIfAbsent(toStoredMeta(meta), deviceKey)) return meta;
    // Lost a race with another context (only possible without Web Locks): use its vault; our
    // key pair was never stored or used and is dropped here.
    const winner = await this.readMeta();
    if (!winner) throw new VaultStateError('no-vault');
    return winner;
  }

  async #requireMeta(): Promise<VaultMetaV1> {
    const meta = await this.readMeta();
    if (!meta) throw new VaultStateError('no-vault');
    return meta;
  }

  /** Seal a capture to the vault's public key, creating the vault first if needed. */
  async sealCapture(fields: CredentialFields, inputs: CaptureHeaderInputs): Promise<RecordV1> {
    const meta = await this.ensureVault();
    const publicKey = await importPublicKey(meta.header.pk, meta.header.keyId);
    return sealRecord({ publicKey, keyId: meta.header.keyId }, fields, inputs);
  }

  /** Durable write; a second record with the same captureId is ignored. */
  async putRecord(record: RecordV1): Promise<PutRecordResult> {
    return this.#storage.putRecordIfNew(toStoredRecord(record));
  }

  /** The service worker's capture path: seal, store, resolve once durable. */
  async capture(fields: CredentialFields, inputs: CaptureHeaderInputs): Promise<PutRecordResult> {
    return this.putRecord(await this.sealCapture(fields, inputs));
  }

  async listRecords(): Promise<RecordList> {
    const rows = await this.#storage.listRecords();
    const records: RecordV1[] = [];
    const problems: RecordProblem[] = [];
    for (const row of rows) {
      const result = readRecord(row.value, row.key);
      if (result.ok) records.push(result.record);
      else problems.push(result.problem);
    }
    return { records: records.sort(byNewestFirst), problems };
  }

  /** Headers only: what the list shows while locked. */
  async listHeaders(): Promise<{ headers: RecordHeaderV1[]; problems: RecordProblem[] }> {
    const { records, problems } = await this.listRecords();
    return { headers: records.map((r) => r.header), problems };
  }

  async getRecord(recordId: string): Promise<RecordV1 | null> {
    const raw = await this.#storage.getRecord(recordId);
    if (raw === undefined) return null;
    const result = readRecord(raw, recordId);
    if (!result.ok) throw new VaultFormatError(result.problem.reason, 'record');
    return result.record;
  }

  async deleteRecord(recordId: string): Promise<void> {
    await this.#storage.deleteRecord(recordId);
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

  /** Wrap `privateKey` under a new passphrase with fresh salt and IV, verify the new wrap
   *  opens and matches the public key, then swap it in atomically. Returns the key as unwrapped
   *  (non-extractable) from the new wrap, so the caller is unlocked without a second KDF run. */
  async #rewrap(meta: VaultMetaV1, privateKey: CryptoKey, passphrase: string, deleteDeviceKey: boolean, options: DeriveOptions): Promise<UnlockedKey> {
    const kdf = newKdfParams(this.#kdf);
    const kek = await deriveKek(passphrase, kdf, options);
    const header: VaultHeaderV1 = { ...meta.header, v: 1, protection: 'passphrase', kdf };
    const next: VaultMetaV1 = { header, ...(await wrapPrivateKey(privateKey, kek, vaultHeaderAadV1(header))), sealedFormat: 1 };
    const keyPair = await this.#checkedPair(next, await unwrapPrivateKey(next, kek, vaultAad(next), false));
    if (!(await this.#storage.replaceMeta(meta.wrappedSk, toStoredMeta(next), { deleteDeviceKey }))) {
      throw new VaultStateError('concurrent-change');
    }
    return Object.freeze({ keyId: next.header.keyId, keyPair: Object.freeze(keyPair) });
  }

  /** First passphrase: moves the private key from the device wrap to a passphrase wrap.
   *  Resolves to the unlocked key (the extension page that set it is unlocked at once). */
  async setPassphrase(passphrase: string, options: DeriveOptions = {}): Promise<UnlockedKey> {
    const normalised = checkNewPassphrase(passphrase);
    const meta = await this.ensureVault();
    if (meta.header.protection !== 'device') throw new VaultStateError('passphrase-already-set');
    const deviceKey = await this.#storage.getDeviceKey();
    if (!deviceKey) throw new VaultStateError('device-key-missing');
    let privateKey: CryptoKey;
    try {
      // Extractable only because it must be re-wrapped; the handle is dropped on return.
      privateKey = await unwrapPrivateKey(meta, deviceKey, vaultAad(meta), true);
    } catch {
      throw new VaultIntegrityError('device-unwrap-failed');
    }
    await this.#checkedPair(meta, privateKey);
    return this.#rewrap(meta, privateKey, normalised, true, options);
  }

  async unlock(passphrase: string, options: DeriveOptions = {}): Promise<UnlockedKey> {
    const meta = await this.#requireMeta();
    if (meta.header.protection !== 'passphrase' || meta.header.kdf === null) throw new VaultStateError('no-passphrase');
    // Cheap consistency check (pk ↔ keyId) before the expensive KDF.
    const publicKey = await importPublicKey(meta.header.pk, meta.header.keyId);
    const kek = await deriveKek(passphrase, meta.header.kdf, options);
    const privateKey = await this.#unwrapWithKek(meta, kek, false);
    const keyPair = await this.#checkedPair(meta, privateKey, publicKey);
    return Object.freeze({ keyId: meta.header.keyId, keyPair: Object.freeze(keyPair) });
  }

  /** Resolves to the key unlocked under the new passphrase. */
  async changePassphrase(current: string, next: string, options: DeriveOptions = {}): Promise<UnlockedKey> {
    const normalisedNext = checkNewPassphrase(next);
    const meta = await this.#requireMeta();
    if (meta.header.protection !== 'passphrase' || meta.header.kdf === null) throw new VaultStateError('no-passphrase');
    const publicKey = await importPublicKey(meta.header.pk, meta.header.keyId);
    const kek = await deriveKek(current, meta.header.kdf, options);
    const privateKey = await this.#unwrapWithKek(meta, kek, true);
    await this.#checkedPair(meta, privateKey, publicKey);
    return this.#rewrap(meta, privateKey, normalisedNext, false, options);
  }
}
