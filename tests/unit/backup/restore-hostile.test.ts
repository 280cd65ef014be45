/**
 * Restore is all or nothing (trust boundaries, item 7): a backup is checked whole (records,
 * headers, annotations) before anything is written, then written in one transaction; labels,
 * notes and store names are written in one batch; the scrypt work factor a restore accepts is
 * capped at the one Scopekeeper writes. Hostile backups are fuzzed (60, seeded): each is either
 * refused with the vault's storage byte for byte as before, or accepted into a vault that still
 * reads whole.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AgeDecryptError, decryptWithPassphrase, encryptWithPassphrase, MAX_RESTORE_WORK_FACTOR } from '../../../utils/backup/age-file';
import { readBackupJson, type BackupContents } from '../../../utils/backup/format';
import { makeBackup, restoreBackup, RestoreRefusedError } from '../../../utils/backup/vault-backup';
import { annotationsSchema, withRestored } from '../../../utils/vault/annotations';
import { openRecord, type UnlockedKey } from '../../../utils/vault/seal';
import { Vault } from '../../../utils/vault/vault';
import { FAST_KDF, PASSPHRASE, freshStorage, rawDump, rawGet, sampleFields, sampleInputs } from '../fixtures/vault-test-kit';
import { seededRandom } from '../seeded-random';

const BACKUP_PASSPHRASE = 'tangerine quorum fjord lantern';
const FAST_SCRYPT = 10;

async function vaultWith(n: number): Promise<{ vault: Vault; key: UnlockedKey; storage: ReturnType<typeof freshStorage> }> {
  const storage = freshStorage();
  const vault = new Vault(storage, { kdf: FAST_KDF });
  for (let i = 0; i < n; i++) {
    await vault.capture(
      sampleFields({ name: `account ${i}`, clientId: `client${String(i).padStart(25, '0')}x` }),
      sampleInputs({ capturedAt: new Date(Date.UTC(2026, 0, 1 + i)) }),
    );
  }
  const key = await vault.setPassphrase(PASSPHRASE);
  return { vault, key, storage };
}

/** A backup of `n` records (not sealed first: the file as a backup holds it). */
function contentsOf(n: number, options: { label?: (i: number) => string; stores?: number } = {}): BackupContents {
  const records = Array.from({ length: n }, (_, i) => ({
    header: {
      recordId: crypto.randomUUID(),
      captureId: crypto.randomUUID(),
      name: `restored ${i}`,
      storeHash: 'abc123',
      origin: 'https://store-abc123.mybigcommerce.com',
      capturedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i % 60)).toISOString(),
      tokenType: 'v2v3',
      scopes: { products: 'modify' },
      flags: [],
      presetId: null,
    },
    credential: sampleFields({ name: `restored ${i}`, clientId: `rest${String(i).padStart(27, '0')}` }),
    label: options.label?.(i) ?? '',
    note: '',
  }));
  const stores = Object.fromEntries(Array.from({ length: options.stores ?? 0 }, (_, i) => [`s${i.toString(36)}`, `Store ${i}`]));
  return { format: 'scopekeeper-vault-backup', version: 2, createdAt: '2026-06-01T00:00:00.000Z', records, stores, handoffKeys: [] };
}

