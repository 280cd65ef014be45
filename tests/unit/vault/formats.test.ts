import { describe, expect, it } from 'vitest';
import { accountFromApiPath, checkCredentialFormats, storeHashFromApiPath } from '../../../utils/vault/formats';

const ok = {
  apiPath: 'https://api.bigcommerce.com/stores/abc123/v3/',
  clientId: 'q4w8e1r5t9y3u7i2o6p0a4s8d1f5g9h',
  clientSecret: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
  accessToken: 'z1x5c9v3b7n2m6l0k4j8h1g5f9d3s7a',
};

describe('checkCredentialFormats', () => {
  it('passes documented values', () => {
    expect(checkCredentialFormats(ok, 'abc123')).toEqual([]);
    expect(checkCredentialFormats({ ...ok, apiPath: 'https://api.bigcommerce.com/stores/abc123/v3' }, 'abc123')).toEqual([]);
    expect(checkCredentialFormats({ ...ok, clientSecret: 'abcdefg24hijk6lmno8pqrs1tu3vw5x' }, 'abc123')).toEqual([]);
    expect(checkCredentialFormats({ ...ok, clientId: 'abcdefg24hijk6lmno8pqrs1tu3vwxyz' }, null)).toEqual([]);
  });

  it.each([
    ['client id too short', { clientId: 'a'.repeat(29) }, ['client-id-format']],
    ['client id too long', { clientId: 'a'.repeat(41) }, ['client-id-format']],
    ['client id upper case', { clientId: 'Q4W8E1R5T9Y3U7I2O6P0A4S8D1F5G9H' }, ['client-id-format']],
    ['token with a dash', { accessToken: 'z1x5c9v3b7n2m6l0k4j8h1g5f9d3s7-' }, ['access-token-format']],
    ['secret 63 hex', { clientSecret: 'f'.repeat(63) }, ['client-secret-format']],
    ['secret 64 non-hex', { clientSecret: 'g'.repeat(64) }, ['client-secret-format']],
    ['empty secret', { clientSecret: '' }, ['client-secret-format']],
    ['v2 path', { apiPath: 'https://api.bigcommerce.com/stores/abc123/v2/' }, ['api-path-format']],
    ['http path', { apiPath: 'http://api.bigcommerce.com/stores/abc123/v3/' }, ['api-path-format']],
    ['look-alike host', { apiPath: 'https://api.bigcommerce.com.evil.test/stores/abc123/v3/' }, ['api-path-format']],
    ['other store', { apiPath: 'https://api.bigcommerce.com/stores/zzz999/v3/' }, ['store-hash-mismatch']],
    ['several at once', { clientId: '', accessToken: '', apiPath: '' }, ['access-token-format', 'api-path-format', 'client-id-format']],
  ])('flags %s', (_label, patch, flags) => {
    expect(checkCredentialFormats({ ...ok, ...patch }, 'abc123')).toEqual(flags);
  });

  it('skips the store comparison without a host hash', () => {
    expect(checkCredentialFormats({ ...ok, apiPath: 'https://api.bigcommerce.com/stores/zzz999/v3/' }, null)).toEqual([]);
  });

  it('reads the store hash from a documented API path only', () => {
    expect(storeHashFromApiPath(ok.apiPath)).toBe('abc123');
    expect(storeHashFromApiPath('https://api.bigcommerce.com/stores/ABC/v3/')).toBeNull();
  });

  it('checks an account-level path by its own shape, with no store to compare', () => {
    const uuid = '5e2f0c1a-7b3d-4e8f-9a6b-1c2d3e4f5a6b';
    const accountPath = `https://api.bigcommerce.com/accounts/${uuid}/graphql`;
    expect(checkCredentialFormats({ ...ok, apiPath: accountPath }, null, 'account-level')).toEqual([]);
    expect(checkCredentialFormats({ ...ok, apiPath: accountPath }, 'abc123', 'account-level')).toEqual([]);
    // Each kind wants its own shape: a store path on an account-level record, an account path on a store-level one.
    expect(checkCredentialFormats(ok, 'abc123', 'account-level')).toEqual(['api-path-format']);
    expect(checkCredentialFormats({ ...ok, apiPath: accountPath }, 'abc123')).toEqual(['api-path-format']);
    expect(checkCredentialFormats({ ...ok, apiPath: '' }, null, 'account-level')).toEqual(['api-path-format']);
    expect(checkCredentialFormats({ ...ok, apiPath: accountPath.toUpperCase() }, null, 'account-level')).toEqual(['api-path-format']);
    expect(accountFromApiPath(accountPath)).toBe(uuid);
    expect(accountFromApiPath(`${accountPath}/extra`)).toBeNull();
  });
});
