/**
 * Vault unlock (Argon2id 64 MiB / t3 / p1, then unwrap and self-test) and seal times, in the
 * extension's service worker (where captures are sealed) and its options page (where the vault
 * section unlocks), in Chromium.
 */
import { test } from '@playwright/test';
import { extensionWorker } from '../tests/e2e/harness';
import { startSession } from './browser';
import { report, type Figure } from './figures';
import { ms, summary } from './stats';
import { buildVaultBundle, timeVault, type VaultTimings } from './vault-bundle';

const UNLOCKS = 5;
const SEALS = 50;

test('vault unlock and seal', async ({}, testInfo) => {
  const bundle = await buildVaultBundle();
  const session = await startSession({ extension: true });
  const results: Record<string, VaultTimings> = {};
  try {
    const worker = await extensionWorker(session.context);
    await worker.evaluate(bundle);
    results['service worker'] = await worker.evaluate(timeVault, { unlocks: UNLOCKS, seals: SEALS });

    const options = await session.context.newPage();
    await options.goto(worker.url().replace(/background\.js$/, 'options.html'));
    await options.evaluate(bundle);
    results['options page'] = await options.evaluate(timeVault, { unlocks: UNLOCKS, seals: SEALS });
  } finally {
    await session.close();
  }

  const figures: Figure[] = [];
  for (const [where, r] of Object.entries(results)) {
    const group = `Vault (${where})`;
    const unlock = summary(r.unlockMs);
    const seal = summary(r.sealMs);
    const persist = summary(r.sealAndPersistMs);
    figures.push(
      {
        group,
        name: `unlock (Argon2id 64 MiB, t3, p1), median of ${unlock.n}`,
        value: ms(unlock.median),
        unit: 'ms',
        note: `min ${ms(unlock.min)}, max ${ms(unlock.max)} ms; setting the first passphrase (KDF + re-wrap + checks) took ${ms(r.setPassphraseMs)} ms; creating the key pair ${ms(r.createMs)} ms.`,
      },
      { group, name: `seal one capture (HPKE), median / p95 of ${seal.n}`, value: `${ms(seal.median)} / ${ms(seal.p95)}`, unit: 'ms' },
      { group, name: `seal + persist (durability strict), median / p95 of ${persist.n}`, value: `${ms(persist.median)} / ${ms(persist.p95)}`, unit: 'ms' },
    );
  }
  await report(testInfo, figures, results);
});
