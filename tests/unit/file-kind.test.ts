/** The file classifier every import asks first (issue 20, items 3 and 7). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Encrypter } from 'age-encryption';
import { classifyFile } from '../../utils/file-kind';

const bytes = (text: string) => new TextEncoder().encode(text);
const TXT =
  'ACCESS TOKEN: abcdefghijklmnopqrstuvwxyz01234\nCLIENT NAME: Warehouse sync\nAPI PATH: https://api.bigcommerce.com/stores/abc123/v3/\n' +
  'CLIENT ID: q4w8e1r5t9y3u7i2o6p0a4s8d1f5g9h\nCLIENT SECRET: 0123456789abcdef0123456789abcdef\n';

describe('classifyFile', () => {
  it('a BigCommerce .txt, a Scopekeeper .env and JSON export are credentials', () => {
    expect(classifyFile(bytes(TXT))).toBe('credentials');
    expect(classifyFile(bytes('BIGCOMMERCE_CLIENT_ID=abc\nBIGCOMMERCE_ACCESS_TOKEN=def\n'))).toBe('credentials');
  });

  it('a preset file is a preset, whatever its name', () => {
    expect(classifyFile(bytes(JSON.stringify({ format: 'scopekeeper-preset', version: 1, presets: [] })))).toBe('preset');
  });

  it('an age file to a passphrase is a backup; to a key, a sealed file; armored too', async () => {
    const toPassphrase = new Encrypter();
    toPassphrase.setPassphrase('tangerine quorum fjord lantern');
    toPassphrase.setScryptWorkFactor(10);
    expect(classifyFile(await toPassphrase.encrypt('{}'))).toBe('backup');
    const identity = readFileSync(path.resolve(import.meta.dirname, '../fixtures/handoff/integrator-key.txt'), 'utf8');
    const recipient = /public key: (age1\S+)/.exec(identity)![1]!;
    const toKey = new Encrypter();
    toKey.addRecipient(recipient);
    const sealed = await toKey.encrypt(TXT);
    expect(classifyFile(sealed)).toBe('sealed');
    const { armor } = await import('age-encryption');
    expect(classifyFile(bytes(armor.encode(sealed)))).toBe('sealed');
  });

  it('anything else is unknown', () => {
    expect(classifyFile(bytes('{ not json'))).toBe('unknown');
    expect(classifyFile(bytes(JSON.stringify({ hello: 'world' })))).toBe('unknown');
    expect(classifyFile(new Uint8Array([0, 1, 2, 255]))).toBe('unknown');
    expect(classifyFile(bytes('age-encryption.org/v2\n'))).toBe('unknown');
  });
});
