/**
 * A file given to the wrong import (issue 20, items 3 and 7): what it is and where it belongs, in
 * one sentence per kind (utils/file-kind.ts decides the kind), and the way a backup found by any
 * import is handed to "Restore backup" (requestRestore → the vault section, same page).
 */
import { t } from '../../utils/i18n';
import { classifyFile, type FileKind } from '../../utils/file-kind';

/** Files bigger than this are not read to be classified (a backup of 10,000 records is ~8 MB). */
const MAX_CLASSIFY_BYTES = 32 * 1024 * 1024;

export async function fileKind(file: File): Promise<FileKind> {
  if (file.size > MAX_CLASSIFY_BYTES) return 'unknown';
  return classifyFile(new Uint8Array(await file.arrayBuffer()));
}

/** The sentence for a file of `kind` given to an import that takes `here`, or null when it belongs here (or is unknown). */
export function misplacedText(kind: FileKind, here: readonly FileKind[], fileName: string): string | null {
  if (kind === 'unknown' || here.includes(kind)) return null;
  switch (kind) {
    case 'credentials':
      return t('file_kind_credentials', fileName);
    case 'preset':
      return t('file_kind_preset', fileName);
    case 'backup':
      return t('file_kind_backup', fileName);
    case 'sealed':
      return t('file_kind_sealed', fileName);
  }
}

const RESTORE_EVENT = 'scopekeeper:restore-backup';

/** Sends a backup to the vault section's "Restore backup" (opened with this file chosen). */
export function requestRestore(file: File): void {
  window.dispatchEvent(new CustomEvent<File>(RESTORE_EVENT, { detail: file }));
}

export function onRestoreRequest(listener: (file: File) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<File>).detail);
  window.addEventListener(RESTORE_EVENT, handler);
  return () => window.removeEventListener(RESTORE_EVENT, handler);
}
