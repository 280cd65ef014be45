/**
 * Reading Scopekeeper's own JSON and .env exports back (issue 12, item 5), into the same result
 * shape as the BigCommerce .txt reader plus the non-secret facts those formats carry (token type,
 * scopes, capture date), so Import keeps them. Never throws; values are not echoed in issues.
 */
import { parseBigCommerceTxt, type TxtField, type TxtFieldIssue, type TxtParseResult } from './bigcommerce-txt';
import { accountFromApiPath, checkCredentialFormats, storeHashFromApiPath } from '../vault/formats';
import { ACCOUNT_UUID_RE, isIsoInstant } from '../vault/schemas';

type CredentialFileFormat = 'txt' | 'json' | 'env';

interface CredentialFileExtras {
  tokenType?: string;
  /** Our JSON and .env say so for an account-level account (issue 14). */
  kind?: 'account-level';
  /** Its account UUID, when the export had one. */
  account?: string;
  scopes?: Record<string, string>;
  /** ISO 8601 instant. */
  capturedAt?: string;
}

export interface CredentialFileResult extends TxtParseResult {
  format: CredentialFileFormat;
  extras: CredentialFileExtras;
}

const TOKEN_TYPE_RE = /^[a-z0-9-]{1,32}$/;
const SCOPE_PART_RE = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const MAX_SCOPES = 100;

function extrasFrom(raw: { tokenType?: unknown; scopes?: unknown; capturedAt?: unknown; kind?: unknown; account?: unknown }): CredentialFileExtras {
  const extras: CredentialFileExtras = {};
  if (typeof raw.tokenType === 'string' && TOKEN_TYPE_RE.test(raw.tokenType)) extras.tokenType = raw.tokenType;
  // Either says account-level (our exports write both); the token type alone is the same claim.
  if (raw.kind === 'account-level' || raw.tokenType === 'account-level') extras.kind = 'account-level';
  if (typeof raw.account === 'string' && ACCOUNT_UUID_RE.test(raw.account)) extras.account = raw.account;
  if (typeof raw.capturedAt === 'string' && isIsoInstant(raw.capturedAt)) {
    extras.capturedAt = raw.capturedAt;
  }
  const scopes = raw.scopes;
  if (typeof scopes === 'object' && scopes !== null && !Array.isArray(scopes)) {
    const entries = Object.entries(scopes as Record<string, unknown>);
    if (entries.length <= MAX_SCOPES && entries.every(([k, v]) => SCOPE_PART_RE.test(k) && typeof v === 'string' && SCOPE_PART_RE.test(v))) {
      extras.scopes = Object.fromEntries(entries) as Record<string, string>;
    }
  }
  return extras;
}

/** The checks the .txt reader makes, on values that came from another format. An account-level
 *  export (its kind, or an account-level API path) may lack the API path: its record had none. */
function finish(fields: Partial<Record<TxtField, string>>, errors: TxtFieldIssue[], format: CredentialFileFormat, extras: CredentialFileExtras): CredentialFileResult {
  const warnings: TxtParseResult['warnings'] = [];
  const pathAccount = fields.apiPath ? accountFromApiPath(fields.apiPath) : null;
  const accountLevel = pathAccount !== null || extras.kind === 'account-level';
  for (const field of ['accessToken', 'apiPath'] as const) {
    if (fields[field] || errors.some((e) => e.field === field)) continue;
    if (field === 'apiPath' && accountLevel) warnings.push({ field, code: 'missing' });
    else errors.push({ field, code: 'missing' });
  }
  // As in the .txt reader: a Stencil-CLI token has no client id or secret.
  for (const field of ['clientId', 'clientSecret'] as const) {
    if (!fields[field] && !errors.some((e) => e.field === field)) warnings.push({ field, code: 'missing' });
  }
  if (!fields.name) warnings.push({ field: 'name', code: 'missing' });
  let storeHash: string | null = null;
  if (fields.apiPath && pathAccount === null) {
    storeHash = storeHashFromApiPath(fields.apiPath);
    // A store's path in a file that says account-level is a contradiction, not a guess to make.
    if (storeHash === null || accountLevel) errors.push({ field: 'apiPath', code: 'invalid' });
  }
  if (pathAccount !== null && extras.account !== undefined && extras.account !== pathAccount) errors.push({ field: 'apiPath', code: 'conflict' });
  const account = pathAccount ?? (accountLevel ? (extras.account ?? null) : null);
  const flags = checkCredentialFormats(
    { apiPath: fields.apiPath ?? '', clientId: fields.clientId ?? '', clientSecret: fields.clientSecret ?? '', accessToken: fields.accessToken ?? '' },
    null,
    accountLevel ? 'account-level' : 'store-level',
  );
  return { ok: errors.length === 0, fields, storeHash: accountLevel ? null : storeHash, account, errors, warnings, flags, format, extras };
}

