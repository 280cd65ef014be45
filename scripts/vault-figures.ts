/**
 * Issue 12's figures, in Node (fake-indexeddb, so storage is in memory; WebCrypto and the pure-JS
 * KDFs are the same code the browser runs): key rotation of 100 records at set-passphrase and
 * change-passphrase, and backup and restore of 100 records with age's standard scrypt work factor.
 *
 *   npx jiti scripts/vault-figures.ts
 */
import 'fake-indexeddb/auto';
import { decryptWithPassphrase, encryptWithPassphrase } from '../utils/backup/age-file';
import { readBackupJson } from '../utils/backup/format';
import { makeBackup, restoreBackup } from '../utils/backup/vault-backup';
import { IdbVaultStorage } from '../utils/vault/idb-storage';
import { Vault } from '../utils/vault/vault';

const N = 100;
const PASSPHRASE = 'figures passphrase, not a secret';
const ms = (t0: number) => `${(performance.now() - t0).toFixed(0)} ms`;

function fields(i: number) {
  return {
    name: `account ${i}`,
    apiPath: 'https://api.bigcommerce.com/stores/abc123/v3/',
    clientId: `c${String(i).padStart(30, '0')}`,
    clientSecret: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
    accessToken: `t${String(i).padStart(30, '0')}`,
  };
}

async function filled(name: string): Promise<Vault> {
  const vault = new Vault(new IdbVaultStorage(name));
  for (let i = 0; i < N; i++) {
    await vault.capture(fields(i), { captureId: `figures-${name}-${i}`, origin: 'https://store-abc123.mybigcommerce.com', storeHash: 'abc123', tokenType: 'v2v3', scopes: { products: 'modify' } });
  }
  return vault;
}

const source = await filled('figures-source');
let t0 = performance.now();
let key = await source.setPassphrase(PASSPHRASE);
console.log(`set passphrase + rotation, ${N} records (Argon2id 64 MiB t3 included): ${ms(t0)}`);
t0 = performance.now();
key = await source.changePassphrase(PASSPHRASE, `${PASSPHRASE}!`);
console.log(`change passphrase + rotation, ${N} records (two Argon2id runs included): ${ms(t0)}`);
const kdfOnly = new Vault(new IdbVaultStorage('figures-kdf'));
await kdfOnly.setPassphrase(PASSPHRASE);
t0 = performance.now();
await kdfOnly.unlock(PASSPHRASE);
console.log(`  for comparison, one unlock (one Argon2id run, no records): ${ms(t0)}`);

t0 = performance.now();
const made = await makeBackup(source, key);
const tOpen = performance.now() - t0;
const file = await encryptWithPassphrase(made.json, PASSPHRASE);
console.log(`backup, ${N} records: ${ms(t0)} (opening + JSON ${tOpen.toFixed(0)} ms, the rest age scrypt logN 18); ${file.length} bytes`);

const target = new Vault(new IdbVaultStorage('figures-target'));
const targetKey = await target.setPassphrase(PASSPHRASE);
t0 = performance.now();
const read = readBackupJson(await decryptWithPassphrase(file, PASSPHRASE));
if (!read.ok) throw new Error('backup did not read back');
const tDecrypt = performance.now() - t0;
const outcome = await restoreBackup(target, targetKey, read.contents);
console.log(`restore, ${N} records into an empty vault: ${ms(t0)} (decrypt + parse ${tDecrypt.toFixed(0)} ms); ${JSON.stringify(outcome)}`);
t0 = performance.now();
console.log(`restore again (all duplicates): ${JSON.stringify(await restoreBackup(target, targetKey, read.contents))} in ${ms(t0)}`);

// The rotation alone (PBKDF2 600k ≈ 0.1 s instead of Argon2id, so the re-seal of 100 records shows).
await filled('figures-fast');
t0 = performance.now();
await new Vault(new IdbVaultStorage('figures-fast'), { kdf: { alg: 'pbkdf2-sha256', iterations: 600_000 } }).setPassphrase(PASSPHRASE);
console.log(`set passphrase + rotation, ${N} records, PBKDF2 600k instead of Argon2id: ${ms(t0)}`);
