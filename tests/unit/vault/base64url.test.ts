import { describe, expect, it } from 'vitest';
import { Base64urlError, decodeBase64url, decodeBase64urlExact, encodeBase64url } from '../../../utils/vault/base64url';

describe('base64url', () => {
  it('matches Node’s encoder and round-trips for every length 0..96', () => {
    for (let n = 0; n <= 96; n++) {
      const bytes = crypto.getRandomValues(new Uint8Array(n));
      const text = encodeBase64url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(decodeBase64url(text)).toEqual(bytes);
    }
  });

  it('encodes the RFC 4648 test strings', () => {
    const enc = (s: string) => encodeBase64url(new TextEncoder().encode(s));
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(enc)).toEqual(['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy']);
    expect(encodeBase64url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });

  it.each([
    ['padding', 'Zg=='],
    ['standard alphabet +', 'a+b'],
    ['standard alphabet /', 'a/bc'],
    ['whitespace', 'Zm9v Yg'],
    ['newline', 'Zm9v\nYg'],
    ['impossible length', 'Zm9vY'],
    ['non-canonical 2-char tail', 'Zh'],
    ['non-canonical 3-char tail', 'Zm9'],
    ['non-ASCII', 'Zm9vé'],
  ])('rejects %s', (_label, text) => {
    expect(() => decodeBase64url(text)).toThrow(Base64urlError);
  });

  it('checks exact byte lengths', () => {
    const t = encodeBase64url(new Uint8Array(16));
    expect(decodeBase64urlExact(t, 16)).toHaveLength(16);
    expect(() => decodeBase64urlExact(t, 15)).toThrow(Base64urlError);
  });
});
