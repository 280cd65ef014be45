import { describe, expect, it } from 'vitest';
import { canonicalJson, fields, sortedMap } from '../../../utils/vault/canonical';
import { recordHeaderAadV1, vaultHeaderAadV1 } from '../../../utils/vault/headers';
import type { RecordHeaderV1, VaultHeaderV1 } from '../../../utils/vault/schemas';

const header: RecordHeaderV1 = {
  v: 1,
  recordId: '0b1c2d3e-4f50-4162-8374-8596a7b8c9d0',
  captureId: 'cap-0001-abcdef',
  name: 'Ünïcode "quoted" name',
  storeHash: 'abc123',
  origin: 'https://store-abc123.mybigcommerce.com',
  capturedAt: '2026-01-15T10:20:30.456Z',
  tokenType: 'v2v3',
  scopes: { products: 'modify', customers: 'read-only' },
  keyId: 'AAAAAAAAAAAAAAAAAAAAAA',
  suite: { kem: 32, kdf: 1, aead: 2 },
  flags: ['unexpected-format', 'client-id-format'],
};

describe('canonical encoding', () => {
  it('freezes the v1 record header encoding (changing it breaks every stored record)', () => {
    expect(new TextDecoder().decode(recordHeaderAadV1(header))).toBe(
      'scopekeeper/record-header\n' +
        '{"v":1,"recordId":"0b1c2d3e-4f50-4162-8374-8596a7b8c9d0","captureId":"cap-0001-abcdef",' +
        '"name":"Ünïcode \\"quoted\\" name","storeHash":"abc123","origin":"https://store-abc123.mybigcommerce.com",' +
        '"capturedAt":"2026-01-15T10:20:30.456Z","tokenType":"v2v3","scopes":{"customers":"read-only","products":"modify"},' +
        '"keyId":"AAAAAAAAAAAAAAAAAAAAAA","suite":{"kem":32,"kdf":1,"aead":2},"flags":["unexpected-format","client-id-format"]}',
    );
  });

  it('does not depend on object key order', () => {
    const reordered = Object.fromEntries(Object.entries(header).reverse()) as RecordHeaderV1;
    const scopesReordered = { ...header, scopes: { customers: 'read-only', products: 'modify' } };
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(header));
    expect(recordHeaderAadV1(reordered)).toEqual(recordHeaderAadV1(header));
    expect(recordHeaderAadV1(scopesReordered)).toEqual(recordHeaderAadV1(header));
  });

  it('changes with every field', () => {
    const base = recordHeaderAadV1(header);
    expect(recordHeaderAadV1({ ...header, name: 'other' })).not.toEqual(base);
    expect(recordHeaderAadV1({ ...header, flags: [...header.flags].reverse() })).not.toEqual(base);
  });

  it('separates vault-header and record-header domains', () => {
    const vh: VaultHeaderV1 = {
      v: 1,
      protection: 'device',
      suite: { kem: 32, kdf: 1, aead: 2 },
      kdf: null,
      pk: 'A'.repeat(42) + 'A',
      keyId: 'AAAAAAAAAAAAAAAAAAAAAA',
      createdAt: '2026-01-15T10:20:30.456Z',
    };
    expect(new TextDecoder().decode(vaultHeaderAadV1(vh))).toMatch(/^scopekeeper\/vault-header\n\{"v":1,"protection":"device","suite":/);
  });

  it('rejects non-integer numbers and duplicate keys', () => {
    expect(() => canonicalJson(1.5)).toThrow();
    expect(() => canonicalJson(Number.MAX_SAFE_INTEGER + 1)).toThrow();
    expect(() => fields(['a', 1], ['a', 2])).toThrow();
    expect(canonicalJson(sortedMap({ b: '1', a: '2', B: '3' }))).toBe('{"B":"3","a":"2","b":"1"}');
  });
});