describe('restore is all or nothing', () => {
  it('a store name the annotations refuse is refused with the file, and restore writes nothing', async () => {
    const target = await vaultWith(1);
    const before = await rawDump(target.storage);
    const hostile = { ...contentsOf(3, { label: () => 'prod' }), stores: { abc123: 'Acme\nOutfitters' } };
    // The file's reader refuses it now (before: accepted, records written, then the annotation refused).
    expect(readBackupJson(JSON.stringify(hostile))).toEqual({ ok: false, problem: 'malformed' });
    // And restore itself, handed the contents unchecked, refuses before any write.
    await expect(restoreBackup(target.vault, target.key, hostile as BackupContents)).rejects.toBeInstanceOf(RestoreRefusedError);
    expect(await rawDump(target.storage)).toBe(before);
  });

  it('store names over the annotations’ cap with the vault’s own: refused whole, nothing written', async () => {
    const target = await vaultWith(1);
    await target.vault.setStoreName('zzz999', 'Mine');
    const before = await rawDump(target.storage);
    // 10,000 new names are each valid and within the file's own cap; with the vault's one they are not.
    const hostile = contentsOf(2, { stores: 10_000 });
    expect(readBackupJson(JSON.stringify(hostile))).toMatchObject({ ok: true });
    await expect(restoreBackup(target.vault, target.key, hostile)).rejects.toEqual(new RestoreRefusedError('annotations'));
    expect(await rawDump(target.storage)).toBe(before);
  }, 60_000);

  it('a header the sealer refuses (kind and token type disagree) is refused with the file; restore writes nothing', async () => {
    const target = await vaultWith(1);
    const before = await rawDump(target.storage);
    const hostile = contentsOf(3);
    hostile.records[2]!.header = { ...hostile.records[2]!.header, kind: 'account-level' };
    expect(readBackupJson(JSON.stringify(hostile))).toEqual({ ok: false, problem: 'malformed' });
    await expect(restoreBackup(target.vault, target.key, hostile)).rejects.toEqual(new RestoreRefusedError('records'));
    expect(await rawDump(target.storage)).toBe(before);
  });

  it('annotations changed by another tab into a refusal mid-restore abort the records too (one transaction)', async () => {
    const target = await vaultWith(0);
    const before = await rawDump(target.storage);
    const contents = contentsOf(3, { label: () => 'prod' });
    const outcome = target.vault.addOpenedRecords(
      contents.records.map((r) => ({ header: r.header, fields: r.credential })),
      () => {
        throw new Error('refused inside the transaction');
      },
    );
    await expect(outcome).rejects.toThrow('refused inside the transaction');
    expect(await rawDump(target.storage)).toBe(before);
  });
});

describe('annotations in one batch', () => {
  it('10,000 records’ labels and 9,999 store names are written in one transaction, in seconds (timed)', async () => {
    const target = await vaultWith(0);
    const contents = contentsOf(10_000, { label: (i) => `label ${i}`, stores: 9_999 });
    const notes = contents.records.map((r) => ({ recordId: r.header.recordId, label: r.label, note: r.note }));
    const start = performance.now();
    await target.vault.addOpenedRecords([], (current) => withRestored(current, notes, contents.stores));
    const ms = performance.now() - start;
    console.log(`[figure] annotations of 10,000 records and 9,999 store names, one batch: ${Math.round(ms)} ms`);
    const annotations = annotationsSchema.parse(await rawGet(target.storage, 'meta', 'annotations'));
    expect(Object.keys(annotations.records)).toHaveLength(10_000);
    expect(Object.keys(annotations.stores)).toHaveLength(9_999);
    expect(ms).toBeLessThan(10_000);
  }, 60_000);

  it('a whole restore of 1,000 labelled records with 1,000 store names (timed; 19 s before, one transaction per record)', async () => {
    const target = await vaultWith(0);
    const contents = contentsOf(1_000, { label: (i) => `label ${i}`, stores: 1_000 });
    const start = performance.now();
    expect(await restoreBackup(target.vault, target.key, contents)).toEqual({ added: 1_000, duplicates: 0, keysAdded: 0 });
    const ms = performance.now() - start;
    console.log(`[figure] restore of 1,000 labelled records and 1,000 store names: ${(ms / 1000).toFixed(1)} s (sealing included)`);
    const annotations = await target.vault.annotations();
    expect(Object.keys(annotations.records)).toHaveLength(1_000);
    expect(Object.keys(annotations.stores)).toHaveLength(1_000);
  }, 60_000);
});

describe('scrypt work factor on restore', () => {
  it(`a file asking for more than ${MAX_RESTORE_WORK_FACTOR} is refused before scrypt runs`, async () => {
    const file = await encryptWithPassphrase('{}', BACKUP_PASSPHRASE, FAST_SCRYPT);
    const text = new TextDecoder().decode(file.subarray(0, 120));
    const line = text.split('\n')[1]!;
    expect(line).toMatch(/^-> scrypt \S+ 10$/);
    for (const logN of ['19', '20', '22']) {
      const raised = new TextEncoder().encode(line.replace(/ 10$/, ` ${logN}`));
      const start = AGE_HEADER_LENGTH;
      const forged = new Uint8Array([...file.subarray(0, start), ...raised, ...file.subarray(start + line.length)]);
      const t0 = performance.now();
      await expect(decryptWithPassphrase(forged, BACKUP_PASSPHRASE)).rejects.toEqual(new AgeDecryptError('work-factor'));
      expect(performance.now() - t0).toBeLessThan(200);
    }
    // What Scopekeeper writes opens.
    await expect(decryptWithPassphrase(file, BACKUP_PASSPHRASE)).resolves.toBe('{}');
  });
});

