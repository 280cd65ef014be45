import { describe, expect, it } from 'vitest';
import { parseBigCommerceTxt, toBigCommerceTxt } from '../../../utils/export/bigcommerce-txt';

const cred = {
  name: 'products read-write',
  apiPath: 'https://api.bigcommerce.com/stores/abc123/v3/',
  clientId: 'q4w8e1r5t9y3u7i2o6p0a4s8d1f5g9h',
  clientSecret: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
  accessToken: 'z1x5c9v3b7n2m6l0k4j8h1g5f9d3s7a',
};

const VARIANT_A =
  'ACCESS TOKEN: z1x5c9v3b7n2m6l0k4j8h1g5f9d3s7a\n' +
  'CLIENT NAME: products read-write\n' +
  'API PATH: https://api.bigcommerce.com/stores/abc123/v3/\n' +
  'CLIENT ID: q4w8e1r5t9y3u7i2o6p0a4s8d1f5g9h\n' +
  'CLIENT SECRET: 0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0\n';

const VARIANT_B =
  'ACCESS TOKEN: z1x5c9v3b7n2m6l0k4j8h1g5f9d3s7a\n' +
  'CLIENT ID: q4w8e1r5t9y3u7i2o6p0a4s8d1f5g9h\n' +
  'CLIENT SECRET: 0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0\n' +
  'NAME: products read-write\n' +
  'API PATH: https://api.bigcommerce.com/stores/abc123/v3/\n';

const VARIANT_C =
  'ACCESS TOKEN: z1x5c9v3b7n2m6l0k4j8h1g5f9d3s7a\n' +
  'CLIENT NAME: products read-write\n' +
  'CLIENT ID: q4w8e1r5t9y3u7i2o6p0a4s8d1f5g9h\n' +
  'CLIENT SECRET: 0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0\n' +
  'NAME: products read-write\n' +
  'API PATH: https://api.bigcommerce.com/stores/abc123/v3/\n';

describe('toBigCommerceTxt', () => {
  it('writes variant A byte for byte, LF endings and a final newline', () => {
    const text = toBigCommerceTxt(cred);
    expect(text).toBe(VARIANT_A);
    const bytes = new TextEncoder().encode(text);
    expect(bytes.includes(0x0d)).toBe(false);
    expect(bytes.at(-1)).toBe(0x0a);
    expect(bytes.at(-2)).not.toBe(0x0a);
    expect(text.split('\n')).toHaveLength(6);
  });

  it('cannot be made to emit extra label lines', () => {
    const text = toBigCommerceTxt({ ...cred, name: 'evil\nACCESS TOKEN: attacker\r\nAPI PATH: x' });
    expect(text.split('\n')).toHaveLength(6);
    expect(text.match(/^ACCESS TOKEN:/gm)).toHaveLength(1);
    expect(parseBigCommerceTxt(text).fields.accessToken).toBe(cred.accessToken);
  });

  it('round-trips through the parser', () => {
    const parsed = parseBigCommerceTxt(toBigCommerceTxt(cred));
    expect(parsed).toMatchObject({ ok: true, fields: cred, storeHash: 'abc123', errors: [], warnings: [], flags: [] });
  });
});

