/**
 * The words of the page's notice after a capture, decided in the background with the capture's
 * reply (utils/background/handle-capture.ts); components/page/notice.ts only shows them and its
 * buttons. Never a value: what happened, what to do next, and the buttons' labels with their ids
 * (utils/background/notice-actions.ts).
 */
import { t, type MessageKey } from '../i18n';
import type { NoticeView } from '../messaging/protocol';

const FIELD_NAME: Readonly<Record<string, MessageKey>> = {
  clientId: 'vault_field_client_id',
  clientSecret: 'vault_field_client_secret',
  accessToken: 'vault_field_access_token',
};

export interface CaptureFacts {
  /** Credential fields the pop-up did not show ('clientId', …). */
  missing: readonly string[];
  keepTxt: boolean;
  rescued: boolean;
}

/** `ids`: the notice's button ids (null: none could be offered); `sealedFor`: the key names the
 *  seal button's file is for. */
export function captureNotice(facts: CaptureFacts, ids: { vault: string; seal?: string; sealedFor?: string } | null): NoticeView {
  const missing = facts.missing.map((m) => (FIELD_NAME[m] ? t(FIELD_NAME[m]) : m));
  // The chosen preset's integrator may need the .txt (e.g. to upload it): then keep it for now.
  const parts = [t(facts.keepTxt ? 'vault_notice_captured_keep_txt' : 'vault_notice_captured_detail')];
  if (missing.length) parts.push(t('vault_notice_partial', missing.join(', ')));
  if (facts.rescued) parts.push(t('vault_notice_rescued'));
  if (ids?.seal && ids.sealedFor) parts.push(t('vault_notice_seal_for', ids.sealedFor));
  return {
    warn: missing.length > 0 || facts.rescued,
    title: t('vault_notice_captured_title'),
    detail: parts.join(' '),
    actions: ids
      ? [...(ids.seal && ids.sealedFor ? [{ id: ids.seal, label: t('vault_handoff_for', ids.sealedFor) }] : []), { id: ids.vault, label: t('vault_notice_open_vault') }]
      : [],
  };
}
