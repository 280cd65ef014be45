/**
 * Words for what the record headers and vault errors encode. Everything here is non-secret by
 * construction: flags, token types and scope ids come from validated headers, and error texts
 * are chosen by type, never copied from an error's message.
 */
import { STORE_SCOPES } from '../../utils/scopes/catalogue';
import { scopeById } from '../../utils/scopes/bundled';
// Imported for its rows and for registering them, so scopeById finds account-level resources here.
import { ACCOUNT_SCOPES } from '../../utils/scopes/account-catalogue';
import { t, tp, type MessageKey } from '../../utils/i18n';
import {
  KdfDowngradeError,
  PassphrasePolicyError,
  VaultFormatError,
  VaultIntegrityError,
  VaultStateError,
  WrongPassphraseError,
} from '../../utils/vault';
import type { RescueMoveOutcome } from '../../utils/vault/rescue-move';

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
  'labels-unrecognised': 'vault_flag_labels_unrecognised',
  'no-trusted-save': 'vault_flag_no_trusted_save',
  'keep-txt': 'vault_flag_keep_txt',
  'missing-api-path': 'vault_flag_missing_api_path',
  'received-sealed': 'vault_flag_received_sealed',
  'unverified-account': 'vault_flag_unverified_account',
  'preset-unread': 'vault_flag_preset_unread',
};

/** Flags that are information, not a warning about the values. */
const INFO_FLAGS: ReadonlySet<string> = new Set(['imported', 'keep-txt', 'received-sealed', 'preset-unread']);

export type FlagTone = 'info' | 'warn';

/** One sentence per flag. 'unexpected-format' only summarises the specific format flags, so it
 *  is shown only when none of them is there (a header from an older or newer version). An
 *  account-level record's API path has the account's shape, which its format flag names. */
export function describeFlags(flags: readonly string[], kind?: 'account-level'): Array<{ flag: string; text: string; tone: FlagTone }> {
  // A missing value also fails its format check; saying both would be noise.
  const missing = new Set(flags.filter((f) => f.startsWith('missing-')).map((f) => `${f.slice('missing-'.length)}-format`));
  const specific = flags.filter((f) => f !== 'unexpected-format' && !missing.has(f));
  const shown = specific.length > 0 || !flags.includes('unexpected-format') ? specific : ['unexpected-format'];
  return shown.map((flag) => {
    const key = FLAG_TEXT[flag];
    if (key && INFO_FLAGS.has(flag)) return { flag, text: t(key), tone: 'info' };
    if (flag === 'unexpected-format') return { flag, text: t('vault_flag_unexpected_format'), tone: 'warn' };
    if (flag === 'api-path-format' && kind) return { flag, text: t('vault_flag_account_api_path_format'), tone: 'warn' };
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

/** Every row a record can name, store rows then account-level resources, in their forms' order. */
const ALL_ROWS = [...STORE_SCOPES, ...ACCOUNT_SCOPES];

/** Scope rows above their default (None; Metafields Access: Standard), as "Products: modify", in
 *  the form's order; an account-level record's resources as "Account Users: write". */
export function describeScopes(scopes: Readonly<Record<string, string>>): string[] {
  const position = (id: string) => {
    const i = ALL_ROWS.findIndex((row) => row.id === id);
    return i < 0 ? ALL_ROWS.length : i;
  };
  return Object.entries(scopes)
    .filter(([id, level]) => level !== (scopeById(id)?.defaultLevel ?? 'none'))
    .sort(([a], [b]) => position(a) - position(b))
    .map(([id, level]) => {
      const row = scopeById(id);
      return `${row?.label ?? id}: ${row?.levels.find((l) => l.id === level)?.label ?? level}`;
    });
}

/** The chosen preset's optional rows as the record keeps them: "Optional rows left out: Orders". */
export function describeOptionalRows(optional: { included: readonly string[]; excluded: readonly string[] } | undefined): string[] {
  if (!optional) return [];
  const labels = (ids: readonly string[]) => ids.map((id) => scopeById(id)?.label ?? id).join(', ');
  return [
    ...(optional.included.length ? [t('vault_optional_included', labels(optional.included))] : []),
    ...(optional.excluded.length ? [t('vault_optional_excluded', labels(optional.excluded))] : []),
  ];
}

/** What the saved form had not set of the preset's required rows, as one sentence: "Saved with 3
 *  required rows not set: Orders, Products, Customers." Empty when nothing was left unset, or when
 *  the saved form was not compared (older records, no trusted Save). */
export function describeUnsetAtSave(atSave: { unset: readonly string[] } | undefined): string | null {
  if (!atSave || atSave.unset.length === 0) return null;
  const labels = atSave.unset.map((id) => scopeById(id)?.label ?? id).join(', ');
  return tp('vault_saved_unset', atSave.unset.length, atSave.unset.length, labels);
}

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const DAY_MS = 86_400_000;

/** "today", "3 days old", "5 months old", "2 years old": how old a credential is. */
export function describeAge(iso: string, now: Date): string {
  const days = Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / DAY_MS));
  if (days === 0) return t('vault_age_today');
  if (days < 60) return tp('vault_age_days', days);
  if (days < 730) return tp('vault_age_months', Math.floor(days / 30));
  return tp('vault_age_years', Math.floor(days / 365));
}

export function formatDate(iso: string): string {
  return DATE_FORMAT.format(new Date(iso));
}

/** A user-facing sentence for any failure of a vault operation. */
export function describeError(error: unknown): string {
  if (error instanceof WrongPassphraseError) return t('vault_error_wrong_passphrase');
  if (error instanceof PassphrasePolicyError) {
    return tp(error.reason === 'too-short' ? 'vault_error_too_short' : 'vault_error_too_long', error.limit);
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

/** What a move from the rescue vault did, in the order it matters: what moved, what was already
 *  there, then everything that stayed behind (altered records by name). */
export function describeRescueMove(outcome: RescueMoveOutcome): string {
  const parts: string[] = [];
  if (outcome.moved > 0) parts.push(tp('vault_rescue_moved', outcome.moved));
  if (outcome.alreadyThere > 0) parts.push(tp('vault_rescue_already', outcome.alreadyThere));
  if (parts.length === 0) parts.push(t('vault_rescue_nothing_moved'));
  if (outcome.altered.length > 0) parts.push(t('vault_rescue_altered', outcome.altered.map((a) => `“${a.name}”`).join(', ')));
  if (outcome.notPlaced > 0) parts.push(tp('vault_rescue_not_placed', outcome.notPlaced));
  if (outcome.unreadable > 0) parts.push(tp('vault_rescue_problems', outcome.unreadable));
  return parts.join(' ');
}
