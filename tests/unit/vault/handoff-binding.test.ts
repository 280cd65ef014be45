/**
 * A record keeps the integrator it was captured for (trust boundaries, item 1): the hand-off key
 * of the preset chosen at capture is bound into the record's header (in the AAD), and "Encrypt
 * for …" uses that key. Before, the key was looked up by preset id at click time, so a preset
 * link that replaced the preset re-aimed every earlier record: the link's key opened the earlier
 * record's hand-off file.
 */
import { Decrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { receiveCapture } from '../../../utils/background/receive-capture';
import { toExportCredential } from '../../../utils/export';
import { handoffFile } from '../../../utils/handoff/file';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import { addPresets, selectPreset } from '../../../utils/presets/store';
import type { Preset } from '../../../utils/presets/types';
import { recordHeaderAadV2 } from '../../../utils/vault/headers';
import { recipientLabel, recordRecipients } from '../../../utils/vault/handoff-recipients';
import { openRecord, sealRecord } from '../../../utils/vault/seal';
import { Vault } from '../../../utils/vault/vault';
import { FAST_KDF, PASSPHRASE, freshStorage, rawGet, rawPut, sampleFields, sampleInputs } from '../fixtures/vault-test-kit';
import { generateRecipientKeyPair } from '../../../utils/vault/key-wrap';
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
const capture = () => ({
  type: 'capture',
  captureId: crypto.randomUUID(),
  popup: { clientId: pick(31), clientSecret: pick(64), accessToken: pick(31), labelled: [] },
  trustedSave: true,
  savedApiPath: 'https://api.bigcommerce.com/stores/abc123/v3/',
  savedScopes: { products: 'modify' },
  form: { name: 'Acme sync', apiPath: 'https://api.bigcommerce.com/stores/abc123/v3/', tokenType: 'v2v3', scopes: { products: 'modify' } },
});

const base = BUILTIN_PRESETS.find((p) => p.id === 'litextension-to-bigcommerce')!;
const acme = (recipient?: string): Preset => ({ ...base, id: 'acme-sync', name: 'Acme sync', ...(recipient ? { handoff: { recipient } } : { handoff: undefined }) });

async function opensWith(file: Uint8Array, identity: string): Promise<boolean> {
  const d = new Decrypter();
  d.addIdentity(identity);
  return d.decrypt(file, 'text').then(
    () => true,
    () => false,
  );
}

describe('a record keeps the integrator it was captured for', () => {
  it('a preset replaced by a link (another key) does not re-aim a record captured before it', async () => {
    const integrator = await generateX25519Identity();
    const attacker = await generateX25519Identity();
    const vault = new Vault(freshStorage(), { kdf: FAST_KDF });
    await addPresets([acme(await identityToRecipient(integrator))]);
    await selectPreset('acme-sync');
    await receiveCapture(capture(), sender(), RUNTIME_ID, { main: vault, resolvePreset: writePresetState });
    // The link's "Add preset": the same id, the attacker's key.
    await addPresets([acme(await identityToRecipient(attacker))]);
    await receiveCapture(capture(), sender(), RUNTIME_ID, { main: vault, resolvePreset: writePresetState });
    await selectPreset(null);

    const key = await vault.setPassphrase(PASSPHRASE);
    const [later, earlier] = (await vault.listRecords()).records.sort((a, b) => (a.header.capturedAt < b.header.capturedAt ? 1 : -1));
    expect(recordRecipients(earlier!.header)).toEqual([{ recipient: await identityToRecipient(integrator) }]);
    expect(recordRecipients(later!.header)).toEqual([{ recipient: await identityToRecipient(attacker) }]);
    // "Encrypt for …" on the earlier record: the integrator's key opens it, the link's does not.
    const { header, fields } = await openRecord(key, earlier!);
    const file = await handoffFile(toExportCredential(header, fields), recordRecipients(earlier!.header)[0]!.recipient, 'all');
    expect(await opensWith(file.bytes, integrator)).toBe(true);
    expect(await opensWith(file.bytes, attacker)).toBe(false);
    expect(recipientLabel(recordRecipients(earlier!.header)[0]!)).toMatch(/^age1.{6}….{4}$/);
  }, 30_000);

  it('the recipients are bound in the AAD: a header changed in storage to another key no longer opens', async () => {
    const storage = freshStorage();
    const vault = new Vault(storage, { kdf: FAST_KDF });
    const integrator = await identityToRecipient(await generateX25519Identity());
    const attacker = await identityToRecipient(await generateX25519Identity());
    const { recordId } = await vault.capture(sampleFields(), sampleInputs({ presetId: 'acme-sync', handoff: [{ recipient: integrator, name: 'Acme' }] }));
    const key = await vault.setPassphrase(PASSPHRASE);
    const stored = (await rawGet(storage, 'records', recordId)) as { header: { handoff: unknown } };
    expect(stored.header.handoff).toEqual([{ recipient: integrator, name: 'Acme' }]);
    await rawPut(storage, 'records', { ...stored, header: { ...stored.header, handoff: [{ recipient: attacker, name: 'Acme' }] } });
    const record = (await vault.getRecord(recordId))!;
    await expect(openRecord(key, record)).rejects.toMatchObject({ name: 'TamperedRecordError' });
    // Removed altogether: the same.
    const { handoff: _h, ...without } = stored.header as Record<string, unknown>;
    await rawPut(storage, 'records', { ...stored, header: without });
    await expect(openRecord(key, (await vault.getRecord(recordId))!)).rejects.toMatchObject({ name: 'TamperedRecordError' });
  });

  it('a record without recipients encodes exactly as before the field existed (no "handoff" in its AAD)', async () => {
    const { keyPair: _k, ...ids } = await generateRecipientKeyPair();
    const pair = await generateRecipientKeyPair();
    const record = await sealRecord({ publicKey: pair.keyPair.publicKey, keyId: ids.keyId }, sampleFields(), sampleInputs());
    expect(record.header).not.toHaveProperty('handoff');
    expect(new TextDecoder().decode(recordHeaderAadV2(record.header))).not.toContain('handoff');
    expect(recordRecipients(record.header)).toEqual([]);
  });
});
