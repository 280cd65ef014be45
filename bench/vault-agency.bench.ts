/**
 * An agency's vault (issue "Release 1.0", item 2): 2,000 records across 400 stores, made in the
 * extension's options page through the vault's own API (agency-fixture.ts), then used the way a
 * person would in Chromium:
 *  - unlock → the unlocked list painted, less the Argon2id derivation itself (target ≤ 1 s);
 *  - a search keystroke → results painted (target ≤ 50 ms, p95 of every keystroke);
 *  - back up all 2,000, and restore them into a fresh profile (targets ≤ 15 s each);
 *  - the list page's audit of 50 accounts against the 2,000 (target ≤ 100 ms), beside the same
 *    audit with an empty vault;
 *  - the options page's memory (JS heap and DOM nodes), stated.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { STORE_ORIGIN, extensionWorker } from '../tests/e2e/harness';
import { AGENCY, agencyListName, seedAgencyVault, type AgencySeedResult } from './agency-fixture';
import { armKeystroke, armTiming, installKeyImportProbe, installListAuditProbe, keystrokeResult, timingResult, unlockDerivation, type ListAuditProbe, type Timing, type Until } from './agency-probes';
import { startSession, stopServiceWorker, type Session } from './browser';
import { report, type Figure } from './figures';
import { ms, summary } from './stats';
import { buildVaultBundle } from './vault-bundle';

const LIST_PATH = '/manage/settings/api-accounts';
const AUDITS = 10;
const KDF_RUNS = 3;
const BACKUP_PASSPHRASE = 'a different long backup passphrase 2026';
/** Typed into the search one key at a time, then erased: wide matches first, then narrow ones. */
const SEARCH = 'agency integration 4';

const TARGET = { unlockMs: 1000, keystrokeMs: 50, backupMs: 15_000, restoreMs: 15_000, auditMs: 100 } as const;

function verdict(value: number, target: number): string {
  return `measured ${ms(value)} ms (target ≤ ${target} ms) ${value <= target ? 'holds' : 'misses'}`;
}

async function optionsPage(session: Session): Promise<Page> {
  const worker = await extensionWorker(session.context);
  const url = worker.url().replace(/background\.js$/, 'options.html');
  const extensionId = new URL(url).host;
  for (let attempt = 0; ; attempt++) {
    const page = await session.context.newPage();
    await page.goto(url);
    const heading = page.getByRole('heading', { level: 2 }).first();
    await expect(heading).toBeVisible();
    if ((await heading.textContent()) !== 'vault_title' || attempt === 3) {
      await expect(page.getByRole('heading', { name: 'Credentials', exact: true, level: 2 })).toBeVisible();
      return page;
    }
    // Chromium was seen answering "" to every i18n.getMessage in the extension's pages for a
    // freshly loaded build (the page then shows message keys, utils/i18n.ts), for as long as the
    // extension's renderer process lives: end it (no page of it open, worker stopped) and retry.
    await page.close();
    for (const other of session.context.pages()) if (other.url().startsWith(`chrome-extension://${extensionId}/`)) await other.close();
    await stopServiceWorker(session.context, extensionId);
  }
}

async function timed(page: Page, button: string, until: Until, timeoutMs: number, act: () => Promise<void>): Promise<Timing> {
  await page.evaluate(armTiming, { button, until, timeoutMs });
  await act();
  return page.evaluate(timingResult);
}

/** The list page's audit, `runs` times (a reload each), with the worker warm. */
async function listAudits(session: Session, runs: number, inVault: number): Promise<{ first: number; times: number[] }> {
  const names = Array.from({ length: AGENCY.listAccounts }, (_, i) => ({ name: agencyListName(i < AGENCY.listedInVault ? i : AGENCY.listRecords + i) }));
  session.server.config = { variant: 'bigdesign', listAccounts: names };
  const page = await session.context.newPage();
  await page.addInitScript(installListAuditProbe, AGENCY.listAccounts);
  const times: number[] = [];
  let first = NaN;
  try {
    for (let i = 0; i < runs + 1; i++) {
      await page.goto(`${STORE_ORIGIN}${LIST_PATH}`);
      await page.waitForFunction(() => (window as unknown as { __agencyList: ListAuditProbe }).__agencyList.painted > 0, null, { timeout: 20_000 });
      const probe = await page.evaluate(() => (window as unknown as { __agencyList: ListAuditProbe }).__agencyList);
      expect(probe.inVaultText).toBe(`${inVault} of them have their credentials in the vault.`);
      // The first load also warms the page's own caches and the background's (a store's headers,
      // kept while the record ids stay the same): reported on its own.
      if (i > 0) times.push(probe.painted - probe.table);
      else first = probe.painted - probe.table;
    }
  } finally {
    await page.close();
  }
  return { first, times };
}

