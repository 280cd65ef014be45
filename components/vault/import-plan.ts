/**
 * Turning a credentials file (BigCommerce's `.txt`, or Scopekeeper's own JSON or .env export)
 * into what the vault seals: the same `Vault.capture` path as a capture from the control panel,
 * with the store hash taken from the file's API path (there is no page host to take it from) and
 * an 'imported' flag so the list says where it came from. Token type, scopes and capture date
 * are kept when the file has them (our JSON and .env do). Pure: the component maps the issue
 * codes to words.
 */
import { parseCredentialFile } from '../../utils/export/read-back';
import type { TxtField, TxtFieldIssue } from '../../utils/export';
import type { CaptureHeaderInputs, CredentialFields } from '../../utils/vault';
import type { ExtraFlag } from '../../utils/vault/seal';
import { ACCOUNT_LEVEL_TOKEN_TYPE, accountRecordHome } from '../../utils/vault/account-level';
import { ACCOUNTS_ORIGIN } from '../../utils/control-panel-url';

export type ImportIssue = TxtFieldIssue | { field: 'file'; code: 'empty' | 'no-labels' };

export type ImportPlan =
  | { ok: false; errors: ImportIssue[] }
  | { ok: true; fields: CredentialFields; inputs: CaptureHeaderInputs; warnings: TxtFieldIssue[] };

const STORE_HASH_MAX = 32;
const VALUE_MAX = 256;

export function planImport(text: string, defaultName: string, now: Date = new Date()): ImportPlan {
  if (text.trim() === '') return { ok: false, errors: [{ field: 'file', code: 'empty' }] };
  const parsed = parseCredentialFile(text);
  if (Object.keys(parsed.fields).length === 0) return { ok: false, errors: [{ field: 'file', code: 'no-labels' }] };
  const errors: ImportIssue[] = [...parsed.errors];
  // The vault caps stored values at 256 characters; say which field is too long instead of
  // failing later with a generic error.
  for (const [field, value] of Object.entries(parsed.fields) as Array<[TxtField, string]>) {
    if (value.length > VALUE_MAX && !errors.some((e) => e.field === field)) errors.push({ field, code: 'invalid' });
  }
  // An account-level account's file (its API path names the account, or our export says so) stays
  // account-level, filed under its account like a capture from accounts.bigcommerce.com.
  const accountLevel = parsed.account !== null || parsed.extras.kind === 'account-level';
  const storeHash = accountLevel ? accountRecordHome(parsed.account, null) : (parsed.storeHash?.toLowerCase() ?? null);
  if (storeHash !== null && storeHash.length > STORE_HASH_MAX && !errors.some((e) => e.field === 'apiPath')) {
    errors.push({ field: 'apiPath', code: 'invalid' });
  }
  if (errors.length > 0 || storeHash === null) return { ok: false, errors };

  const warnings = parsed.warnings.filter((w): w is TxtFieldIssue => w.field !== null);
  const name = parsed.fields.name?.trim() || defaultName;
  const extraFlags: ExtraFlag[] = ['imported'];
  if (!parsed.fields.name?.trim()) extraFlags.push('name-missing');
  // Token only: the file a Stencil-CLI token produces.
  const tokenOnly = parsed.fields.clientId === undefined && parsed.fields.clientSecret === undefined;
  if (!tokenOnly && parsed.fields.clientId === undefined) extraFlags.push('missing-client-id');
  if (!tokenOnly && parsed.fields.clientSecret === undefined) extraFlags.push('missing-client-secret');
  if (accountLevel && parsed.fields.apiPath === undefined) extraFlags.push('missing-api-path');
  return {
    ok: true,
    warnings,
    fields: {
      name,
      apiPath: parsed.fields.apiPath ?? '',
      clientId: parsed.fields.clientId ?? '',
      clientSecret: parsed.fields.clientSecret ?? '',
      accessToken: parsed.fields.accessToken ?? '',
    },
    inputs: {
      captureId: `import-${crypto.randomUUID()}`,
      // The control panel of the store the file names (the account panel for an account-level
      // account): the only origin an import can have.
      origin: accountLevel ? ACCOUNTS_ORIGIN : `https://store-${storeHash}.mybigcommerce.com`,
      storeHash,
      tokenType: accountLevel ? ACCOUNT_LEVEL_TOKEN_TYPE : (parsed.extras.tokenType ?? (tokenOnly ? 'stencil-cli' : 'unknown')),
      scopes: parsed.extras.scopes ?? {},
      capturedAt: parsed.extras.capturedAt ? new Date(parsed.extras.capturedAt) : now,
      extraFlags,
      ...(accountLevel ? { kind: 'account-level' as const, ...(parsed.account ? { account: parsed.account } : {}) } : {}),
    },
  };
}