const AGE_HEADER_LENGTH = 'age-encryption.org/v1\n'.length;


type Json = Record<string, unknown>;
type Mutation = (backup: Json, rand: () => number) => void;
const recordsOf = (b: Json) => b.records as Json[];
const anyRecord = (b: Json, rand: () => number) => recordsOf(b)[Math.floor(rand() * recordsOf(b).length)]!;
const header = (b: Json, rand: () => number) => anyRecord(b, rand).header as Json;
const CONTROL = ['\n', '\u0000', '\u2028', '\u007f', '\u0085', '\t'];

const MUTATIONS: ReadonlyArray<readonly [string, Mutation]> = [
  ['store name with a control character', (b, r) => ((b.stores as Json).abc123 = `Acme${CONTROL[Math.floor(r() * CONTROL.length)]}`)],
  ['store name of spaces', (b) => ((b.stores as Json).abc123 = '   ')],
  ['store name too long', (b) => ((b.stores as Json).abc123 = 'x'.repeat(121))],
  ['store hash key not a hash', (b) => ((b.stores as Json)['ABC-123'] = 'Acme')],
  ['10,001 store names', (b) => (b.stores = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`h${i}`, 'n'])))],
  ['label with a line break', (b, r) => (anyRecord(b, r).label = 'prod\nsecret')],
  ['note with NUL', (b, r) => (anyRecord(b, r).note = 'a\u0000b')],
  ['label too long', (b, r) => (anyRecord(b, r).label = 'l'.repeat(81))],
  ['kind without the account-level token type', (b, r) => (header(b, r).kind = 'account-level')],
  ['account without kind', (b, r) => (header(b, r).account = '5e2f0c1a-7b3d-4e8f-9a6b-1c2d3e4f5a6b')],
  ['account-level token type without kind', (b, r) => (header(b, r).tokenType = 'account-level')],
  ['repeated record id', (b) => ((recordsOf(b)[1]!.header as Json).recordId = (recordsOf(b)[0]!.header as Json).recordId)],
  ['repeated capture id', (b) => ((recordsOf(b)[1]!.header as Json).captureId = (recordsOf(b)[0]!.header as Json).captureId)],
  ['101 scopes', (b, r) => (header(b, r).scopes = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`s${i}`, 'modify'])))],
  ['scope key __proto__', (b, r) => (header(b, r).scopes = JSON.parse('{"__proto__":"modify"}') as Json)],
  ['header name with a control character', (b, r) => (header(b, r).name = 'bad\u0007name')],
  ['capturedAt not an instant', (b, r) => (header(b, r).capturedAt = '2026-02-30T00:00:00.000Z')],
  ['17 flags', (b, r) => (header(b, r).flags = Array.from({ length: 17 }, (_, i) => `f${i}`))],
  ['flag with upper case', (b, r) => (header(b, r).flags = ['No-Trusted-Save'])],
  ['preset id not kebab-case', (b, r) => (header(b, r).presetId = 'Evil Preset')],
  ['origin not https', (b, r) => (header(b, r).origin = 'http://evil.example')],
  ['credential too long', (b, r) => ((anyRecord(b, r).credential as Json).accessToken = 't'.repeat(1025))],
  ['labelled values, 9', (b, r) => ((anyRecord(b, r).credential as Json).labelled = Array.from({ length: 9 }, () => ({ label: 'x', value: 'y' })))],
  ['extra field in a record', (b, r) => (anyRecord(b, r).evil = true)],
  ['extra field at the top', (b) => (b.archived = [])],
  ['v, keyId and suite smuggled into a header', (b, r) => Object.assign(header(b, r), { v: 2, keyId: 'AAAAAAAAAAAAAAAAAAAAAA', suite: { kem: 32, kdf: 1, aead: 2 } })],
  ['a number where a string goes', (b, r) => (header(b, r).storeHash = 123)],
  ['a field removed', (b, r) => delete header(b, r).captureId],
  ['records not an array', (b) => (b.records = { 0: b.records })],
  ['10,001 records', (b) => (b.records = Array.from({ length: 10_001 }, () => recordsOf(b)[0]))],
  ['valid: a new label', (b, r) => (anyRecord(b, r).label = 'renamed')],
  ['valid: a store name of a store not in the vault', (b) => ((b.stores as Json).fff000 = 'Other')],
  ['valid: an account-level record', (b, r) => Object.assign(header(b, r), { kind: 'account-level', tokenType: 'account-level', storeHash: '5e2f0c1a7b3d4e8f9a6b1c2d3e4f5a6b', scopes: {} })],
];

