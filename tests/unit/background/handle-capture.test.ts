/**
 * The background's capture path (router + handler) over a real (fake-indexeddb) vault: sender and schema checks,
 * and that what the page could not give is recorded as flags on the stored header.
 */
import { CAPTURE_STORED_MARK } from '../../../utils/background/timing-marks';
import { MAX_TEXT } from '../../../utils/vault/schemas';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCapture as handleCaptureDirect } from '../../../utils/background/handle-capture';
import type { CaptureRequest } from '../../../utils/background/capture-schema';
import { selectPreset } from '../../../utils/presets/store';
import type { Browser } from 'wxt/browser';
import { expectCapture, isCaptureExpected, receiveCapture } from '../../../utils/background/receive-capture';
import { Vault } from '../../../utils/vault/vault';
import { openRecord } from '../../../utils/vault/seal';
import { MAX_UNTRUSTED_PER_STORE_PER_HOUR } from '../../../utils/background/capture-bounds';
import { FAST_KDF, freshStorage } from '../fixtures/vault-test-kit';
import { useEnglishMessages } from '../english';
import { writePresetState } from '../../../utils/presets/stored';

// The reply carries the page's notice, in words.
beforeEach(useEnglishMessages);

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

const pick = (alphabet: string, n: number) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => alphabet[b % alphabet.length]).join('');
const alnum = () => pick('abcdefghijklmnopqrstuvwxyz0123456789', 31);

/** Fresh values per call: the background stores a set of values once (by digest), across tests too. */
function request(
  popup: Partial<Record<'clientId' | 'clientSecret' | 'accessToken', string | null>> & { labelled?: Array<{ label: string; value: string }> } = {},
  extra: { trustedSave?: boolean; tokenType?: 'v2v3' | 'stencil-cli' | null } = {},
) {
  const trustedSave = extra.trustedSave ?? true;
  return {
    type: 'capture',
    captureId: crypto.randomUUID(),
    popup: { clientId: alnum(), clientSecret: pick('0123456789abcdef', 64), accessToken: alnum(), labelled: [], ...popup },
    trustedSave,
    savedApiPath: trustedSave ? 'https://api.bigcommerce.com/stores/abc123/v3/' : null,
    savedScopes: trustedSave ? { products: 'modify' } : null,
    form: {
      name: 'Warehouse sync',
      apiPath: 'https://api.bigcommerce.com/stores/abc123/v3/',
      tokenType: extra.tokenType === undefined ? 'v2v3' : extra.tokenType,
      scopes: { products: 'modify' },
    },
  };
}

