/**
 * The part of the vault a capture needs (docs/vault-design.md §10.2): read or create the vault's
 * meta, seal to its public key, store durably. No passphrase, no KDF, no hand-off keys: the
 * service worker's capture path loads this and nothing of the rest (utils/vault/vault.ts extends
 * it), so a capture that wakes the worker evaluates only what sealing needs.
 */
import { VaultFormatError, VaultIntegrityError, VaultStateError } from './errors';
import { vaultAad, vaultHeaderAadV1 } from './headers';
import { generateDeviceKey, generateRecipientKeyPair, importPublicKey, selfTest, unwrapPrivateKey, wrapPrivateKey } from './key-wrap';
import { withLock } from './lock';
import { migrateVaultMeta } from './migrate';
import { sealRecord, type CaptureHeaderInputs } from './seal';
import {
  storedRecordV2Schema,
  storedVaultMetaV1Schema,
  type CredentialFields,
  type VaultRecord,
  type StoredRecordV2,
  type StoredVaultMetaV1,
  type VaultHeaderV1,
  type VaultMetaV1,
} from './schemas';
import type { PutRecordResult, VaultStorage } from './storage';
import { SUITE_IDS } from './suite';

export type VaultStatus =
  | { state: 'none' }
  | { state: 'device' | 'passphrase'; keyId: string; createdAt: string };

/** How often a write is retried when a rotation or a capture got in between. */
export const MAX_ATTEMPTS = 5;

export function toStoredRecord(record: VaultRecord): StoredRecordV2 {
  // Migrated records are read-only: writing one back as v2 would pair a v2 header with a
  // ciphertext bound to older AAD and it would never open again. A rotation re-seals them.
  if (record.sealedFormat !== 2) throw new VaultFormatError('invalid-capture', 'legacy record');
  const parsed = storedRecordV2Schema.safeParse({ header: record.header, enc: record.enc, ct: record.ct });
  if (!parsed.success) throw new VaultFormatError('invalid-capture', 'record');
  return parsed.data;
}

export function toStoredMeta(meta: VaultMetaV1): StoredVaultMetaV1 {
  if (meta.sealedFormat !== 1) throw new VaultFormatError('malformed', 'legacy vault meta');
  const parsed = storedVaultMetaV1Schema.safeParse({ header: meta.header, wrappedSk: meta.wrappedSk, wrapIv: meta.wrapIv });
  if (!parsed.success) throw new VaultFormatError('malformed', 'vault meta');
  return parsed.data;
}

export class SealingVault {
  protected readonly storage: VaultStorage;
  protected readonly now: () => Date;

  constructor(storage: VaultStorage, options: { now?: () => Date } = {}) {
    this.storage = storage;
    this.now = options.now ?? (() => new Date());
  }

  /** The current meta, or null when none exists. Throws VaultFormatError when it is unreadable:
   *  an unreadable meta must never be silently replaced, that would orphan every record. */
  async readMeta(): Promise<VaultMetaV1 | null> {
    const raw = await this.storage.getMeta();
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
    return withLock(this.storage.lockName, async () => {
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
      createdAt: this.now().toISOString(),
    };
    const wrapped = await wrapPrivateKey(keyPair.privateKey, deviceKey, vaultHeaderAadV1(header));
    const meta: VaultMetaV1 = { header, ...wrapped, sealedFormat: 1 };
    // Self-test before persisting: a vault whose key cannot come back must never be stored.
    const unwrapped = await unwrapPrivateKey(meta, deviceKey, vaultAad(meta), false);
    if (!(await selfTest({ privateKey: unwrapped, publicKey: keyPair.publicKey }, keyId))) {
      throw new VaultIntegrityError('key-mismatch');
    }
    if (await this.storage.createVaultIfAbsent(toStoredMeta(meta), deviceKey)) return meta;
    // Lost a race with another context (only possible without Web Locks): use its vault; our
    // key pair was never stored or used and is dropped here.
    const winner = await this.readMeta();
    if (!winner) throw new VaultStateError('no-vault');
    return winner;
  }

  protected async requireMeta(): Promise<VaultMetaV1> {
    const meta = await this.readMeta();
    if (!meta) throw new VaultStateError('no-vault');
    return meta;
  }

  /** Seal a capture to the vault's public key, creating the vault first if needed. */
  async sealCapture(fields: CredentialFields, inputs: CaptureHeaderInputs): Promise<VaultRecord> {
    const meta = await this.ensureVault();
    const publicKey = await importPublicKey(meta.header.pk, meta.header.keyId);
    return sealRecord({ publicKey, keyId: meta.header.keyId }, fields, inputs);
  }

  /** Durable write of an already sealed record; a second record with the same captureId is
   *  ignored. Refuses a record sealed to a key that is no longer the vault's. */
  async putRecord(record: VaultRecord): Promise<PutRecordResult> {
    const outcome = await this.storage.putRecordIfNew(toStoredRecord(record));
    if (outcome.status === 'stale-key') throw new VaultStateError('concurrent-change');
    return outcome;
  }

  /** The service worker's capture path: seal, store, resolve once durable. A second record with
   *  the same captureId is ignored. If the key was rotated between sealing and storing, the
   *  record is sealed again to the new key: a capture is never stored under a retired key. */
  async capture(fields: CredentialFields, inputs: CaptureHeaderInputs): Promise<PutRecordResult> {
    // One record id across attempts, so a retry is the same record.
    const fixed = { ...inputs, recordId: inputs.recordId ?? crypto.randomUUID() };
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const key = await this.sealingKey();
      const outcome = await this.storage.putRecordIfNew(toStoredRecord(await sealRecord(key, fields, fixed)));
      if (outcome.status !== 'stale-key') return outcome;
      // Rotated by another page (a passphrase set or changed): read the vault's key again.
      if (this.#sealingKey) this.#sealingKey = null;
    }
    throw new VaultStateError('concurrent-change');
  }

  /**
   * The public key captures are sealed to (the vault created first if needed), kept between
   * captures so a capture reads the vault's meta once, not three times. Safe to keep: the write
   * checks the key id against the stored meta in its own transaction, and a key retired since
   * (another page rotated it) makes it report 'stale-key', which drops this copy. Also the check
   * that the vault's header can be read at all (utils/background/handle-capture.ts).
   */
  sealingKey(): Promise<{ publicKey: CryptoKey; keyId: string }> {
    const key = (this.#sealingKey ??= this.ensureVault().then(async (meta) => ({
      publicKey: await importPublicKey(meta.header.pk, meta.header.keyId),
      keyId: meta.header.keyId,
    })));
    key.catch(() => {
      if (this.#sealingKey === key) this.#sealingKey = null;
    });
    return key;
  }

  #sealingKey: Promise<{ publicKey: CryptoKey; keyId: string }> | null = null;
}
