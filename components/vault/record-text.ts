/**
 * Words for what the record headers and vault errors encode. Everything here is non-secret by
 * construction: flags, token types and scope ids come from validated headers, and error texts
 * are chosen by type, never copied from an error's message.
 */
import { STORE_SCOPES, scopeById } from '../../utils/scopes/catalogue';
import { t, type MessageKey } from '../../utils/i18n';
import {
  KdfDowngradeError,
  PassphrasePolicyError,
  VaultFormatError,
  VaultIntegrityError,
  VaultStateError,
  WrongPassphraseError,
} from '../../utils/vault';

const FLAG_TEXT: Readonly<Record<string, MessageKey>> = {
  'client-id-format': 'vault_flag_client_id_format',
  'client-secret-format': 'vault_flag_client_secret_format',
  'access-token-format': 'vault_flag_access_token_format',
  'api-path-format': 'vault_flag_api_path_format',
  'store-hash-mismatch': 'vault_flag_store_hash_mismatch',
  'missing-client-id': 'vault_flag_missing_client_id',
  'missing-client-secret': 'vault_flag_missing_client_secret',
  'missing-access-token': 'vault_flag_missing_access_token',
  'api-path-from-host': 'vault_flag_api_path_from_host',
  'name-missing': 'vault_flag_name_missing',
  imported: 'vault_flag_imported',
};

export type FlagTone = 'info' | 'warn';

/** One sentence per flag. 'unexpected-format' only summarises the specific format flags, so it
 *  is shown only when none of them is there (a header from an older or newer version). */
export function describeFlags(flags: readonly string[]): Array<{ flag: string; text: string; tone: FlagTone }> {
  // A missing value also fails its format check; saying both would be noise.
  const missing = new Set(flags.filter((f) => f.startsWith('missing-')).map((f) => `${f.slice('missing-'.length)}-format`));
  const specific = flags.filter((f) => f !== 'unexpected-format' && !missing.has(f));
  const shown = specific.length > 0 || !flags.includes('unexpected-format') ? specific : ['unexpected-format'];
  return shown.map((flag) => {
    const key = FLAG_TEXT[flag];
    if (flag === 'imported') return { flag, text: t('vault_flag_imported'), tone: 'info' };
    if (flag === 'unexpected-format') return { flag, text: t('vault_flag_unexpected_format'), tone: 'warn' };
    // Flags are [a-z0-9-] by schema, so an unknown one is safe to show as it is.
    return { flag, text: key ? t(key) : t('vault_flag_other', flag), tone: 'warn' };
  });
}

export function describeTokenType(tokenType: string): string {
  if (tokenType === 'v2v3') return t('vault_token_v2v3');
  if (tokenType === 'stencil-cli') return t('vault_token_stencil');
  if (tokenType === 'account-level') return t('vault_token_account_level');
  return t('vault_token_unknown');
}

/** Scope rows that grant something, as "Products: modify", in the form's order. */
export function describeScopes(scopes: Readonly<Record<string, string>>): string[] {
  const position = (id: string) => {
    const i = STORE_SCOPES.findIndex((row) => row.id === id);
    return i < 0 ? STORE_SCOPES.length : i;
  };
  return Object.entries(scopes)
    .filter(([, level]) => level !== 'none')
    .sort(([a], [b]) => position(a) - position(b))
    .map(([id, level]) => {
      const row = scopeById(id);
      return `${row?.label ?? id}: ${row?.levels.find((l) => l.id === level)?.label ?? level}`;
    });
}

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(iso: string): string {
  return DATE_FORMAT.format(new Date(iso));
}

/** A user-facing sentence for any failure of a vault operation. */
export function describeError(error: unknown): string {
  if (error instanceof WrongPassphraseError) return t('vault_error_wrong_passphrase');
  if (error instanceof PassphrasePolicyError) {
    return error.reason === 'too-short' ? t('vault_error_too_short', error.limit) : t('vault_error_too_long', error.limit);
  }
  if (error instanceof KdfDowngradeError) return t('vault_error_kdf_downgrade');
  if (error instanceof VaultIntegrityError) return t('vault_error_integrity');
  if (error instanceof VaultFormatError) return t('vault_error_format');
  if (error instanceof VaultStateError) {
    switch (error.reason) {
      case 'concurrent-change':
      case 'passphrase-already-set':
        return t('vault_error_changed_elsewhere');
      case 'device-key-missing':
        return t('vault_error_device_key_missing');
      default:
        return t('vault_error_state');
    }
  }
  return t('vault_error_unexpected');
}
