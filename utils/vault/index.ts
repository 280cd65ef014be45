/** Public surface of the vault core. Pure: no extension APIs, no DOM. */
export * from './errors';
export { Vault, type VaultStatus } from './vault';
export { SealingVault } from './sealing-vault';
export { IdbVaultStorage, RESCUE_VAULT_DB_NAME } from './idb-storage';
export { openRecord, sealRecord, type CaptureHeaderInputs, type UnlockedKey } from './seal';
export type { RecordProblem } from './migrate';
export { PASSPHRASE_MAX, PASSPHRASE_MIN } from './kdf';
export type { CredentialFields, RecordHeader, VaultRecord } from './schemas';
export { HANDOFF_KEY_NAME_MAX, openHandoffKey, type StoredHandoffKey } from './handoff-keys';
