/** Import reads back Scopekeeper's own JSON and .env exports, keeping token type, scopes and the
 *  capture date (issue 12, item 5); a BigCommerce .txt still reads as before. */
import { describe, expect, it } from 'vitest';
import { toBigCommerceTxt } from '../../../utils/export/bigcommerce-txt';
import type { ExportCredential } from '../../../utils/export/credential';
import { toDotEnv } from '../../../utils/export/dotenv';
import { toJson } from '../../../utils/export/json';
import { parseCredentialFile } from '../../../utils/export/read-back';
import { planImport } from '../../../components/vault/import-plan';

const cred: ExportCredential = {
  name: "Bob's warehouse sync",
  apiPath: 'https://api.bigcommerce.com/stores/abc123/v3/',
  storeHash: 'abc123',
  clientId: 'q4w8e1r5t9y3u7i2o6p0a4s8d1f5g9h',
  clientSecret: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
  accessToken: 'z1x5c9v3b7n2m6l0k4j8h1g5f9d3s7a',
  capturedAt: '2025-11-02T08:09:10.111Z',
  scopes: { products: 'modify', orders: 'read-only' },
  tokenType: 'v2v3',
};

const FIELDS = { name: cred.name, apiPath: cred.apiPath, clientId: cred.clientId, clientSecret: cred.clientSecret, accessToken: cred.accessToken };

describe('parseCredentialFile', () => {
  it.each([
    ['json', toJson(cred)],
    ['env', toDotEnv(cred)],
  ] as const)('reads its own %s export back with every value and fact', (format, text) => {
    const result = parseCredentialFile(text);
    expect(result).toMatchObject({ ok: true, format, fields: FIELDS, storeHash: 'abc123', errors: [] });
    expect(result.extras).toEqual({ tokenType: 'v2v3', scopes: cred.scopes, capturedAt: cred.capturedAt });
  });

  it('a BigCommerce .txt is still a .txt, without facts', () => {
    const result = parseCredentialFile(toBigCommerceTxt(cred));
    expect(result).toMatchObject({ ok: true, format: 'txt', fields: FIELDS, extras: {} });
  });

  it('an "only what it needs" export reads back with the secret missing (a warning, not an error)', () => {
    const result = parseCredentialFile(toJson(cred, ['apiPath', 'clientId', 'accessToken']));
    expect(result.ok).toBe(true);
    expect(result.fields.clientSecret).toBeUndefined();
    expect(result.warnings).toContainEqual({ field: 'clientSecret', code: 'missing' });
  });

  it('bad facts are dropped, bad values reported, nothing echoed', () => {
    const json = JSON.stringify({ ...JSON.parse(toJson(cred)), tokenType: 'NOT A TYPE', scopes: { __bad: 1 }, capturedAt: 'yesterday', clientId: 42 });
    const result = parseCredentialFile(json);
    expect(result.extras).toEqual({});
    expect(result.errors).toContainEqual({ field: 'clientId', code: 'invalid' });
    expect(parseCredentialFile('{ not json').format).toBe('txt');
  });

  it('a repeated .env key with two values is a conflict', () => {
    const text = `${toDotEnv(cred)}BIGCOMMERCE_ACCESS_TOKEN='another'\n`;
    expect(parseCredentialFile(text).errors).toContainEqual({ field: 'accessToken', code: 'conflict' });
  });
});

describe('planImport keeps token type, scopes and capture date', () => {
  it.each([['json', toJson(cred)], ['env', toDotEnv(cred)]])('%s', (_f, text) => {
    const plan = planImport(text, 'Imported', new Date('2026-01-01T00:00:00.000Z'));
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.fields).toEqual(FIELDS);
    expect(plan.inputs).toMatchObject({ tokenType: 'v2v3', scopes: cred.scopes, storeHash: 'abc123' });
    expect(plan.inputs.capturedAt?.toISOString()).toBe(cred.capturedAt);
  });
});
