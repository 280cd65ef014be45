/**
 * The record tells what was saved (issue 20, item 5): after a trusted Save the form as read is
 * compared with the preset chosen then, and the required rows it had not set are bound into the
 * record's header (`atSave`) and carried by the JSON export. Without a trusted Save nothing is
 * compared (the page may have drawn the pop-up itself).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { receiveCapture } from '../../../utils/background/receive-capture';
import { toExportCredential, toJson } from '../../../utils/export';
import { selectPreset } from '../../../utils/presets/store';
import { openRecord } from '../../../utils/vault/seal';
import { Vault } from '../../../utils/vault/vault';
import { savedLevels } from '../../../utils/decide/saved-form';
import { FAST_KDF, PASSPHRASE, freshStorage, rawGet, rawPut } from '../fixtures/vault-test-kit';
import { useEnglishMessages } from '../english';
import { writePresetState } from '../../../utils/presets/stored';

// The capture's reply carries the page's notice, in words.
beforeEach(useEnglishMessages);

const RUNTIME_ID = 'scopekeeper-test-id';
const PAGE = 'https://store-abc123.mybigcommerce.com/manage/settings/api-accounts/create';
const sender = (): Browser.runtime.MessageSender => ({
  id: RUNTIME_ID,
  url: PAGE,
  origin: 'https://store-abc123.mybigcommerce.com',
  frameId: 0,
  tab: { id: Math.floor(Math.random() * 1e9) } as Browser.tabs.Tab,
});
const pick = (n: number) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('');
const capture = (scopes: Record<string, string>, trustedSave = true) => ({
  type: 'capture',
  captureId: crypto.randomUUID(),
  popup: { clientId: pick(31), clientSecret: pick(64), accessToken: pick(31), labelled: [] },
  trustedSave,
  savedApiPath: trustedSave ? 'https://api.bigcommerce.com/stores/abc123/v3/' : null,
  savedScopes: trustedSave ? scopes : null,
  form: { name: 'Acme sync', apiPath: 'https://api.bigcommerce.com/stores/abc123/v3/', tokenType: 'v2v3', scopes },
});

/** LitExtension's required rows (utils/presets/builtin.ts), every one at modify. */
const REQUIRED = ['content', 'information-settings', 'marketing', 'channel-settings', 'channel-listings'];
const allAt = (level: string) => Object.fromEntries([...REQUIRED, 'customers', 'orders', 'products'].map((id) => [id, level]));

describe('a record says what was saved', () => {
  it('a form saved at None records every required row as not set, bound in the AAD and in the JSON export', async () => {
    const storage = freshStorage();
    const vault = new Vault(storage, { kdf: FAST_KDF });
    await selectPreset('litextension-to-bigcommerce');
    const reply = await receiveCapture(capture(allAt('none')), sender(), RUNTIME_ID, { main: vault, resolvePreset: writePresetState });
    await selectPreset(null);
    expect(reply).toMatchObject({ ok: true });
    const [record] = (await vault.listRecords()).records;
    expect(new Set(record!.header.atSave?.unset)).toEqual(new Set(REQUIRED));

    const key = await vault.setPassphrase(PASSPHRASE);
    const { header, fields } = await openRecord(key, (await vault.getRecord(record!.header.recordId))!);
    const json = JSON.parse(toJson(toExportCredential(header, fields))) as { requiredRowsNotSetAtSave?: string[] };
    expect(new Set(json.requiredRowsNotSetAtSave)).toEqual(new Set(REQUIRED));

    // Bound in the AAD: a header whose `atSave` was emptied in storage no longer opens.
    const stored = (await rawGet(storage, 'records', record!.header.recordId)) as { header: Record<string, unknown> };
    await rawPut(storage, 'records', { ...stored, header: { ...stored.header, atSave: { unset: [] } } });
    await expect(openRecord(key, (await vault.getRecord(record!.header.recordId))!)).rejects.toMatchObject({ name: 'TamperedRecordError' });
  }, 30_000);

  it('a filled form records nothing unset; without a trusted Save nothing is compared', async () => {
    const vault = new Vault(freshStorage(), { kdf: FAST_KDF });
    await selectPreset('litextension-to-bigcommerce');
    await receiveCapture(capture(allAt('modify')), sender(), RUNTIME_ID, { main: vault, resolvePreset: writePresetState });
    await receiveCapture(capture(allAt('none'), false), sender(), RUNTIME_ID, { main: vault, resolvePreset: writePresetState });
    await selectPreset(null);
    const records = (await vault.listRecords()).records;
    const trusted = records.find((r) => !r.header.flags.includes('no-trusted-save'))!;
    const untrusted = records.find((r) => r.header.flags.includes('no-trusted-save'))!;
    expect(trusted.header.atSave).toEqual({ unset: [] });
    expect(untrusted.header).not.toHaveProperty('atSave');
  }, 30_000);
});

describe('the form as saved is the lower of its readings at the click and at the pop-up', () => {
  it('a page that raises every row between a trusted Save and the pop-up gets no "Made for" and no more scopes', async () => {
    const storage = freshStorage();
    const vault = new Vault(storage, { kdf: FAST_KDF });
    await selectPreset('litextension-to-bigcommerce');
    const raised = { ...capture(allAt('modify')), savedScopes: allAt('none') };
    const reply = await receiveCapture(raised, sender(), RUNTIME_ID, { main: vault, resolvePreset: writePresetState });
    await selectPreset(null);
    expect(reply).toMatchObject({ ok: true });
    const [record] = (await vault.listRecords()).records;
    expect(record!.header.atSave?.unset).toEqual(REQUIRED);
    expect(Object.values(record!.header.scopes).every((level) => level === 'none')).toBe(true);
  });

  it('savedLevels keeps each row at the lower level and only rows both readings showed', () => {
    expect(savedLevels({ orders: 'read-only', products: 'modify' }, { orders: 'modify', products: 'read-only', customers: 'modify' })).toEqual({ orders: 'read-only', products: 'read-only' });
  });
});