describe('fuzz: 60 seeded hostile backups', () => {
  const CASES = 60;
  let base: Json;

  beforeAll(async () => {
    const source = await vaultWith(4);
    const first = (await source.vault.listRecords()).records[0]!;
    await source.vault.setRecordNotes(first.header.recordId, { label: 'prod', note: 'rotates in May' });
    await source.vault.setStoreName('abc123', 'Acme Outfitters');
    base = JSON.parse((await makeBackup(source.vault, source.key, new Date('2026-06-01T00:00:00.000Z'))).json) as Json;
  }, 30_000);

  it('each is refused with nothing written, or accepted into a vault that still reads whole', async () => {
    const tally = { tried: 0, refused: 0, accepted: 0, crashed: 0, hung: 0, acceptedDangerous: 0 };
    const dangerous: string[] = [];
    for (let seed = 1; seed <= CASES; seed++) {
      const rand = seededRandom(seed);
      const backup = structuredClone(base);
      const applied: string[] = [];
      const count = 1 + Math.floor(rand() * 3);
      for (let m = 0; m < count; m++) {
        const [name, mutate] = MUTATIONS[Math.floor(rand() * MUTATIONS.length)]!;
        try {
          mutate(backup, rand);
          applied.push(name);
        } catch {
          // Not applicable after an earlier mutation (e.g. records no longer an array).
        }
      }
      let text = JSON.stringify(backup);
      // One case in six also has a byte of its JSON changed.
      if (rand() < 1 / 6) {
        const at = Math.floor(rand() * text.length);
        text = text.slice(0, at) + String.fromCharCode(32 + Math.floor(rand() * 95)) + text.slice(at + 1);
        applied.push('a byte changed');
      }
      const target = await vaultWith(1);
      await target.vault.setStoreName('abc123', 'Mine');
      const before = await rawDump(target.storage);
      const recordsBefore = (await target.vault.listRecords()).records.length;
      tally.tried++;
      let refused = false;
      const run = (async () => {
        const read = readBackupJson(text);
        if (!read.ok) return void (refused = true);
        try {
          await restoreBackup(target.vault, target.key, read.contents);
        } catch (error) {
          if (!(error instanceof RestoreRefusedError)) throw error;
          refused = true;
        }
      })();
      const outcome = await Promise.race([run.then(() => 'done' as const, () => 'crashed' as const), new Promise<'hung'>((r) => setTimeout(() => r('hung'), 20_000))]);
      if (outcome !== 'done') {
        tally[outcome]++;
        dangerous.push(`seed ${seed} ${outcome}: ${applied.join(', ')}`);
        continue;
      }
      if (refused) {
        tally.refused++;
        // Nothing written: storage byte for byte as before.
        if ((await rawDump(target.storage)) !== before) {
          tally.acceptedDangerous++;
          dangerous.push(`seed ${seed} refused but wrote: ${applied.join(', ')}`);
        }
        continue;
      }
      tally.accepted++;
      // Accepted: every record reads and opens, the annotations still pass their schema (an
      // unreadable value would read as empty, losing every label), nothing present changed.
      const { records, problems } = await target.vault.listRecords();
      const annotationsOk = annotationsSchema.safeParse(await rawGet(target.storage, 'meta', 'annotations')).success;
      const opens = await Promise.all(records.map((r) => openRecord(target.key, r).then(() => true, () => false)));
      const keptName = (await target.vault.annotations()).stores.abc123 === 'Mine';
      if (problems.length > 0 || !annotationsOk || opens.includes(false) || !keptName || records.length < recordsBefore) {
        tally.acceptedDangerous++;
        dangerous.push(`seed ${seed} accepted, vault damaged: ${applied.join(', ')}`);
      }
    }
    console.log(
      `[figure] restore fuzz: ${tally.tried} tried, ${tally.refused} refused (nothing written), ${tally.accepted} accepted, ${tally.crashed} crashed, ${tally.hung} hung, ${tally.acceptedDangerous} accepted-dangerous`,
    );
    expect(dangerous).toEqual([]);
    expect(tally.tried).toBe(CASES);
    expect(tally.refused).toBeGreaterThan(0);
    expect(tally.accepted).toBeGreaterThan(0);
  }, 300_000);
});
