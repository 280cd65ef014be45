/**
 * Exports and imports of an account-level API account (issue 14): BigCommerce's .txt with the
 * account's API path, JSON and .env saying kind and account instead of a store, and Import
 * reading each back as an account-level record (never a store-level one).
 */
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../components/vault/import-plan';
import { toBigCommerceTxt } from '../../../utils/export/bigcommerce-txt';
import { toExportCredential, type ExportCredential } from '../../../utils/export/credential';
import { toDotEnv } from '../../../utils/export/dotenv';
import { fileNameFor } from '../../../utils/export/file-name';
import { toJson } from '../../../utils/export/json';
import { parseCredentialFile } from '../../../utils/export/read-back';
import { sealRecord } from '../../../utils/vault';
import { generateRecipientKeyPair } from '../../../utils/vault/key-wrap';

const UUID = '5e2f0c1a-7b3d-4e8f-9a6b-1c2d3e4f5a6b';
const PATH = `https://api.bigcommerce.com/accounts/${UUID}/graphql`;
const VALUES = {
  name: 'Billing sync',
  apiPath: PATH,
  clientId: 'q4w8e1r5t9y3u7i2o6p0a4s8d1f5g9h',
  clientSecret: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
  accessToken: 'z1x5c9v3b7n2m6l0k4j8h1g5f9d3s7a',
};
const HEADER = {
  storeHash: UUID.replaceAll('-', ''),
  capturedAt: '2026-03-04T05:06:07.089Z',
  scopes: { 'account-users': 'read-only', 'account-checkouts': 'modify' },
  tokenType: 'account-level',
  kind: 'account-level' as const,
  account: UUID,
};
const cred: ExportCredential = toExportCredential(HEADER, VALUES);

async function sealPlan(text: string) {
  const plan = planImport(text, 'Imported API account', new Date('2026-05-01T00:00:00.000Z'));
  if (!plan.ok) throw new Error(`expected a plan: ${JSON.stringify(plan.errors)}`);
  const { keyPair, keyId } = await generateRecipientKeyPair();
  return { plan, record: await sealRecord({ publicKey: keyPair.publicKey, keyId }, plan.fields, plan.inputs) };
}

describe('account-level exports', () => {
  it('the export credential carries kind and account from the header', () => {
    expect(cred).toMatchObject({ kind: 'account-level', account: UUID, tokenType: 'account-level', apiPath: PATH });
  });

  it("the .txt is BigCommerce's format, with the account's API path", () => {
    expect(toBigCommerceTxt(cred)).toBe(
      `ACCESS TOKEN: ${VALUES.accessToken}\nCLIENT NAME: Billing sync\nAPI PATH: ${PATH}\nCLIENT ID: ${VALUES.clientId}\nCLIENT SECRET: ${VALUES.clientSecret}\n`,
    );
  });

  it('JSON says kind and account instead of a store hash', () => {
    const json = JSON.parse(toJson(cred)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['name', 'apiPath', 'kind', 'account', 'clientId', 'clientSecret', 'accessToken', 'tokenType', 'capturedAt', 'scopes']);
    expect(json).toMatchObject({ kind: 'account-level', account: UUID, tokenType: 'account-level', scopes: { 'account-checkouts': 'modify', 'account-users': 'read-only' } });
    expect(json).not.toHaveProperty('storeHash');
  });

  it('.env says kind and account instead of a store hash', () => {
    const env = toDotEnv(cred);
    expect(env).toContain('# BigCommerce account-level API account, exported by Scopekeeper.\n');
    expect(env).toContain("BIGCOMMERCE_KIND='account-level'\n");
    expect(env).toContain(`BIGCOMMERCE_ACCOUNT_UUID='${UUID}'\n`);
    expect(env).toContain(`BIGCOMMERCE_API_PATH='${PATH}'\n`);
    expect(env).not.toContain('BIGCOMMERCE_STORE_HASH');
  });

  it('an account unknown is left out rather than guessed', () => {
    const unknown = toExportCredential({ ...HEADER, storeHash: 'abc123', account: undefined }, { ...VALUES, apiPath: '' });
    expect(JSON.parse(toJson(unknown))).not.toHaveProperty('account');
    expect(toDotEnv(unknown)).not.toContain('BIGCOMMERCE_ACCOUNT_UUID');
    expect(fileNameFor(unknown, 'env')).toBe('bigcommerce-account-unknown-billing-sync-2026-03-04.env');
  });

  it('file names say account, not a store', () => {
    expect(fileNameFor(cred, 'txt')).toBe('bigcommerce-account-5e2f0c1a-billing-sync-2026-03-04.txt');
  });

  it('"only what it needs" leaves out credential values, never the kind or account', () => {
    const json = JSON.parse(toJson(cred, ['accessToken', 'apiPath'])) as Record<string, unknown>;
    expect(json).toMatchObject({ kind: 'account-level', account: UUID, apiPath: PATH, accessToken: VALUES.accessToken });
    expect(json).not.toHaveProperty('clientSecret');
    expect(toBigCommerceTxt(cred, ['accessToken', 'apiPath'])).toBe(`ACCESS TOKEN: ${VALUES.accessToken}\nAPI PATH: ${PATH}\n`);
  });
});

