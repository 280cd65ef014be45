/**
 * `.env` export. dotenv dialects disagree on escapes inside double quotes (Node dotenv expands
 * only \n, python-dotenv handles \" and \\, dotenv-expand and docker compose expand $VAR), but
 * all of them, and a POSIX shell sourcing the file, read single-quoted values literally. So:
 *  1. control characters become spaces (a newline would start a new KEY= line);
 *  2. single quotes when the value has no `'` (every documented value; the usual case);
 *  3. double quotes when it has `'` but none of `"`, `\`, `$` or backtick, which no dialect
 *     treats specially;
 *  4. otherwise single quotes with `'` replaced by `’` (U+2019). Lossy, but only the free-text
 *     account name can get here and a mangled name beats an injected variable.
 */
import { includes, singleLine, type ExportCredential, type FieldSelection } from './credential';

/** "products=modify,orders=read-only", keys sorted: scope ids and levels are [a-z0-9._-]. */
function scopesToEnv(scopes: Readonly<Record<string, string>>): string {
  return Object.keys(scopes)
    .sort()
    .map((k) => `${k}=${scopes[k]}`)
    .join(',');
}

export function quoteEnvValue(value: string): string {
  const clean = singleLine(value);
  if (!clean.includes("'")) return `'${clean}'`;
  if (!/["\\$`]/.test(clean)) return `"${clean}"`;
  return `'${clean.replaceAll("'", '\u2019')}'`;
}

export function toDotEnv(cred: ExportCredential, selection: FieldSelection = 'all'): string {
  // An account-level account has no store: its kind and account instead (read back by Import).
  const home: Array<[string, string, null]> = cred.kind
    ? [['BIGCOMMERCE_KIND', cred.kind, null], ...(cred.account ? [['BIGCOMMERCE_ACCOUNT_UUID', cred.account, null] as [string, string, null]] : [])]
    : [['BIGCOMMERCE_STORE_HASH', cred.storeHash, null]];
  const all: Array<[string, string, Parameters<typeof includes>[1] | null]> = [
    ...home,
    ['BIGCOMMERCE_CLIENT_ID', cred.clientId, 'clientId'],
    ['BIGCOMMERCE_CLIENT_SECRET', cred.clientSecret, 'clientSecret'],
    ['BIGCOMMERCE_ACCESS_TOKEN', cred.accessToken, 'accessToken'],
    ['BIGCOMMERCE_API_PATH', cred.apiPath, 'apiPath'],
    ['BIGCOMMERCE_ACCOUNT_NAME', cred.name, 'name'],
    // Non-secret facts, so Import can read the file back without losing them.
    ['BIGCOMMERCE_TOKEN_TYPE', cred.tokenType, null],
    ['BIGCOMMERCE_SCOPES', scopesToEnv(cred.scopes), null],
    ['BIGCOMMERCE_CAPTURED_AT', cred.capturedAt, null],
  ];
  const lines = all.filter(([, , field]) => field === null || includes(selection, field));
  return (
    `# BigCommerce ${cred.kind ? 'account-level' : 'store-level'} API account, exported by Scopekeeper.\n` +
    '# Plaintext secrets: keep this file out of version control and delete it when done.\n' +
    lines.map(([key, value]) => `${key}=${quoteEnvValue(value)}\n`).join('')
  );
}
