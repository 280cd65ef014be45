/** Public surface of the vault core. Pure: no extension APIs, no DOM. */
export * from './errors';
export { Vault, toStoredRecord, type ListOptions, type VaultOptions, type VaultStatus, type RecordList } from './vault';
export { IdbVaultStorage, RESCUE_VAULT_DB_NAME, VAULT_DB_NAME } from './idb-storage';
export type { VaultStorage, PutRecordResult, StoredRow } from './storage';
export { openRecord, sealRecord, type CaptureHeaderInputs, type OpenedRecord, type SealKey, type UnlockedKey } from './seal';
export { migrateRecord, migrateVaultMeta, readRecord, type RecordProblem, type ReadResult } from './migrate';
export {
  ARGON2ID_DEFAULT,
  ARGON2ID_FLOOR,
  PASSPHRASE_MAX,
  PASSPHRASE_MIN,
  PBKDF2_FLOOR,
  type KdfChoice,
  type KdfParams,
} from './kdf';
export type { CredentialFields, RecordHeader, VaultRecord, VaultHeaderV1, VaultMetaV1 } from './schemas';