async function heap(page: Page): Promise<{ heapMiB: number; nodes: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return { heapMiB: Math.round((get('JSHeapUsedSize') / 2 ** 20) * 10) / 10, nodes: get('Nodes') };
  } finally {
    await cdp.detach();
  }
}

test('agency vault: 2,000 records across 400 stores', async ({}, testInfo) => {
  test.setTimeout(20 * 60_000);
  const bundle = await buildVaultBundle();
  const figures: Figure[] = [];
  const raw: Record<string, unknown> = {};
  const group = 'Agency vault (2,000 records, 400 stores)';
  const downloads = mkdtempSync(path.join(os.tmpdir(), 'scopekeeper-agency-'));
  let backupFile = '';

  const a = await startSession({ extension: true });
  try {
    let options = await optionsPage(a);
    await options.evaluate(bundle);
    const seed: AgencySeedResult = await options.evaluate(seedAgencyVault, {
      records: AGENCY.records,
      stores: AGENCY.stores,
      listRecords: AGENCY.listRecords,
      seed: AGENCY.seed,
      passphrase: AGENCY.passphrase,
      listStore: 'abc123',
    });
    raw.seed = seed;
    await options.close();

    // The options page, locked, as a person opens it.
    options = await optionsPage(a);
    await expect(options.getByRole('heading', { name: `Captured credentials (${AGENCY.records})` })).toBeVisible({ timeout: 60_000 });
    await options.evaluate(bundle);
    const memoryLocked = await heap(options);

    // Argon2id alone, with the vault's own parameters, in this page.
    const kdfMs: number[] = await options.evaluate(async (runs) => {
      type VaultModule = typeof import('./vault-entry');
      const { deriveKek, IdbVaultStorage } = (globalThis as unknown as { __skVault: VaultModule }).__skVault;
      const storage = new IdbVaultStorage();
      const meta = (await storage.getMeta()) as { header: { kdf: Parameters<typeof deriveKek>[1] } };
      storage.close();
      const out: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await deriveKek('correct horse battery staple', meta.header.kdf);
        out.push(performance.now() - start);
      }
      return out;
    }, KDF_RUNS);

    await options.evaluate(installKeyImportProbe);
    await options.getByLabel('Passphrase', { exact: true }).fill(AGENCY.passphrase);
    const unlock = await timed(options, 'Unlock', { kind: 'unlocked-list' }, 60_000, () => options.getByRole('button', { name: 'Unlock', exact: true }).click());
    const derivation = await options.evaluate(unlockDerivation, unlock.clicked);
    if (!derivation) throw new Error("The unlock's derivation was not seen");
    // Let the post-unlock work (opening each record once to find altered ones) finish.
    await options.waitForTimeout(3000);
    const memoryUnlocked = await heap(options);

    // Search: one key at a time, then erased.
    const search = options.locator('#vault-search');
    await search.focus();
    const keys: Array<{ key: string; ms: number; shown: number }> = [];
    const press = async (key: string) => {
      await options.evaluate(armKeystroke, 10_000);
      await options.keyboard.press(key);
      keys.push({ key, ...(await options.evaluate(keystrokeResult)) });
      await options.waitForTimeout(50);
    };
    for (const char of SEARCH) await press(char === ' ' ? 'Space' : char);
    for (let i = 0; i < SEARCH.length; i++) await press('Backspace');

    // Back up all 2,000.
    await options.getByRole('button', { name: 'Back up vault', exact: true }).click();
    await options.getByLabel('Backup passphrase', { exact: true }).fill(BACKUP_PASSPHRASE);
    await options.getByLabel('Confirm backup passphrase', { exact: true }).fill(BACKUP_PASSPHRASE);
    const downloaded = options.waitForEvent('download', { timeout: 120_000 });
    const backup = await timed(options, 'Download backup', { kind: 'status', text: `with ${AGENCY.records} credentials` }, 120_000, () =>
      options.getByRole('button', { name: 'Download backup', exact: true }).click(),
    );
    backupFile = path.join(downloads, 'agency-backup.age');
    await (await downloaded).saveAs(backupFile);
    const memoryAfterBackup = await heap(options);
    await options.close();

    const audits = await listAudits(a, AUDITS, AGENCY.listedInVault);
    // Where the audit's time goes in the worker: reading the records, and the one store's headers.
    // The live worker (Playwright keeps a stopped one listed too).
    const worker = a.context.serviceWorkers().at(-1) ?? (await extensionWorker(a.context));
    await worker.evaluate(bundle);
    const workerReads = await worker.evaluate(async (runs) => {
      type VaultModule = typeof import('./vault-entry');
      const { Vault, IdbVaultStorage } = (globalThis as unknown as { __skVault: VaultModule }).__skVault;
      const storage = new IdbVaultStorage();
      const vault = new Vault(storage);
      const time = async (f: () => Promise<unknown>) => {
        const start = performance.now();
        await f();
        return performance.now() - start;
      };
      const out = { readAll: [] as number[], storeHeaders: [] as number[], allHeaders: [] as number[] };
      try {
        for (let i = 0; i < runs; i++) {
          out.readAll.push(await time(() => storage.listRecords()));
          out.storeHeaders.push(await time(() => vault.listHeaders({ storeHash: 'abc123' })));
          out.allHeaders.push(await time(() => vault.listHeaders()));
        }
      } finally {
        storage.close();
      }
      return out;
    }, 5);
    raw.workerReads = workerReads;

    const unlockBeyondKdf = unlock.painted - unlock.clicked - derivation.ms;
    const key = summary(keys.map((k) => k.ms));
    raw.unlock = { ...unlock, derivation };
    raw.kdfMs = kdfMs;
    raw.keys = keys;
    raw.backup = backup;
    raw.audits = audits;
    raw.memory = { locked: memoryLocked, unlocked: memoryUnlocked, afterBackup: memoryAfterBackup };
    figures.push(
      {
        group,
        name: 'fixture: made through Vault.capture in the options page',
        value: `${seed.records} records, ${seed.stores} stores`,
        unit: '',
        note: `Seeded (${AGENCY.seed}); set passphrase ${ms(seed.setPassphraseMs)} ms, ${seed.records} captures ${ms(seed.captureMs)} ms, store names and labels ${ms(seed.annotateMs)} ms.`,
      },
      {
        group,
        name: 'unlock → unlocked list painted, beyond Argon2id',
        value: ms(unlockBeyondKdf),
        unit: 'ms',
        target: `≤ ${TARGET.unlockMs} ms`,
        met: unlockBeyondKdf <= TARGET.unlockMs,
        note: `${verdict(unlockBeyondKdf, TARGET.unlockMs)}. Click → painted ${ms(unlock.painted - unlock.clicked)} ms, less the unlock's own Argon2id derivation, ${ms(derivation.ms)} ms (from the public key's import to the derived key's, timed by wrapping importKey; Argon2id alone in the same page: ${kdfMs.map(ms).join(', ')} ms).`,
      },
      {
        group,
        name: `search keystroke → results painted, p95 of ${key.n}`,
        value: ms(key.p95),
        unit: 'ms',
        target: `≤ ${TARGET.keystrokeMs} ms`,
        met: key.p95 <= TARGET.keystrokeMs,
        note: `${verdict(key.p95, TARGET.keystrokeMs)}. Typing "${SEARCH}" and erasing it: median ${ms(key.median)}, max ${ms(key.max)} ms (from the keydown's event time to the frame after the list changed).`,
      },
      {
        group,
        name: `back up all ${AGENCY.records} (click → done)`,
        value: ms(backup.painted - backup.clicked),
        unit: 'ms',
        target: `≤ ${TARGET.backupMs / 1000} s`,
        met: backup.painted - backup.clicked <= TARGET.backupMs,
        note: `${verdict(backup.painted - backup.clicked, TARGET.backupMs)}. Opens every record, age (scrypt 2^18) encrypts the JSON, downloads.`,
      },
      {
        group,
        name: 'options page memory: JS heap / DOM nodes (locked; unlocked; after backup)',
        value: `${memoryLocked.heapMiB} MiB / ${memoryLocked.nodes}; ${memoryUnlocked.heapMiB} MiB / ${memoryUnlocked.nodes}; ${memoryAfterBackup.heapMiB} MiB / ${memoryAfterBackup.nodes}`,
        unit: '',
        note: 'After a forced garbage collection (CDP Performance.getMetrics: JSHeapUsedSize, Nodes).',
      },
    );
  } finally {
    await a.close();
  }

  // Restore all 2,000 into a fresh profile whose vault has a passphrase and no records.
  const b = await startSession({ extension: true });
  try {
    let options = await optionsPage(b);
    await options.evaluate(bundle);
    await options.evaluate(async (passphrase) => {
      type VaultModule = typeof import('./vault-entry');
      const { Vault, IdbVaultStorage } = (globalThis as unknown as { __skVault: VaultModule }).__skVault;
      const storage = new IdbVaultStorage();
      await new Vault(storage).setPassphrase(passphrase);
      storage.close();
    }, AGENCY.passphrase);
    await options.close();
    options = await optionsPage(b);
    await options.getByLabel('Passphrase', { exact: true }).fill(AGENCY.passphrase);
    await options.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(options.getByRole('button', { name: 'Lock', exact: true })).toBeVisible({ timeout: 30_000 });
    await options.getByRole('button', { name: 'Restore backup', exact: true }).click();
    await options.getByLabel('Backup file', { exact: true }).setInputFiles(backupFile);
    await options.getByLabel('Backup passphrase', { exact: true }).fill(BACKUP_PASSPHRASE);
    const restore = await timed(options, 'Restore', { kind: 'status', text: `Restored ${AGENCY.records} credentials` }, 180_000, () =>
      options.getByRole('button', { name: 'Restore', exact: true }).click(),
    );
    await expect(options.getByRole('heading', { name: `Captured credentials (${AGENCY.records})` })).toBeVisible({ timeout: 60_000 });
    const restoreMs = restore.painted - restore.clicked;
    raw.restore = restore;
    figures.push({
      group,
      name: `restore all ${AGENCY.records} into an empty vault (click → done)`,
      value: ms(restoreMs),
      unit: 'ms',
      target: `≤ ${TARGET.restoreMs / 1000} s`,
      met: restoreMs <= TARGET.restoreMs,
      note: `${verdict(restoreMs, TARGET.restoreMs)}. age decrypts, the JSON is checked, every record sealed to this vault's key and stored in one transaction, labels and store names added.`,
    });
  } finally {
    await b.close();
  }

  // The same list page with an empty vault: what the audit costs without records.
  const c = await startSession({ extension: true });
  try {
    const emptyRuns = await listAudits(c, AUDITS, 0);
    const emptyAudits = emptyRuns.times;
    const empty = summary(emptyAudits);
    const agencyRuns = raw.audits as { first: number; times: number[] };
    const audit = summary(agencyRuns.times);
    const reads = raw.workerReads as { readAll: number[]; storeHeaders: number[]; allHeaders: number[] };
    raw.emptyAudits = emptyRuns;
    figures.push(
      {
        group,
        name: `list page audit, ${AGENCY.listAccounts} accounts vs ${AGENCY.records} records, median / p95 of ${audit.n}`,
        value: `${ms(audit.median)} / ${ms(audit.p95)}`,
        unit: 'ms',
        target: `≤ ${TARGET.auditMs} ms`,
        met: audit.p95 <= TARGET.auditMs,
        note: `${verdict(audit.p95, TARGET.auditMs)} (p95). From the account table rendered to the bar and all ${AGENCY.listAccounts} row marks painted with the vault's answer (${AGENCY.listedInVault} in the vault); the same with an empty vault: median ${ms(empty.median)}, p95 ${ms(empty.p95)} ms, so the 2,000 records cost ${ms(audit.median - empty.median)} ms at the median. The first visit of each (a new tab; the background reads the store's records): ${ms(agencyRuns.first)} ms with 2,000 records, ${ms(emptyRuns.first)} ms empty. In the worker (medians of 5): reading all ${AGENCY.records} stored records ${ms(summary(reads.readAll).median)} ms, this store's headers ${ms(summary(reads.storeHeaders).median)} ms (every header: ${ms(summary(reads.allHeaders).median)} ms).`,
      },
    );
  } finally {
    await c.close();
  }
  await report(testInfo, figures, raw);
});
