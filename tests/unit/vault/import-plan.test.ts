/** Turning BigCommerce's .txt into a sealed-capture input, and refusing files that are not one. */
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../components/vault/import-plan';
import { sealRecord } from '../../../utils/vault';
import { generateRecipientKeyPair } from '../../../utils/vault/key-wrap';

const VALUES = {
  accessToken: 'z1x5c9v3b7n2m6l0k4j8h1g5f9d3s7a',
  clientId: 'q4w8e1r5t9y3u7i2o6p0a4s8d1f5g9h',
  clientSecret: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
};
const VARIANT_C = [
  `ACCESS TOKEN: ${VALUES.accessToken}`,
  'CLIENT NAME: products read-write',
  `CLIENT ID: ${VALUES.clientId}`,
  `CLIENT SECRET: ${VALUES.clientSecret}`,
  'NAME: products read-write',
  'API PATH: https://api.bigcommerce.com/stores/AbC123/v3/',
].join('\r\n');

describe('planImport', () => {
  it('takes the store hash from the API path (lower-cased) and marks the record as imported', async () => {
    const plan = planImport(VARIANT_C, 'Imported API account', new Date('2026-02-03T04:05:06.000Z'));
    if (!plan.ok) throw new Error('expected a plan');
    expect(plan.fields).toEqual({ ...VALUES, name: 'products read-write', apiPath: 'https://api.bigcommerce.com/stores/AbC123/v3/' });
    expect(plan.inputs).toMatchObject({ storeHash: 'abc123', origin: 'https://store-abc123.mybigcommerce.com', tokenType: 'unknown', scopes: {}, extraFlags: ['imported'] });
    expect(plan.inputs.captureId).toMatch(/^import-[0-9a-f-]{36}$/);
    // The plan is accepted by the same sealer as a capture.
    const { keyPair, keyId } = await generateRecipientKeyPair();
    const record = await sealRecord({ publicKey: keyPair.publicKey, keyId }, plan.fields, plan.inputs);
    expect(record.header.flags).toEqual(expect.arrayContaining(['imported', 'api-path-format']));
  });

  it('keeps a file without name or secret, flagged, with a placeholder name', () => {
    const plan = planImport(`ACCESS TOKEN: ${VALUES.accessToken}\nCLIENT ID: ${VALUES.clientId}\nAPI PATH: https://api.bigcommerce.com/stores/abc123/v3/\n`, 'Imported API account');
    if (!plan.ok) throw new Error('expected a plan');
    expect(plan.fields.name).toBe('Imported API account');
    expect(plan.fields.clientSecret).toBe('');
    expect(plan.inputs.extraFlags).toEqual(['imported', 'name-missing', 'missing-client-secret']);
    expect(plan.warnings).toEqual(expect.arrayContaining([{ field: 'name', code: 'missing' }, { field: 'clientSecret', code: 'missing' }]));
  });

  it('refuses empty files, unrelated text, and names each broken field', () => {
    expect(planImport('  \n', 'x')).toEqual({ ok: false, errors: [{ field: 'file', code: 'empty' }] });
    expect(planImport('Dear diary,\ntoday I made an API account.', 'x')).toEqual({ ok: false, errors: [{ field: 'file', code: 'no-labels' }] });
    const broken = planImport(`CLIENT ID: a\nCLIENT ID: b\nAPI PATH: https://example.com/\n`, 'x');
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.errors).toEqual(
      expect.arrayContaining([
        { field: 'clientId', code: 'conflict' },
        { field: 'accessToken', code: 'missing' },
        { field: 'apiPath', code: 'invalid' },
      ]),
    );
  });

  it('refuses values the vault could not store instead of failing later', () => {
    const long = planImport(`ACCESS TOKEN: ${'a'.repeat(300)}\nCLIENT ID: ${VALUES.clientId}\nAPI PATH: https://api.bigcommerce.com/stores/abc123/v3/\n`, 'x');
    expect(long).toEqual({ ok: false, errors: [{ field: 'accessToken', code: 'invalid' }] });
    const hash = planImport(`ACCESS TOKEN: ${VALUES.accessToken}\nCLIENT ID: ${VALUES.clientId}\nAPI PATH: https://api.bigcommerce.com/stores/${'a'.repeat(40)}/v3/\n`, 'x');
    expect(hash).toEqual({ ok: false, errors: [{ field: 'apiPath', code: 'invalid' }] });
  });
});