describe('account-level imports', () => {
  it.each([
    ['txt', () => toBigCommerceTxt(cred)],
    ['json', () => toJson(cred)],
    ['env', () => toDotEnv(cred)],
  ] as const)('%s reads back as an account-level record, filed under its account', async (format, make) => {
    const parsed = parseCredentialFile(make());
    expect(parsed).toMatchObject({ ok: true, format, account: UUID, storeHash: null, flags: [] });
    const { plan, record } = await sealPlan(make());
    expect(plan.fields).toEqual(VALUES);
    expect(record.header).toMatchObject({
      kind: 'account-level',
      account: UUID,
      tokenType: 'account-level',
      storeHash: UUID.replaceAll('-', ''),
      origin: 'https://accounts.bigcommerce.com',
      flags: ['imported'],
    });
    // Our formats keep the scopes and the capture date; the .txt has neither.
    if (format !== 'txt') expect(record.header).toMatchObject({ scopes: HEADER.scopes, capturedAt: HEADER.capturedAt });
  });

  it('an export whose record had no API path reads back account-level, flagged, with the path a warning', async () => {
    const noPath = toExportCredential({ ...HEADER, account: undefined }, { ...VALUES, apiPath: '' });
    for (const text of [toJson(noPath), toDotEnv(noPath)]) {
      const parsed = parseCredentialFile(text);
      expect(parsed).toMatchObject({ ok: true, account: null });
      expect(parsed.warnings).toContainEqual({ field: 'apiPath', code: 'missing' });
      const { record } = await sealPlan(text);
      expect(record.header).toMatchObject({ kind: 'account-level', storeHash: 'unknown', tokenType: 'account-level' });
      expect(record.header).not.toHaveProperty('account');
      expect(record.header.flags).toContain('missing-api-path');
    }
  });

  it('a file that says account-level but names a store, or two different accounts, is refused, not guessed', () => {
    const storePath = JSON.stringify({ ...JSON.parse(toJson(cred)), apiPath: 'https://api.bigcommerce.com/stores/abc123/v3/' });
    expect(parseCredentialFile(storePath).errors).toContainEqual({ field: 'apiPath', code: 'invalid' });
    const otherAccount = JSON.stringify({ ...JSON.parse(toJson(cred)), account: '00000000-0000-4000-8000-000000000000' });
    expect(parseCredentialFile(otherAccount).errors).toContainEqual({ field: 'apiPath', code: 'conflict' });
    expect(planImport(storePath, 'x').ok).toBe(false);
  });

  it('a store-level file without kind still imports store-level', async () => {
    const store = toJson({ ...cred, kind: undefined, account: undefined, tokenType: 'v2v3', storeHash: 'abc123', apiPath: 'https://api.bigcommerce.com/stores/abc123/v3/' });
    const { record } = await sealPlan(store);
    expect(record.header).not.toHaveProperty('kind');
    expect(record.header).toMatchObject({ storeHash: 'abc123', tokenType: 'v2v3' });
  });
});
