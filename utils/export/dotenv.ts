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
import { singleLine, type ExportCredential } from './credential';

export function quoteEnvValue(value: string): string {
  const clean = singleLine(value);
  if (!clean.includes("'")) return `'${clean}'`;
  if (!/["\\$`]/.test(clean)) return `"${clean}"`;
  return `'${clean.replaceAll("'", '\u2019')}'`;
}

export function toDotEnv(cred: Pick<ExportCredential, 'storeHash' | 'clientId' | 'clientSecret' | 'accessToken' | 'apiPath' | 'name'>): string {
  const lines: Array<[string, string]> = [
    ['BIGCOMMERCE_STORE_HASH', cred.storeHash],
    ['BIGCOMMERCE_CLIENT_ID', cred.clientId],
    ['BIGCOMMERCE_CLIENT_SECRET', cred.clientSecret],
    ['BIGCOMMERCE_ACCESS_TOKEN', cred.accessToken],
    ['BIGCOMMERCE_API_PATH', cred.apiPath],
    ['BIGCOMMERCE_ACCOUNT_NAME', cred.name],
  ];
  return (
    '# BigCommerce store-level API account, exported by Scopekeeper.\n' +
    '# Plaintext secrets: keep this file out of version control and delete it when done.\n' +
    lines.map(([key, value]) => `${key}=${quoteEnvValue(value)}\n`).join('')
  );
}
