/**
 * Issue 12, item 1, the way an attacker with a copy of the profile would try it: after a
 * passphrase is set and the browser restarted, copy the vault's IndexedDB (LevelDB) files, take
 * every 32-byte window after each CryptoKey marker as a candidate device key, unwrap every
 * wrapped private key the vault ever stored with it, and try the keys that come out on the
 * records captured after the passphrase. None may open. The same procedure opening the records
 * captured before the passphrase (as they were stored then) shows the attack itself works.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Worker } from '@playwright/test';
import { recordAad, vaultAad } from '../../utils/vault/headers';
import { migrateRecord, migrateVaultMeta } from '../../utils/vault/migrate';
import { decodeBase64url } from '../../utils/vault/base64url';
import type { VaultMetaV1, VaultRecord } from '../../utils/vault/schemas';
import { hpkeSuite, recordInfo } from '../../utils/vault/suite';
import { unwrapPrivateKey } from '../../utils/vault/key-wrap';
import { expect, extensionWorker, launchWithExtension, test } from './harness';
import { bigCommerceTxt, createVault, importTxt, openVault, randomCredentials, vaultItem } from './vault-helpers';

/** Chromium's structured clone of a CryptoKey starts with 'K' (kCryptoKeyTag) and, for an AES key,
 *  1 (kAesKeyTag); the raw key bytes follow after a few bytes of parameters. */
const MARKER = Buffer.from([0x4b, 0x01]);
const MAX_OFFSET = 24;

async function rawVault(worker: Worker): Promise<{ meta: unknown; records: unknown[] }> {
  return worker.evaluate(async () => {
    const open = indexedDB.open('scopekeeper-vault');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
    });
    const get = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed')))));
    const tx = db.transaction(['meta', 'records']);
    const meta = await get<unknown>(tx.objectStore('meta').get('vault'));
    const records = await get(tx.objectStore('records').getAll());
    db.close();
    return { meta, records };
  });
}

/** Every distinct 32-byte window after a marker, in every file of the copied database. */
function candidateKeys(dir: string): Buffer[] {
  const seen = new Set<string>();
  const out: Buffer[] = [];
  for (const name of readdirSync(dir)) {
    const bytes = readFileSync(path.join(dir, name));
    for (let at = bytes.indexOf(MARKER); at >= 0; at = bytes.indexOf(MARKER, at + 1)) {
      for (let offset = MARKER.length; offset <= MAX_OFFSET; offset++) {
        const window = bytes.subarray(at + offset, at + offset + 32);
        if (window.length < 32 || seen.has(window.toString('hex'))) continue;
        seen.add(window.toString('hex'));
        out.push(Buffer.from(window));
      }
    }
  }
  return out;
}

async function opens(privateKey: CryptoKey, meta: VaultMetaV1, record: VaultRecord): Promise<boolean> {
  const publicKey = await hpkeSuite().DeserializePublicKey(decodeBase64url(meta.header.pk));
  for (const keyId of new Set([record.header.keyId, meta.header.keyId])) {
    try {
      await hpkeSuite().Open({ privateKey, publicKey }, decodeBase64url(record.enc), decodeBase64url(record.ct), { aad: recordAad(record), info: recordInfo(keyId) });
      return true;
    } catch {
      // not this one
    }
  }
  return false;
}

test('a profile copy after set-passphrase and a restart: no leftover device key opens a record captured after', async ({ context, extensionId, worker, userDataDir }) => {
  test.setTimeout(180_000);
  const vault = await openVault(context, extensionId);
  // Captured while device-protected (no passphrase yet): what the attacker's leftovers can open.
  await importTxt(vault, 'before.txt', bigCommerceTxt('Before the passphrase', randomCredentials()));
  await expect(vaultItem(vault, 'Before the passphrase')).toBeVisible();
  const before = await rawVault(worker);
  const oldMeta = migrateVaultMeta(before.meta);
  const oldRecords = before.records.map(migrateRecord);

  await createVault(vault);
  for (const name of ['After one', 'After two']) {
    await importTxt(vault, `${name}.txt`, bigCommerceTxt(name, randomCredentials()));
    await expect(vaultItem(vault, name)).toBeVisible();
  }
  const after = await rawVault(worker);
  const newMeta = migrateVaultMeta(after.meta);
  const afterRecords = after.records.map(migrateRecord);
  expect(afterRecords).toHaveLength(3);
  expect(newMeta.header.keyId).not.toBe(oldMeta.header.keyId);

  // Restart twice, then copy the database files as they are on disk.
  await context.close();
  for (let i = 0; i < 2; i++) {
    const again = await launchWithExtension(userDataDir);
    await extensionWorker(again);
    await again.close();
  }
  const idbDir = path.join(userDataDir, 'Default', 'IndexedDB', `chrome-extension_${extensionId}_0.indexeddb.leveldb`);
  const copy = mkdtempSync(path.join(tmpdir(), 'scopekeeper-idb-copy-'));
  cpSync(idbDir, copy, { recursive: true });

  const candidates = candidateKeys(copy);
  expect(candidates.length).toBeGreaterThan(0);
  const wraps: VaultMetaV1[] = [oldMeta, newMeta];
  const recovered: Array<{ sk: CryptoKey; meta: VaultMetaV1 }> = [];
  for (const raw of candidates) {
    const key = await crypto.subtle.importKey('raw', new Uint8Array(raw), { name: 'AES-GCM' }, false, ['unwrapKey']);
    for (const meta of wraps) {
      try {
        recovered.push({ sk: await unwrapPrivateKey(meta, key, vaultAad(meta), false), meta });
      } catch {
        // not the key for this wrap
      }
    }
  }
  // The copy still holds the device key and it opens the old wrap (the finding of issue 12) ...
  expect(recovered.length).toBeGreaterThan(0);
  expect(recovered.every((r) => r.meta === oldMeta)).toBe(true);
  let openedBefore = 0;
  for (const { sk, meta } of recovered) for (const r of oldRecords) if (await opens(sk, meta, r)) openedBefore++;
  expect(openedBefore).toBeGreaterThan(0);
  // ... but nothing stored after the passphrase: every record was re-sealed to a new key pair.
  let openedAfter = 0;
  for (const { sk, meta } of recovered) for (const r of afterRecords) if (await opens(sk, meta, r)) openedAfter++;
  expect(openedAfter).toBe(0);
});
