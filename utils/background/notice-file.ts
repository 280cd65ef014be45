/**
 * The file behind a capture notice's "Encrypt for …" button (./notice-actions.ts), sealed at
 * capture while the values are in hand: BigCommerce's .txt with the fields the preset needs,
 * encrypted with age to every hand-off key bound into the record (one file that each key opens).
 * Apart from the capture path's own modules: age is loaded only when a preset names hand-off keys,
 * after the record is stored (entrypoints/background-rest.ts).
 */
import { encryptToRecipients } from '../backup/age-file';
import { toBigCommerceTxt } from '../export/bigcommerce-txt';
import type { FieldSelection } from '../export/credential';
import { handoffFileName } from '../handoff/file';
import { recipientLabel, type HandoffRecipient } from '../vault/handoff-recipients';

export interface NoticeFile {
  name: string;
  /** The age ciphertext, base64. */
  base64: string;
  sealedFor: string;
}

export interface SealInputs {
  recipients: readonly HandoffRecipient[];
  selection: FieldSelection;
  fields: { name: string; apiPath: string; clientId: string; clientSecret: string; accessToken: string };
}

function base64(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

/** The sealed file, or undefined when there is no key or sealing failed. */
export async function sealNoticeFile(seal: SealInputs): Promise<NoticeFile | undefined> {
  if (seal.recipients.length === 0) return undefined;
  try {
    const bytes = await encryptToRecipients(
      toBigCommerceTxt(seal.fields, seal.selection),
      seal.recipients.map((r) => r.recipient),
    );
    return { name: handoffFileName(seal.fields.name), base64: base64(bytes), sealedFor: seal.recipients.map(recipientLabel).join(', ') };
  } catch {
    return undefined;
  }
}
