/**
 * Opening records in the unlocked options page. Plaintext lives only for the length of one call:
 * `checkRecord` opens and drops (to mark altered records), `withOpened` hands the fields to a
 * callback that turns them into a download or a clipboard write.
 */
import { toExportCredential, type ExportCredential } from '../../utils/export';
import { openRecord, type VaultRecord, type UnlockedKey } from '../../utils/vault';

/** 'altered': authentication failed, the body is malformed, or it was sealed to another key.
 *  All mean the same to the user: this record cannot be opened. */
export type RecordHealth = 'ok' | 'altered';

export async function checkRecord(key: UnlockedKey, record: VaultRecord): Promise<RecordHealth> {
  try {
    await openRecord(key, record);
    return 'ok';
  } catch {
    return 'altered';
  }
}

export async function withOpened<T>(key: UnlockedKey, record: VaultRecord, use: (cred: ExportCredential) => T | Promise<T>): Promise<T> {
  const { header, fields } = await openRecord(key, record);
  return use(toExportCredential(header, fields));
}
