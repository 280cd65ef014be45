/**
 * Typed vault errors. Rule for every message here: it may name a field, a reason code or a
 * version, never a value. Callers log and display these, and a stray secret in an error string
 * would land in the console or the UI (docs/vault-design.md §7.3).
 */

abstract class VaultError extends Error {
  abstract readonly code: string;
}

/** The passphrase did not unwrap the private key. Deliberately also covers a damaged wrap,
 *  salt or IV: AES-GCM cannot tell the two apart, and guessing would mislead (docs/vault-design.md §11.2). */
export class WrongPassphraseError extends VaultError {
  readonly code = 'wrong-passphrase';
  constructor() {
    super('Wrong passphrase, or the vault key data is damaged');
    this.name = 'WrongPassphraseError';
  }
}

export type TamperReason =
  /** AEAD or KEM failure: header, enc, ciphertext or tag changed, or sealed to another key. */
  | 'auth-failed'
  /** The record names a key id other than the unlocked one. */
  | 'foreign-key'
  /** enc or ciphertext have impossible lengths or are not base64url. */
  | 'malformed';

export class TamperedRecordError extends VaultError {
  readonly code = 'tampered-record';
  constructor(
    readonly reason: TamperReason,
    readonly recordId: string | null = null,
  ) {
    super(`Record failed authentication (${reason})`);
    this.name = 'TamperedRecordError';
  }
}

/** Stored KDF parameters are below the floors: refused before any derivation runs. */
export class KdfDowngradeError extends VaultError {
  readonly code = 'kdf-downgrade';
  constructor(readonly detail: string) {
    super(`Stored KDF parameters are below the minimum (${detail})`);
    this.name = 'KdfDowngradeError';
  }
}

export type FormatReason =
  | 'unknown-version'
  | 'malformed'
  | 'unsupported-suite'
  | 'kdf-out-of-range'
  | 'body-malformed'
  | 'invalid-capture';

/** Stored data (or a capture to be stored) does not match any known format. */
export class VaultFormatError extends VaultError {
  readonly code = 'vault-format';
  constructor(
    readonly reason: FormatReason,
    readonly where: string = '',
  ) {
    super(`Vault data not in a supported format (${reason}${where ? `: ${where}` : ''})`);
    this.name = 'VaultFormatError';
  }
}

export type StateReason =
  | 'no-vault'
  | 'no-passphrase'
  | 'passphrase-already-set'
  | 'device-key-missing'
  | 'concurrent-change';

/** The operation does not fit the vault's current state. */
export class VaultStateError extends VaultError {
  readonly code = 'vault-state';
  constructor(readonly reason: StateReason) {
    super(`Vault is not in a state for this operation (${reason})`);
    this.name = 'VaultStateError';
  }
}

export type IntegrityReason = 'key-mismatch' | 'device-unwrap-failed';

/** The unwrapped private key does not belong to the stored public key (substituted or
 *  corrupted key material), or the device wrap no longer opens. */
export class VaultIntegrityError extends VaultError {
  readonly code = 'vault-integrity';
  constructor(readonly reason: IntegrityReason) {
    super(`Vault key integrity check failed (${reason})`);
    this.name = 'VaultIntegrityError';
  }
}

export type PassphraseReason = 'too-short' | 'too-long';

export class PassphrasePolicyError extends VaultError {
  readonly code = 'passphrase-policy';
  constructor(
    readonly reason: PassphraseReason,
    readonly limit: number,
  ) {
    super(
      reason === 'too-short'
        ? `Passphrase must be at least ${limit} characters`
        : `Passphrase must be at most ${limit} characters`,
    );
    this.name = 'PassphrasePolicyError';
  }
}