/** A capture as the background receives it: through the router, which checks sender and schema once. */
function handleCapture(message: unknown, from: Browser.runtime.MessageSender, runtimeId: string, vault: Vault) {
  return receiveCapture(message, from, runtimeId, { main: vault, resolvePreset: writePresetState });
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

  it('marks in the worker timeline when the record is durable, keeping the latest mark only (no data in it)', async () => {
    const vault = newVault();
    performance.clearMarks(CAPTURE_STORED_MARK);
    const before = performance.now();
    await handleCapture(request(), sender(), RUNTIME_ID, vault);
    await handleCapture(request(), sender(), RUNTIME_ID, vault);
    const marks = performance.getEntriesByName(CAPTURE_STORED_MARK);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.startTime).toBeGreaterThan(before);
    expect((marks[0] as PerformanceMark).detail).toBeNull();
    expect((await vault.listHeaders()).headers).toHaveLength(2);
  });

  it('words the notice only once its words are in place, after the record is stored', async () => {
    const vault = newVault();
    const order: string[] = [];
    const words = vi.fn(async () => {
      order.push(`words after ${(await vault.listHeaders()).headers.length} record`);
    });
    const reply = await receiveCapture(request(), sender(), RUNTIME_ID, { main: vault, words, resolvePreset: writePresetState });
    expect(order).toEqual(['words after 1 record']);
    expect(reply.ok && typeof reply.notice?.title).toBe('string');
  });

  it('a Save clicked on a control-panel page reads the sealing key ahead; any other sender gets nothing read', async () => {
    const vault = newVault();
    const read = vi.spyOn(vault, 'sealingKey');
    expect(isCaptureExpected({ type: 'capture:expect' })).toBe(true);
    expect(await expectCapture(sender({ url: 'https://evil.example/manage/', origin: 'https://evil.example' }), RUNTIME_ID, { main: vault })).toEqual({ ok: true });
    expect(await expectCapture(sender({ id: 'another-extension' }), RUNTIME_ID, { main: vault })).toEqual({ ok: true });
    expect(read).not.toHaveBeenCalled();
    await expectCapture(sender(), RUNTIME_ID, { main: vault });
    expect(read).toHaveBeenCalledTimes(1);
    // The capture that follows uses the key read then (one read of the vault's meta).
    await receiveCapture(request(), sender(), RUNTIME_ID, { main: vault, resolvePreset: writePresetState });
    expect(await read.mock.results[0]!.value).toBe(await vault.sealingKey());
  });

  it('records the preset chosen at capture time (read by the background, not sent by the page)', async () => {
    const vault = newVault();
    await selectPreset('litextension-to-bigcommerce');
    await handleCapture(request(), sender(), RUNTIME_ID, vault);
    await selectPreset(null);
    await handleCapture(request({ clientId: 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p' }), sender(), RUNTIME_ID, vault);
    // A preset that cannot be read does not cost the capture.
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('storage'));
    await handleCaptureDirect(request({ clientId: 'b1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p' }) as CaptureRequest, sender(), { main: vault, resolvePreset: writePresetState });
    const { headers } = await vault.listHeaders();
    expect(headers.map((h) => h.presetId).sort()).toEqual(['litextension-to-bigcommerce', null, null]);
    // And the record says so: "no preset" from a failed look-up is not "no preset chosen".
    expect(headers.map((h) => `${h.presetId}: ${h.flags.includes('preset-unread') ? 'unread' : 'read'}`).sort()).toEqual([
      'litextension-to-bigcommerce: read',
      'null: read',
      'null: unread',
    ]);
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
    // A child frame is accepted only where its tab is on the same control-panel origin (docs/control-panel-facts.md §14).
    expect(await handleCapture(request(), sender({ frameId: 3, tab: { id: 7, url: 'https://evil.example/' } as Browser.tabs.Tab }), RUNTIME_ID, vault)).toEqual({
      ok: false,
      code: 'sender',
    });
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
    const message = request();
    const reply = await handleCapture(message, sender(), RUNTIME_ID, vault);
    const text = JSON.stringify(reply);
    for (const secret of [message.popup.clientId, message.popup.clientSecret, message.popup.accessToken]) expect(text).not.toContain(secret);
  });

  it('keeps values under labels it did not understand, with those labels, flagged', async () => {
    const vault = newVault();
    const labelled = [
      { label: 'Klant-ID', value: alnum() },
      { label: 'Toegangstoken', value: alnum() },
    ];
    const reply = await handleCapture(request({ clientId: null, clientSecret: null, accessToken: null, labelled }), sender(), RUNTIME_ID, vault);
    expect(reply).toMatchObject({ ok: true });
    const [header] = (await vault.listHeaders()).headers;
    expect(header?.flags).toContain('labels-unrecognised');
    const unlocked = await vault.setPassphrase('correct horse battery staple', {});
    const opened = await openRecord(unlocked, (await vault.listRecords()).records[0]!);
    expect(opened.fields.labelled).toEqual(labelled);
  });

  it('flags a pop-up no trusted Save preceded', async () => {
    const vault = newVault();
    await handleCapture(request({}, { trustedSave: false }), sender(), RUNTIME_ID, vault);
    expect((await vault.listHeaders()).headers[0]?.flags).toContain('no-trusted-save');
  });

  it('takes a token-only pop-up as complete for a Stencil-CLI token', async () => {
    const vault = newVault();
    const reply = await handleCapture(request({ clientId: null, clientSecret: null }, { tokenType: 'stencil-cli' }), sender(), RUNTIME_ID, vault);
    expect(reply).toMatchObject({ ok: true, missing: [] });
    const [header] = (await vault.listHeaders()).headers;
    expect(header?.tokenType).toBe('stencil-cli');
    expect(header?.flags.filter((f) => f.startsWith('missing-'))).toEqual([]);
  });

  it('stores the same values once, whichever script or frame sends them', async () => {
    const vault = newVault();
    const first = request();
    const again = { ...first, captureId: crypto.randomUUID() };
    const a = await handleCapture(first, sender(), RUNTIME_ID, vault);
    const b = await handleCapture(again, sender(), RUNTIME_ID, vault);
    expect(b).toEqual(a);
    expect((await vault.listHeaders()).headers).toHaveLength(1);
  });

  it('asks a flooding tab to wait instead of storing without bound; other tabs go on', async () => {
    const vault = newVault();
    // A store of its own: the bounds are per store and shared by every test in this file.
    const flooder = sender({ url: 'https://store-flood1.mybigcommerce.com/manage/settings/api-accounts/create', origin: 'https://store-flood1.mybigcommerce.com' });
    const replies = [];
    for (let i = 0; i < 15; i++) replies.push(await handleCapture(request({}, { trustedSave: false }), flooder, RUNTIME_ID, vault));
    expect(replies.filter((r) => r && 'ok' in r && r.ok)).toHaveLength(MAX_UNTRUSTED_PER_STORE_PER_HOUR);
    expect(replies.at(-1)).toEqual({ ok: false, code: 'busy' });
    expect(await handleCapture(request(), sender(), RUNTIME_ID, vault)).toMatchObject({ ok: true });
  });

  it('seals into the rescue vault when the main vault header cannot be read, and says so', async () => {
    const storage = freshStorage();
    const main = new Vault(storage, { kdf: FAST_KDF });
    await main.ensureVault();
    // A header from a future version: unreadable here, and left exactly as it is.
    const raw = (await storage.getMeta()) as { header: Record<string, unknown> };
    await storage.replaceMeta((raw as unknown as { wrappedSk: string }).wrappedSk, { ...raw, header: { ...raw.header, v: 9 } } as never, { deleteDeviceKey: false });
    const rescue = newVault();
    const reply = await receiveCapture(request(), sender(), RUNTIME_ID, { main, rescue: () => rescue, resolvePreset: writePresetState });
    expect(reply).toMatchObject({ ok: true, rescued: true });
    expect((await rescue.listHeaders()).headers).toHaveLength(1);
    expect(((await storage.getMeta()) as { header: { v: number } }).header.v).toBe(9);
  });
});

