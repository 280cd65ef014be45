/**
 * "An agency's vault" (issue "Release 1.0", item 2): 2,000 records across 400 stores, made
 * through the vault's own API (Vault.capture, the service worker's capture path, and the
 * annotation calls the options page makes), deterministically from a seed: the same names,
 * stores, dates, ids and credential values every run. Only the ciphertexts differ (HPKE is
 * randomised), and none is kept: the fixture is made afresh in the browser each run.
 *
 * One store, the one the fixture control panel serves (abc123), holds LIST_RECORDS records: the
 * list-page audit compares its 50 listed accounts against them (LISTED_IN_VAULT listed accounts
 * are in the vault, the rest are not; the store's other records are "gone").
 *
 * `seedAgencyVault` runs where the vault bundle (vault-bundle.ts) was evaluated: it is
 * self-contained (Playwright serialises it).
 */

export const AGENCY = {
  records: 2000,
  stores: 400,
  /** Records of the served store (abc123). */
  listRecords: 50,
  /** Accounts on the list page, and how many of them are in the vault. */
  listAccounts: 50,
  listedInVault: 45,
  seed: 20261206,
  passphrase: 'correct horse battery staple',
} as const;

export interface AgencySeedOptions {
  records: number;
  stores: number;
  listRecords: number;
  seed: number;
  passphrase: string;
  listStore: string;
}

export interface AgencySeedResult {
  records: number;
  stores: number;
  listRecordNames: string[];
  setPassphraseMs: number;
  captureMs: number;
  annotateMs: number;
}

/** The name of the served store's record `i` (also the list page's account names). */
export function agencyListName(i: number): string {
  return `Agency integration ${String(i + 1).padStart(2, '0')}`;
}

export async function seedAgencyVault(options: AgencySeedOptions): Promise<AgencySeedResult> {
  type VaultModule = typeof import('./vault-entry');
  const { Vault, IdbVaultStorage } = (globalThis as unknown as { __skVault: VaultModule }).__skVault;
  // mulberry32: small, seedable, good enough for fixture data.
  let state = options.seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chars = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  const hex = (n: number) => chars('0123456789abcdef', n);
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;

  const stores = [options.listStore];
  const taken = new Set(stores);
  while (stores.length < options.stores) {
    const hash = chars('abcdefghijklmnopqrstuvwxyz0123456789', 10);
    if (!taken.has(hash)) {
      taken.add(hash);
      stores.push(hash);
    }
  }
  const words = ['Acme', 'Northwind', 'Blue Fern', 'Harbor', 'Summit', 'Copper', 'Maple', 'Orbit', 'Willow', 'Granite', 'Lumen', 'Cedar'];
  const kinds = ['Outfitters', 'Home', 'Supply Co', 'Coffee', 'Cycles', 'Apparel', 'Pets', 'Garden', 'Books', 'Tools'];
  const integrations = ['Warehouse sync', 'ERP connector', 'Order export', 'Catalog feed', 'Shipping labels', 'Reviews app', 'Migration', 'Headless storefront', 'Marketing sync', 'Accounting'];
  const presets = ['litextension-to-bigcommerce', 'modern-retail-integration', 'catalyst', null, null];
  const scopeSets: Array<Record<string, string>> = [
    { products: 'modify', orders: 'read-only' },
    { orders: 'modify', customers: 'read-only', 'information-settings': 'read-only' },
    { products: 'read-only', content: 'none' },
  ];

  // agencyListName, repeated: this function is serialised on its own.
  const listName = (i: number) => `Agency integration ${String(i + 1).padStart(2, '0')}`;
  const storage = new IdbVaultStorage();
  const base = Date.UTC(2025, 0, 1);
  let at = base;
  const vault = new Vault(storage, { now: () => new Date(at) });
  const time = async (f: () => Promise<unknown>) => {
    const start = performance.now();
    await f();
    return performance.now() - start;
  };
  try {
    // The passphrase first, so every record is sealed to the key it keeps (no re-seal of 2,000).
    const setPassphraseMs = await time(async () => {
      await vault.ensureVault();
      await vault.setPassphrase(options.passphrase);
    });
    const listRecordNames: string[] = [];
    const labelled: Array<{ recordId: string; label: string; note: string }> = [];
    const captureMs = await time(async () => {
      for (let i = 0; i < options.records; i++) {
        const onList = i < options.listRecords;
        const storeHash = onList ? options.listStore : stores[1 + ((i - options.listRecords) % (stores.length - 1))]!;
        const name = onList ? listName(i) : `${pick(integrations)} ${1 + Math.floor(random() * 9)}`;
        if (onList) listRecordNames.push(name);
        const recordId = uuid();
        at = base + i * 3_600_000 + Math.floor(random() * 3_600_000);
        await vault.capture(
          {
            name,
            apiPath: `https://api.bigcommerce.com/stores/${storeHash}/v3/`,
            clientId: chars('abcdefghijklmnopqrstuvwxyz0123456789', 31),
            clientSecret: hex(64),
            accessToken: chars('abcdefghijklmnopqrstuvwxyz0123456789', 31),
          },
          {
            captureId: uuid(),
            recordId,
            origin: `https://store-${storeHash}.mybigcommerce.com`,
            storeHash,
            tokenType: 'v2v3',
            scopes: pick(scopeSets),
            presetId: pick(presets),
          },
        );
        if (random() < 0.1) labelled.push({ recordId, label: `${pick(['Prod', 'Staging', 'Client'])} ${i}`, note: 'Rotates yearly' });
      }
    });
    const annotateMs = await time(async () => {
      for (const storeHash of stores) await vault.setStoreName(storeHash, `${pick(words)} ${pick(kinds)}`);
      for (const l of labelled) await vault.setRecordNotes(l.recordId, { label: l.label, note: l.note });
    });
    return { records: options.records, stores: stores.length, listRecordNames, setPassphraseMs, captureMs, annotateMs };
  } finally {
    storage.close();
  }
}
