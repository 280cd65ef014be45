/**
 * The vault page as a capture notice's button opens it (utils/background/notice-actions.ts):
 * `#record=<id>` shows that record; with `&file=<id>` ("Encrypt for …") the page also downloads
 * the file the background sealed at capture for the preset's hand-off keys ('notice:file'). The
 * file is age ciphertext: no passphrase is needed to hand it on.
 */
import { useEffect, useState } from 'preact/hooks';
import { downloadBytes } from '../../utils/download';
import { t } from '../../utils/i18n';
import { askBackground } from '../../utils/messaging/ask-background';

/** What the page's address asks for. Pure. */
function noticeLink(hash: string): { recordId: string | null; file: string | null } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return { recordId: params.get('record'), file: params.get('file') };
}

function bytesOf(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** The record the address names (null: none); `onStatus` says what happened to the file. */
export function useNoticeLink(onStatus: (message: string) => void): string | null {
  const [link] = useState(() => noticeLink(location.hash));
  useEffect(() => {
    if (!link.file) return;
    void askBackground('notice:file', { id: link.file }).then((file) => {
      if (!file) return onStatus(t('vault_notice_file_gone'));
      downloadBytes(file.name, bytesOf(file.base64), 'application/octet-stream');
      onStatus(t('vault_notice_file_done', file.name, file.sealedFor));
    });
    // Once per page: the address is read when the page opens.
  }, [link, onStatus]);
  return link.recordId;
}
