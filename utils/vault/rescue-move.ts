/**
 * Moving the rescue vault's records back into the main vault. Captures are sealed into the rescue
 * vault (RESCUE_VAULT_DB_NAME) while the main vault's header cannot be read; once it can again and
 * is unlocked, every rescue record is opened with the rescue vault's device key, sealed again to
 * the main vault's key keeping its header facts (ids, store, token type, scopes, flags, preset,
 * optional rows, kind and account), and only then deleted from the rescue vault.
 *
 * A rescue record is deleted only when the main vault provably holds it afterwards: stored now,
 * or already there (the same capture id, or the same credential: ./identity.ts). Anything else
 * stays where it is: one that does not open (altered) is named and kept, and so is one the main
 * vault refused to take.
 */
import { VaultStateError } from './errors';
import { openRecord, type OpenedRecord, type UnlockedKey } from './seal';
import { credentialIdentity } from './identity';
import type { Vault } from './vault';

export interface RescueMoveOutcome {
  /** Sealed into the main vault and deleted from the rescue vault. */
  moved: number;
  /** Already in the main vault: deleted from the rescue vault, nothing added. */
  alreadyThere: number;
  /** The rescue records that did not open (altered in storage), by id and name: kept as they are. */
  altered: Array<{ recordId: string; name: string }>;
  /** Rows of the rescue vault in no known format: kept as they are. */
  unreadable: number;
  /** Opened, but the main vault refused them (their record id is taken there): kept. */
  notPlaced: number;
}


/** What the main vault holds: every capture id (headers), and the values of those that open. */
async function mainHoldings(main: Vault, key: UnlockedKey): Promise<{ captureIds: Set<string>; values: Set<string> }> {
  const { records } = await main.listRecords();
  const values = new Set<string>();
  for (const record of records) {
    try {
      const { header, fields } = await openRecord(key, record);
      values.add(credentialIdentity(header.storeHash, fields));
    } catch {
      // An altered main record cannot be compared by value; its capture id still counts.
    }
  }
  return { captureIds: new Set(records.map((r) => r.header.captureId)), values };
}

/**
 * Moves every rescue record that opens into `main`, unlocked with `mainKey`. Throws, changing
 * nothing, when the main vault cannot be read or is no longer the one `mainKey` opens, and when
 * the rescue vault cannot be opened with its device key.
 */
export async function moveRescueRecords(rescue: Vault, main: Vault, mainKey: UnlockedKey): Promise<RescueMoveOutcome> {
  // Unreadable (VaultFormatError) or replaced underneath: nothing is touched.
  const meta = await main.readMeta();
  if (!meta) throw new VaultStateError('no-vault');
  if (meta.header.keyId !== mainKey.keyId) throw new VaultStateError('concurrent-change');

  const rescueKey = await rescue.unlockWithDeviceKey();
  const { records, problems } = await rescue.listRecords();
  const opened: OpenedRecord[] = [];
  const altered: RescueMoveOutcome['altered'] = [];
  for (const record of records) {
    try {
      opened.push(await openRecord(rescueKey, record));
    } catch {
      altered.push({ recordId: record.header.recordId, name: record.header.name });
    }
  }

  const before = await mainHoldings(main, mainKey);
  const toAdd: OpenedRecord[] = [];
  const alreadyThere: OpenedRecord[] = [];
  /** A rescue record with the same values as an earlier one in this move: safe once that one is. */
  const twinOf = new Map<string, string>();
  const firstWithValues = new Map<string, string>();
  for (const record of opened) {
    const values = credentialIdentity(record.header.storeHash, record.fields);
    if (before.captureIds.has(record.header.captureId) || before.values.has(values)) alreadyThere.push(record);
    else if (firstWithValues.has(values)) twinOf.set(record.header.recordId, firstWithValues.get(values)!);
    else {
      firstWithValues.set(values, record.header.recordId);
      toAdd.push(record);
    }
  }

  const { stored } = toAdd.length > 0 ? await main.addOpenedRecords(toAdd) : { stored: [] };
  // Read again: a record skipped by the write because its capture id arrived meanwhile is there too.
  const after = new Set((await main.listRecords()).records.map((r) => r.header.captureId));
  const storedIds = new Set(stored);
  const placed = new Set(toAdd.filter((r) => storedIds.has(r.header.recordId) || after.has(r.header.captureId)).map((r) => r.header.recordId));
  const twinsPlaced = [...twinOf].filter(([, original]) => placed.has(original)).map(([id]) => id);
  const safe = [...placed, ...alreadyThere.map((r) => r.header.recordId), ...twinsPlaced];
  for (const recordId of safe) await rescue.deleteRecord(recordId);

  return {
    moved: storedIds.size,
    alreadyThere: safe.length - storedIds.size,
    altered,
    unreadable: problems.length,
    notPlaced: opened.length - safe.length,
  };
}
