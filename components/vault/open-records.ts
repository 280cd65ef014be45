/**
 * Opening records in the unlocked options page. Plaintext lives only for the length of one call:
 * `checkRecord` opens and drops (to mark altered records), `withOpened` hands the fields to a
 * callback that turns them into a download or a clipboard write.
 */
import { downloadText } from '../../utils/download';
import { fileNameFor, toBigCommerceTxt, toDotEnv, toJson, toExportCredential, type ExportCredential, type ExportExtension, type FieldSelection } from '../../utils/export';
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

const EXPORTERS: Readonly<Record<ExportExtension, { render: (c: ExportCredential, selection: FieldSelection) => string; type: string }>> = {
  txt: { render: toBigCommerceTxt, type: 'text/plain' },
  json: { render: toJson, type: 'application/json' },
  env: { render: toDotEnv, type: 'text/plain' },
};

/** Opens `record` and downloads it as `ext`; resolves to the file name. Rejects (nothing
 *  downloaded) when the record does not open. */
export function downloadRecord(key: UnlockedKey, record: VaultRecord, ext: ExportExtension, selection: FieldSelection): Promise<string> {
  return withOpened(key, record, (cred) => {
    const name = fileNameFor(cred, ext);
    downloadText(name, EXPORTERS[ext].render(cred, selection), EXPORTERS[ext].type);
    return name;
  });
}