describe('account-level captures (issue 14): the kind comes from the sender page, never from the form', () => {
  const UUID = '5e2f0c1a-7b3d-4e8f-9a6b-1c2d3e4f5a6b';
  const ACCOUNT_PATH = `https://api.bigcommerce.com/accounts/${UUID}/graphql`;
  const STORE_PANEL_ACCOUNT_PAGE = 'https://store-abc123.mybigcommerce.com/manage/settings/account-api-accounts/create';
  const ACCOUNTS_PAGE = 'https://accounts.bigcommerce.com/tokens/create';
  /** As the content script sends it: the account-level form's resources, None included. */
  const accountRequest = (apiPath: string | null) => {
    const r = request({}, { tokenType: null });
    const scopes = { 'account-checkouts': 'modify', 'account-users': 'read-only', charges: 'none' };
    return { ...r, savedApiPath: apiPath, savedScopes: r.trustedSave ? scopes : null, form: { ...r.form, name: 'Billing sync', apiPath, scopes } };
  };
  const from = (url: string) => sender({ url, origin: new URL(url).origin });
  const headerOf = async (vault: Vault) => (await vault.listHeaders()).headers[0]!;

  it('from an account page in the store panel, with the API path: kind, account, filed under the account; None resources are not kept', async () => {
    const vault = newVault();
    expect(await handleCapture(accountRequest(ACCOUNT_PATH), from(STORE_PANEL_ACCOUNT_PAGE), RUNTIME_ID, vault)).toMatchObject({ ok: true, missing: [] });
    expect(await headerOf(vault)).toMatchObject({
      v: 2,
      kind: 'account-level',
      account: UUID,
      storeHash: UUID.replaceAll('-', ''),
      origin: 'https://store-abc123.mybigcommerce.com',
      tokenType: 'account-level',
      scopes: { 'account-checkouts': 'modify', 'account-users': 'read-only' },
      flags: [],
    });
    const unlocked = await vault.setPassphrase('correct horse battery staple', {});
    expect((await openRecord(unlocked, (await vault.listRecords()).records[0]!)).fields.apiPath).toBe(ACCOUNT_PATH);
  });

  it('without an API path: kept empty and flagged (it cannot be derived from the host), filed under the host store', async () => {
    const vault = newVault();
    await handleCapture(accountRequest(null), from(STORE_PANEL_ACCOUNT_PAGE), RUNTIME_ID, vault);
    const header = await headerOf(vault);
    expect(header).toMatchObject({ kind: 'account-level', storeHash: 'abc123', tokenType: 'account-level' });
    expect(header).not.toHaveProperty('account');
    expect(header.flags).toContain('missing-api-path');
    expect(header.flags).not.toContain('api-path-from-host');
    const unlocked = await vault.setPassphrase('correct horse battery staple', {});
    expect((await openRecord(unlocked, (await vault.listRecords()).records[0]!)).fields.apiPath).toBe('');
  });

  it('from accounts.bigcommerce.com (no store hash): under the account, or "unknown" without an API path', async () => {
    const vault = newVault();
    await handleCapture(accountRequest(ACCOUNT_PATH), from(ACCOUNTS_PAGE), RUNTIME_ID, vault);
    await handleCapture(accountRequest(null), from(ACCOUNTS_PAGE), RUNTIME_ID, vault);
    const headers = (await vault.listHeaders()).headers;
    expect(headers.map((h) => [h.kind, h.storeHash, h.origin]).sort()).toEqual([
      ['account-level', UUID.replaceAll('-', ''), 'https://accounts.bigcommerce.com'],
      ['account-level', 'unknown', 'https://accounts.bigcommerce.com'],
    ]);
  });

  it('a path of another shape is kept, not taken as the account, and flagged', async () => {
    const vault = newVault();
    await handleCapture(accountRequest('https://api.bigcommerce.com/stores/abc123/v3/'), from(ACCOUNTS_PAGE), RUNTIME_ID, vault);
    const header = await headerOf(vault);
    expect(header).toMatchObject({ kind: 'account-level', storeHash: 'unknown' });
    expect(header).not.toHaveProperty('account');
    expect(header.flags).toContain('api-path-format');
  });

  it('a store-page capture claiming account-level resources and an account path stays store-level', async () => {
    const vault = newVault();
    const forged = accountRequest(ACCOUNT_PATH);
    const scopes = { ...forged.form.scopes, products: 'modify' };
    const reply = await handleCapture({ ...forged, savedScopes: scopes, form: { ...forged.form, scopes } }, sender(), RUNTIME_ID, vault);
    expect(reply).toMatchObject({ ok: true });
    const header = await headerOf(vault);
    expect(header).not.toHaveProperty('kind');
    expect(header).not.toHaveProperty('account');
    expect(header).toMatchObject({ storeHash: 'abc123', tokenType: 'unknown', scopes: { products: 'modify' } });
    expect(header.flags).toContain('api-path-format');
  });

  it('an account page cannot file store rows either', async () => {
    const vault = newVault();
    const r = accountRequest(ACCOUNT_PATH);
    const scopes = { products: 'modify', account: 'read-only' };
    await handleCapture({ ...r, savedScopes: scopes, form: { ...r.form, scopes } }, from(ACCOUNTS_PAGE), RUNTIME_ID, vault);
    expect((await headerOf(vault)).scopes).toEqual({ account: 'read-only' });
  });

  it('after an in-app navigation (the frame still reports the store-level page it loaded on), the tab URL decides', async () => {
    const vault = newVault();
    const navigated = sender({ url: PAGE, tab: { id: Math.floor(Math.random() * 1e9), url: STORE_PANEL_ACCOUNT_PAGE } as Browser.tabs.Tab });
    await handleCapture(accountRequest(ACCOUNT_PATH), navigated, RUNTIME_ID, vault);
    expect(await headerOf(vault)).toMatchObject({ kind: 'account-level', account: UUID });
  });

  it('a store-level preset chosen does not count for an account-level record', async () => {
    const vault = newVault();
    await selectPreset('litextension-to-bigcommerce');
    await handleCapture(accountRequest(ACCOUNT_PATH), from(ACCOUNTS_PAGE), RUNTIME_ID, vault);
    await selectPreset(null);
    expect(await headerOf(vault)).toMatchObject({ kind: 'account-level', presetId: null });
  });
});

