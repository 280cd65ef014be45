import { describe, expect, it } from 'vitest';
import { toExportCredential, type ExportCredential } from '../../../utils/export/credential';
import { quoteEnvValue, toDotEnv } from '../../../utils/export/dotenv';
import { fileNameFor, slugify } from '../../../utils/export/file-name';
import { toJson } from '../../../utils/export/json';
import { parseCredentialFile } from '../../../utils/export/read-back';

const cred: ExportCredential = {
  name: 'products read-write',
  apiPath: 'https://api.bigcommerce.com/stores/abc123/v3/',
  storeHash: 'abc123',
  clientId: 'q4w8e1r5t9y3u7i2o6p0a4s8d1f5g9h',
  clientSecret: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
  accessToken: 'z1x5c9v3b7n2m6l0k4j8h1g5f9d3s7a',
  capturedAt: '2026-01-15T10:20:30.456Z',
  scopes: { products: 'modify', customers: 'read-only' },
  tokenType: 'v2v3',
};

/** A minimal reader with the common dotenv semantics: single quotes literal, double quotes
 *  literal except for nothing we emit. Enough to show values come back unchanged. */
function readDotEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z_]+)=(?:'([^']*)'|"([^"\\$`]*)")$/.exec(line);
    if (m) out[m[1]!] = m[2] ?? m[3]!;
    else if (line !== '' && !line.startsWith('#')) throw new Error(`unparseable line: ${line}`);
  }
  return out;
}

describe('toJson', () => {
  it('is pretty JSON with a fixed key order and sorted scopes', () => {
    expect(toJson(cred)).toBe(`{
  "name": "products read-write",
  "apiPath": "https://api.bigcommerce.com/stores/abc123/v3/",
  "storeHash": "abc123",
  "clientId": "q4w8e1r5t9y3u7i2o6p0a4s8d1f5g9h",
  "clientSecret": "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",
  "accessToken": "z1x5c9v3b7n2m6l0k4j8h1g5f9d3s7a",
  "tokenType": "v2v3",
  "capturedAt": "2026-01-15T10:20:30.456Z",
  "scopes": {
    "customers": "read-only",
    "products": "modify"
  }
}
`);
  });

  it('escapes awkward names and parses back', () => {
    const odd = { ...cred, name: 'a "quoted"\nname \\ with \u2028 separators' };
    expect(JSON.parse(toJson(odd))).toMatchObject({ name: odd.name });
  });
});

describe('toDotEnv', () => {
  it('writes the six credential variables and the non-secret facts, single-quoted', () => {
    expect(toDotEnv(cred)).toBe(
      '# BigCommerce store-level API account, exported by Scopekeeper.\n' +
        '# Plaintext secrets: keep this file out of version control and delete it when done.\n' +
        "BIGCOMMERCE_STORE_HASH='abc123'\n" +
        "BIGCOMMERCE_CLIENT_ID='q4w8e1r5t9y3u7i2o6p0a4s8d1f5g9h'\n" +
        "BIGCOMMERCE_CLIENT_SECRET='0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0'\n" +
        "BIGCOMMERCE_ACCESS_TOKEN='z1x5c9v3b7n2m6l0k4j8h1g5f9d3s7a'\n" +
        "BIGCOMMERCE_API_PATH='https://api.bigcommerce.com/stores/abc123/v3/'\n" +
        "BIGCOMMERCE_ACCOUNT_NAME='products read-write'\n" +
        "BIGCOMMERCE_TOKEN_TYPE='v2v3'\n" +
        "BIGCOMMERCE_SCOPES='customers=read-only,products=modify'\n" +
        "BIGCOMMERCE_CAPTURED_AT='2026-01-15T10:20:30.456Z'\n",
    );
  });

  it('only what an integration needs: leaves out the other credential values, keeps the facts', () => {
    const text = toDotEnv(cred, ['apiPath', 'clientId', 'accessToken']);
    expect(text).not.toContain(cred.clientSecret);
    expect(text).not.toContain('BIGCOMMERCE_ACCOUNT_NAME');
    expect(Object.keys(readDotEnv(text))).toEqual([
      'BIGCOMMERCE_STORE_HASH',
      'BIGCOMMERCE_CLIENT_ID',
      'BIGCOMMERCE_ACCESS_TOKEN',
      'BIGCOMMERCE_API_PATH',
      'BIGCOMMERCE_TOKEN_TYPE',
      'BIGCOMMERCE_SCOPES',
      'BIGCOMMERCE_CAPTURED_AT',
    ]);
    const json = JSON.parse(toJson(cred, ['apiPath', 'clientId', 'accessToken'])) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['apiPath', 'storeHash', 'clientId', 'accessToken', 'tokenType', 'capturedAt', 'scopes']);
  });

  it.each([
    ['plain', 'plain name', "'plain name'"],
    ['dollar and backtick stay literal in single quotes', 'cost $HOME `id`', "'cost $HOME `id`'"],
    ['double quotes and backslash in single quotes', 'say "hi" \\o/', `'say "hi" \\o/'`],
    ['apostrophe → double quotes', "Bob's account", '"Bob\'s account"'],
    ['apostrophe with $ → typographic apostrophe', "Bob's $HOME", "'Bob\u2019s $HOME'"],
    ['newline → space', 'two\nlines', "'two lines'"],
    ['CR and tab → spaces', 'a\r\tb', "'a  b'"],
    ['empty', '', "''"],
  ])('quotes %s', (_label, input, expected) => {
    expect(quoteEnvValue(input)).toBe(expected);
  });

  it('cannot be made to emit an extra variable', () => {
    const text = toDotEnv({ ...cred, name: "x'\nBIGCOMMERCE_ACCESS_TOKEN='stolen" });
    expect(text.match(/^BIGCOMMERCE_ACCESS_TOKEN=/gm)).toHaveLength(1);
    expect(readDotEnv(text).BIGCOMMERCE_ACCESS_TOKEN).toBe(cred.accessToken);
  });

  it('values read back unchanged', () => {
    const values = readDotEnv(toDotEnv({ ...cred, name: "Bob's shop" }));
    expect(values).toEqual({
      BIGCOMMERCE_STORE_HASH: cred.storeHash,
      BIGCOMMERCE_CLIENT_ID: cred.clientId,
      BIGCOMMERCE_CLIENT_SECRET: cred.clientSecret,
      BIGCOMMERCE_ACCESS_TOKEN: cred.accessToken,
      BIGCOMMERCE_API_PATH: cred.apiPath,
      BIGCOMMERCE_ACCOUNT_NAME: "Bob's shop",
      BIGCOMMERCE_TOKEN_TYPE: 'v2v3',
      BIGCOMMERCE_SCOPES: 'customers=read-only,products=modify',
      BIGCOMMERCE_CAPTURED_AT: cred.capturedAt,
    });
  });
});

