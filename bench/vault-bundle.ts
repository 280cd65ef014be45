/**
 * The vault core (utils/vault, entry vault-entry.ts) built the way the extension builds it (Vite, minified), as one
 * IIFE that defines `globalThis.__skVault`, for evaluation inside the extension's service worker
 * and options page. The vault is not reachable from outside the extension by design, so the
 * benchmark brings its own copy of the same source into those same contexts.
 */
import path from 'node:path';
import { build } from 'vite';

export async function buildVaultBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: path.resolve(import.meta.dirname, '..'),
    build: {
      write: false,
      minify: true,
      target: 'esnext',
      lib: { entry: path.resolve(import.meta.dirname, 'vault-entry.ts'), formats: ['iife'], name: '__skVault', fileName: 'vault' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((o) => o.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('The vault bundle was not produced');
}

export interface VaultTimings {
  createMs: number;
  setPassphraseMs: number;
  unlockMs: number[];
  sealMs: number[];
  sealAndPersistMs: number[];
}

/** Runs where the bundle was evaluated (worker or extension page); uses its own database. */
export async function timeVault({ unlocks, seals }: { unlocks: number; seals: number }): Promise<VaultTimings> {
  type VaultModule = typeof import('./vault-entry');
  const { Vault, IdbVaultStorage } = (globalThis as unknown as { __skVault: VaultModule }).__skVault;
  const dbName = `scopekeeper-bench-vault-${crypto.randomUUID()}`;
  const storage = new IdbVaultStorage(dbName);
  const vault = new Vault(storage);
  const passphrase = 'correct horse battery staple';
  const time = async (f: () => Promise<unknown>) => {
    const start = performance.now();
    await f();
    return performance.now() - start;
  };
  const hex = (n: number) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => b.toString(16).padStart(2, '0')).join('');
  const fields = () => ({
    name: 'Benchmark account',
    apiPath: 'https://api.bigcommerce.com/stores/abc123/v3/',
    clientId: hex(16).slice(0, 31),
    clientSecret: hex(32),
    accessToken: hex(16).slice(0, 31),
  });
  const inputs = () => ({
    captureId: crypto.randomUUID(),
    origin: 'https://store-abc123.mybigcommerce.com',
    storeHash: 'abc123',
    tokenType: 'v2v3',
    scopes: { products: 'modify', orders: 'read-only' },
  });
  try {
    const createMs = await time(() => vault.ensureVault());
    const setPassphraseMs = await time(() => vault.setPassphrase(passphrase));
    const unlockMs: number[] = [];
    for (let i = 0; i < unlocks; i++) unlockMs.push(await time(() => vault.unlock(passphrase)));
    const sealMs: number[] = [];
    for (let i = 0; i < seals; i++) sealMs.push(await time(() => vault.sealCapture(fields(), inputs())));
    const sealAndPersistMs: number[] = [];
    for (let i = 0; i < seals; i++) sealAndPersistMs.push(await time(() => vault.capture(fields(), inputs())));
    return { createMs, setPassphraseMs, unlockMs, sealMs, sealAndPersistMs };
  } finally {
    storage.close();
    indexedDB.deleteDatabase(dbName);
  }
}