describe('parseBigCommerceTxt', () => {
  it.each([
    ['A', VARIANT_A],
    ['B', VARIANT_B],
    ['C', VARIANT_C],
  ])('reads variant %s', (_variant, text) => {
    const parsed = parseBigCommerceTxt(text);
    expect(parsed.ok).toBe(true);
    expect(parsed.fields).toEqual(cred);
    expect(parsed.storeHash).toBe('abc123');
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
  });

  it('reads shuffled lines, CRLF, a BOM, blank lines, odd spacing and lower-case labels', () => {
    const text =
      '\uFEFF\r\n' +
      'Here are your credentials\r\n' +
      '  client secret :  ' + cred.clientSecret + '  \r\n' +
      '\r\n' +
      'api path:' + cred.apiPath + '\r\n' +
      'Client  Id: ' + cred.clientId + '\r\n' +
      'name: ' + cred.name + '\r\n' +
      'ACCESS TOKEN: ' + cred.accessToken + '\r\n' +
      '-----\r\n';
    const parsed = parseBigCommerceTxt(text);
    expect(parsed.ok).toBe(true);
    expect(parsed.fields).toEqual(cred);
    expect(parsed.warnings).toEqual([{ field: null, code: 'ignored-lines', count: 2 }]);
  });

  it('reads old Mac CR-only line endings', () => {
    expect(parseBigCommerceTxt(VARIANT_A.replaceAll('\n', '\r')).fields).toEqual(cred);
  });

  it.each([
    ['ACCESS TOKEN', 'accessToken'],
    ['API PATH', 'apiPath'],
  ] as const)('reports a missing %s as a field error', (label, field) => {
    const text = VARIANT_A.split('\n').filter((l) => !l.startsWith(`${label}:`)).join('\n');
    const parsed = parseBigCommerceTxt(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.errors).toEqual([{ field, code: 'missing' }]);
    expect(parsed.fields[field]).toBeUndefined();
  });

  it('reads the token-only file of a Stencil-CLI token: no client id or secret is only a warning', () => {
    const text = VARIANT_A.split('\n').filter((l) => !/^CLIENT (ID|SECRET):/.test(l)).join('\n');
    const parsed = parseBigCommerceTxt(text);
    expect(parsed.ok).toBe(true);
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual(
      expect.arrayContaining([
        { field: 'clientId', code: 'missing' },
        { field: 'clientSecret', code: 'missing' },
      ]),
    );
  });

  it('a missing secret or name is only a warning (Stencil-CLI tokens may have no secret)', () => {
    const text = VARIANT_A.split('\n').filter((l) => !/^(CLIENT SECRET|CLIENT NAME):/.test(l)).join('\n');
    const parsed = parseBigCommerceTxt(text);
    expect(parsed.ok).toBe(true);
    expect(parsed.warnings).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'missing' },
        { field: 'clientSecret', code: 'missing' },
      ]),
    );
    expect(parsed.flags).toContain('client-secret-format');
  });

  it('reports an API path without a store hash', () => {
    const parsed = parseBigCommerceTxt(VARIANT_A.replace(cred.apiPath, 'https://api.bigcommerce.com/v3/'));
    expect(parsed.ok).toBe(false);
    expect(parsed.errors).toEqual([{ field: 'apiPath', code: 'invalid' }]);
    expect(parsed.storeHash).toBeNull();
  });

  it('takes the store hash from a v2-less path variant and flags a non-standard path', () => {
    const parsed = parseBigCommerceTxt(VARIANT_A.replace(cred.apiPath, 'https://api.bigcommerce.com/stores/xyz9/v3'));
    expect(parsed.storeHash).toBe('xyz9');
    expect(parsed.flags).toEqual([]);
    const odd = parseBigCommerceTxt(VARIANT_A.replace(cred.apiPath, 'http://example.test/stores/xyz9/v3/'));
    expect(odd.storeHash).toBe('xyz9');
    expect(odd.flags).toContain('api-path-format');
  });

  it('reports a label repeated with different values instead of guessing', () => {
    const parsed = parseBigCommerceTxt(`${VARIANT_A}ACCESS TOKEN: somethingelse\n`);
    expect(parsed.ok).toBe(false);
    expect(parsed.errors).toEqual([{ field: 'accessToken', code: 'conflict' }]);
    expect(parsed.fields.accessToken).toBeUndefined();
    // The same value twice is fine.
    expect(parseBigCommerceTxt(`${VARIANT_A}ACCESS TOKEN: ${cred.accessToken}\n`).ok).toBe(true);
  });

  it('prefers CLIENT NAME when NAME differs, with a warning', () => {
    const parsed = parseBigCommerceTxt(VARIANT_C.replace('NAME: products read-write\nAPI', 'NAME: other name\nAPI'));
    expect(parsed.ok).toBe(true);
    expect(parsed.fields.name).toBe('products read-write');
    expect(parsed.warnings).toContainEqual({ field: 'name', code: 'conflict' });
  });

  it('keeps colons inside values', () => {
    expect(parseBigCommerceTxt('CLIENT NAME: ops: nightly sync\n').fields.name).toBe('ops: nightly sync');
  });

  it('never throws on junk', () => {
    const inputs: unknown[] = [undefined, null, 42, {}, [], '', '\uFEFF', ':::', 'ACCESS TOKEN:', 'ACCESS TOKEN:    ', '\u0000'.repeat(1000), 'x'.repeat(200_000), `API PATH: ${'/stores/'.repeat(10_000)}`];
    let seed = 7;
    for (let i = 0; i < 300; i++) {
      let s = '';
      for (let j = 0; j < 200; j++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        s += String.fromCharCode(seed % 0x3000);
      }
      inputs.push(s, `${VARIANT_A.slice(0, seed % VARIANT_A.length)}${s}`);
    }
    for (const input of inputs) {
      const parsed = parseBigCommerceTxt(input);
      expect(typeof parsed.ok).toBe('boolean');
      if (!parsed.ok) expect(parsed.errors.length).toBeGreaterThan(0);
    }
    expect(parseBigCommerceTxt(null).errors.map((e) => e.field).sort()).toEqual(['accessToken', 'apiPath']);
  });
});

describe('long lines (the label regex no longer backtracks over the value)', () => {
  /** 65 KB, just under MAX_TXT_CHARS (64 KiB) with the other lines. */
  const LINE = 65_000;

  it('a 65 KB value of mostly spaces is read as one value and refused as too long', () => {
    const value = `a${' '.repeat(LINE - 20)}b`;
    const result = parseBigCommerceTxt(`CLIENT ID: ${cred.clientId}\nAPI PATH: ${cred.apiPath}\nACCESS TOKEN: ${value}\n`);
    // Over 1024 characters: a conflict on that field, never a silently shortened value.
    expect(result.errors).toContainEqual({ field: 'accessToken', code: 'conflict' });
    expect(result.fields.accessToken).toBeUndefined();
  });

  it('a 65 KB line of whitespace, or a label followed by 65 KB of whitespace, is not a value', () => {
    const spaces = ' \t'.repeat(LINE / 2);
    const result = parseBigCommerceTxt(`${spaces}\nACCESS TOKEN:${spaces}\n${VARIANT_A}`.slice(0, 200_000));
    expect(result.fields.accessToken).toBeUndefined();
  });

  it('surrounding whitespace on an ordinary line is trimmed as before', () => {
    const result = parseBigCommerceTxt(`  access  token :   ${cred.accessToken}   \nCLIENT ID:\t${cred.clientId}\nAPI PATH: ${cred.apiPath}\n`);
    expect(result.fields).toMatchObject({ accessToken: cred.accessToken, clientId: cred.clientId, apiPath: cred.apiPath });
  });

  it('"LABEL:" with nothing after it is an ignored line, not an empty value', () => {
    const result = parseBigCommerceTxt(`CLIENT SECRET:   \n${VARIANT_A.replace(/CLIENT SECRET.*\n/, '')}`);
    expect(result.fields.clientSecret).toBeUndefined();
    expect(result.warnings).toContainEqual({ field: null, code: 'ignored-lines', count: 1 });
  });
});