const JSON_KEYS: Readonly<Record<TxtField, string>> = {
  name: 'name',
  apiPath: 'apiPath',
  clientId: 'clientId',
  clientSecret: 'clientSecret',
  accessToken: 'accessToken',
};

function parseJsonExport(text: string): CredentialFileResult | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const obj = data as Record<string, unknown>;
  const fields: Partial<Record<TxtField, string>> = {};
  const errors: TxtFieldIssue[] = [];
  for (const [field, key] of Object.entries(JSON_KEYS) as Array<[TxtField, string]>) {
    const value = obj[key];
    if (value === undefined) continue;
    if (typeof value === 'string') {
      if (value.trim() !== '') fields[field] = value.trim();
    } else errors.push({ field, code: 'invalid' });
  }
  return finish(fields, errors, 'json', extrasFrom(obj));
}

const ENV_KEYS: Readonly<Record<string, TxtField | 'tokenType' | 'scopes' | 'capturedAt' | 'kind' | 'account'>> = {
  BIGCOMMERCE_CLIENT_ID: 'clientId',
  BIGCOMMERCE_CLIENT_SECRET: 'clientSecret',
  BIGCOMMERCE_ACCESS_TOKEN: 'accessToken',
  BIGCOMMERCE_API_PATH: 'apiPath',
  BIGCOMMERCE_ACCOUNT_NAME: 'name',
  BIGCOMMERCE_TOKEN_TYPE: 'tokenType',
  BIGCOMMERCE_SCOPES: 'scopes',
  BIGCOMMERCE_CAPTURED_AT: 'capturedAt',
  BIGCOMMERCE_KIND: 'kind',
  BIGCOMMERCE_ACCOUNT_UUID: 'account',
};

/** KEY=value with the quoting ./dotenv.ts writes ('…' literal, "…" literal) or none. */
const ENV_LINE_RE = /^\s*(?:export\s+)?([A-Z_][A-Z0-9_]*)\s*=\s*(?:'([^']*)'|"([^"]*)"|([^\s'"#]*))\s*$/;

function parseEnvExport(text: string): CredentialFileResult | null {
  const values = new Map<string, string>();
  const repeated = new Set<string>();
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = ENV_LINE_RE.exec(line);
    if (!m) continue;
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    const previous = values.get(m[1]!);
    if (previous !== undefined && previous !== value) repeated.add(m[1]!);
    values.set(m[1]!, value);
  }
  if (![...values.keys()].some((k) => k in ENV_KEYS)) return null;
  const fields: Partial<Record<TxtField, string>> = {};
  const errors: TxtFieldIssue[] = [];
  const raw: { tokenType?: string; scopes?: Record<string, string>; capturedAt?: string; kind?: string; account?: string } = {};
  for (const [key, value] of values) {
    const target = ENV_KEYS[key];
    if (!target) continue;
    if (target === 'tokenType' || target === 'capturedAt' || target === 'kind' || target === 'account') raw[target] = value;
    else if (target === 'scopes') {
      raw.scopes = Object.fromEntries(
        value
          .split(',')
          .filter(Boolean)
          .map((pair) => pair.split('=') as [string, string]),
      );
    } else if (repeated.has(key)) errors.push({ field: target, code: 'conflict' });
    else if (value.trim() !== '') fields[target] = value.trim();
  }
  return finish(fields, errors, 'env', extrasFrom(raw));
}

/** Our JSON, our .env, or BigCommerce's .txt, whichever the text is. */
export function parseCredentialFile(input: string): CredentialFileResult {
  const text = input.replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    const json = parseJsonExport(text);
    if (json) return json;
  }
  if (/^\s*(?:export\s+)?BIGCOMMERCE_[A-Z_]+\s*=/m.test(text)) {
    const env = parseEnvExport(text);
    if (env) return env;
  }
  return { ...parseBigCommerceTxt(text), format: 'txt', extras: {} };
}