describe('fileNameFor', () => {
  it.each([
    [{ storeHash: 'abc123', name: 'products read-write', capturedAt: '2026-01-15T10:20:30.456Z' }, 'txt', 'bigcommerce-abc123-products-read-write-2026-01-15.txt'],
    [{ storeHash: 'abc123', name: 'Ünïcödé Café', capturedAt: '2026-01-15T10:20:30.456Z' }, 'json', 'bigcommerce-abc123-unicode-cafe-2026-01-15.json'],
    [{ storeHash: 'abc123', name: '../../etc/passwd', capturedAt: '2026-01-15T10:20:30.456Z' }, 'env', 'bigcommerce-abc123-etc-passwd-2026-01-15.env'],
    [{ storeHash: 'abc123', name: 'CON', capturedAt: '' }, 'txt', 'bigcommerce-abc123-con.txt'],
    [{ storeHash: 'abc123', name: '店舗 🚀', capturedAt: 'garbage' }, 'txt', 'bigcommerce-abc123-api-account.txt'],
    [{ storeHash: '', name: '', capturedAt: '2026-01-15T00:00:00.000Z' }, 'txt', 'bigcommerce-store-api-account-2026-01-15.txt'],
  ] as const)('%o .%s → %s', (input, ext, expected) => {
    expect(fileNameFor(input, ext)).toBe(expected);
  });

  it('is always short and safe, whatever the name', () => {
    for (const name of ['a'.repeat(500), '\u0000\u0001/\\:*?"<>|', ' . ', '-'.repeat(80), `${'x'.repeat(39)}-y`]) {
      const file = fileNameFor({ storeHash: 'abc123', name, capturedAt: '2026-01-15T00:00:00.000Z' }, 'txt');
      expect(file).toMatch(/^bigcommerce-[a-z0-9-]+\.txt$/);
      expect(file.length).toBeLessThanOrEqual(100);
      expect(file).not.toMatch(/--|-\./);
    }
  });

  it('refuses unexpected extensions', () => {
    expect(fileNameFor(cred, 'exe' as never)).toMatch(/\.txt$/);
    expect(slugify('  Hello,  World!  ')).toBe('hello-world');
  });
});

describe('toExportCredential', () => {
  it('combines the opened body with non-secret header fields', () => {
    const header = { storeHash: 'abc123', capturedAt: cred.capturedAt, scopes: cred.scopes, tokenType: 'v2v3', recordId: 'ignored' };
    const { storeHash: _s, capturedAt: _c, scopes: _sc, tokenType: _t, ...fields } = cred;
    expect(toExportCredential(header, fields)).toEqual(cred);
  });
});

describe('reading back a file whose capturedAt is no real instant', () => {
  it('reads the credential and drops the date, without throwing', () => {
    for (const capturedAt of ['2026-13-01T00:00:00.000Z', 'not a date']) {
      const text = toJson({ ...cred, capturedAt });
      const parsed = parseCredentialFile(text);
      expect(parsed.ok).toBe(true);
      expect(parsed.ok && parsed.extras.capturedAt).toBeUndefined();
    }
  });
});
