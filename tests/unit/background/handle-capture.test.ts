/**
 * The background's capture path (router + handler) over a real (fake-indexeddb) vault: sender and schema checks,
 * and that what the page could not give is recorded as flags on the stored header.
 */
import { MAX_TEXT } from '../../../utils/vault/schemas';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { handleContentRequest } from '../../../utils/background/handle-content-request';
import { Vault } from '../../../utils/vault/vault';
import { FAST_KDF, freshStorage } from '../fixtures/vault-test-kit';

const RUNTIME_ID = 'scopekeeper-test-id';
const PAGE = 'https://store-abc123.mybigcommerce.com/manage/settings/api-accounts/create';

function sender(overrides: Partial<Browser.runtime.MessageSender> = {}): Browser.runtime.MessageSender {
  return {
    id: RUNTIME_ID,
    url: PAGE,
    origin: 'https://store-abc123.mybigcommerce.com',
    frameId: 0,
    tab: { id: Math.floor(Math.random() * 1e9) } as Browser.tabs.Tab,
    ...overrides,
  };
}

function request(popup: Partial<Record<'clientId' | 'clientSecret' | 'accessToken', string | null>> = {}) {
  return {
    type: 'capture',
    captureId: crypto.randomUUID(),
    popup: {
      clientId: 'q4w8e1r5t9y3u7i2o6p0a4s8d1f5g9h',
      clientSecret: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
      accessToken: 'z1x5c9v3b7n2m6l0k4j8h1g5f9d3s7a',
      ...popup,
    },
    form: { name: 'Warehouse sync', apiPath: 'https://api.bigcommerce.com/stores/abc123/v3/', tokenType: 'v2v3', scopes: { products: 'modify' } },
  };
}

/** A capture as the background receives it: through the router, which checks sender and schema once. */
function handleCapture(message: unknown, from: Browser.runtime.MessageSender, runtimeId: string, vault: Vault) {
  return handleContentRequest(message, from, runtimeId, () => vault);
}

function newVault() {
  return new Vault(freshStorage(), { kdf: FAST_KDF });
}

describe('handleCapture', () => {
  it('stores a complete capture with the header from the sender and the form', async () => {
    const vault = newVault();
    const reply = await handleCapture(request(), sender(), RUNTIME_ID, vault);
    expect(reply).toMatchObject({ ok: true, missing: [] });
    const { headers } = await vault.listHeaders();
    expect(headers).toHaveLength(1);
    expect(headers[0]).toMatchObject({ name: 'Warehouse sync', storeHash: 'abc123', tokenType: 'v2v3', scopes: { products: 'modify' }, flags: [] });
  });

  it('keeps a capture with missing fields and records which ones were missing', async () => {
    const vault = newVault();
    const reply = await handleCapture(request({ clientSecret: null, accessToken: '' }), sender(), RUNTIME_ID, vault);
    expect(reply).toMatchObject({ ok: true, missing: ['clientSecret', 'accessToken'] });
    const [header] = (await vault.listHeaders()).headers;
    expect(header?.flags).toEqual(expect.arrayContaining(['missing-client-secret', 'missing-access-token', 'unexpected-format']));
    expect(header?.flags).not.toContain('missing-client-id');
  });

  it('refuses other senders and malformed messages without storing anything', async () => {
    const vault = newVault();
    expect(await handleCapture(request(), sender({ id: 'another-extension' }), RUNTIME_ID, vault)).toEqual({ ok: false, code: 'sender' });
    expect(await handleCapture(request(), sender({ frameId: 3 }), RUNTIME_ID, vault)).toEqual({ ok: false, code: 'sender' });
    expect(await handleCapture(request(), sender({ url: 'https://evil.example/manage/', origin: 'https://evil.example' }), RUNTIME_ID, vault)).toEqual({
      ok: false,
      code: 'sender',
    });
    expect(await handleCapture({ ...request(), extra: 1 }, sender(), RUNTIME_ID, vault)).toEqual({ ok: false, code: 'schema' });
    expect(await handleCapture(request({ clientId: 'x'.repeat(MAX_TEXT + 1) }), sender(), RUNTIME_ID, vault)).toEqual({ ok: false, code: 'schema' });
    expect((await vault.listHeaders()).headers).toEqual([]);
  });

  it('never echoes a value in its reply', async () => {
    const vault = newVault();
    const reply = await handleCapture(request(), sender(), RUNTIME_ID, vault);
    const text = JSON.stringify(reply);
    for (const secret of Object.values(request().popup)) expect(text).not.toContain(secret);
  });
});
