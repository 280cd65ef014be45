/**
 * Save text or bytes as a file from an extension page: Blob + `<a download>`, then revoke the object URL.
 * Needs no `downloads` permission. The anchor is never attached to the document, so the page DOM
 * never holds the text or a link to it.
 */

/** Chrome starts reading the blob synchronously on click; Firefox has been known to fail when the
 *  URL is revoked in the same task, so it is revoked shortly after instead. */
const REVOKE_AFTER_MS = 1_000;

export function downloadText(fileName: string, text: string, type: string): void {
  downloadBytes(fileName, text, type);
}

/** Binary files too (an age file is bytes, not text). */
export function downloadBytes(fileName: string, content: string | Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.rel = 'noopener';
    a.click();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