describe('account-level captures are bounded per tab and page origin, whatever UUID the page writes (trust boundaries, item 6)', () => {
  const ACCOUNTS_PAGE = 'https://accounts.bigcommerce.com/tokens/create';
  const uuid = () => crypto.randomUUID();
  const accountPath = (id: string) => `https://api.bigcommerce.com/accounts/${id}/graphql`;
  const capture = (apiPath: string, trustedSave: boolean, savedApiPath: string | null = trustedSave ? apiPath : null) => {
    const r = request({}, { tokenType: null, trustedSave });
    return { ...r, savedApiPath, savedScopes: trustedSave ? { 'account-users': 'read-only' } : null, form: { ...r.form, name: 'Billing sync', apiPath, scopes: { 'account-users': 'read-only' } } };
  };

  it('one tab drawing pop-ups under fresh UUIDs for an hour stores at most the per-origin bound', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const start = new Date('2026-12-06T10:00:00.000Z').getTime();
      const vault = newVault();
      const tab = { id: 424242 } as Browser.tabs.Tab;
      let stored = 0;
      // 10 pop-ups a minute (the per-tab bound) for 60 minutes, each under a fresh UUID.
      for (let minute = 0; minute < 60; minute++) {
        vi.setSystemTime(start + minute * 61_000);
        for (let i = 0; i < 10; i++) {
          const reply = (await handleCapture(capture(accountPath(uuid()), false), sender({ url: ACCOUNTS_PAGE, origin: new URL(ACCOUNTS_PAGE).origin, tab }), RUNTIME_ID, vault)) as { ok: boolean };
          if (reply.ok) stored++;
        }
      }
      console.log(`[figure] one tab, 600 untrusted account-level pop-ups under fresh UUIDs in an hour: ${stored} stored`);
      expect(stored).toBe(MAX_UNTRUSTED_PER_STORE_PER_HOUR);
      expect((await vault.listHeaders()).headers).toHaveLength(MAX_UNTRUSTED_PER_STORE_PER_HOUR);
    } finally {
      vi.useRealTimers();
    }
  }, 60_000);

  it('a UUID no form showed at a trusted Save is marked unverified; one it showed is not, and stays known', async () => {
    const vault = newVault();
    const own = uuid();
    const victim = uuid();
    const other = uuid();
    const from = () => sender({ url: ACCOUNTS_PAGE, origin: new URL(ACCOUNTS_PAGE).origin });
    // The page swaps the API path after the merchant's Save: filed under the victim, but unverified.
    await handleCapture(capture(accountPath(victim), true, accountPath(own)), from(), RUNTIME_ID, vault);
    // The account the form showed at Save.
    await handleCapture(capture(accountPath(own), true), from(), RUNTIME_ID, vault);
    // Later pop-ups without a Save: a known account is not unverified (still no-trusted-save); another is.
    await handleCapture(capture(accountPath(own), false), from(), RUNTIME_ID, vault);
    await handleCapture(capture(accountPath(other), false), from(), RUNTIME_ID, vault);
    const headers = (await vault.listHeaders()).headers;
    const flagsOf = (id: string) => headers.filter((h) => h.account === id).map((h) => h.flags.includes('unverified-account'));
    expect(flagsOf(victim)).toEqual([true]);
    expect(flagsOf(own).sort()).toEqual([false, false]);
    expect(flagsOf(other)).toEqual([true]);
  });
});
