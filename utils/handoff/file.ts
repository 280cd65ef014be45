/**
 * "Encrypt for <key name>" (issue 12, item 3): BigCommerce's .txt, holding the values the preset
 * says the integration needs (or everything), encrypted to the preset's hand-off recipients, so
 * only the holder of one of those keys can open it (`age -d -i key.txt`). Several recipients (an
 * integrator and the agency's own key) get one file that each of them opens. Named
 * `<account name>.txt.age`, with the account name made file-name safe.
 */
import { toBigCommerceTxt } from '../export/bigcommerce-txt';
import type { ExportCredential, FieldSelection } from '../export/credential';
import { slugify } from '../export/file-name';
import type { PresetHandoff } from '../presets/types';

export function handoffFileName(accountName: string): string {
  return `${slugify(accountName) || 'api-account'}.txt.age`;
}

/** Every recipient of a preset's hand-off, the main one first. */
export function handoffRecipients(handoff: PresetHandoff): string[] {
  return [handoff.recipient, ...(handoff.more ?? []).map((m) => m.recipient)];
}

export async function handoffFile(
  cred: ExportCredential,
  recipients: string | readonly string[],
  selection: FieldSelection,
): Promise<{ name: string; bytes: Uint8Array }> {
  const { encryptToRecipients } = await import('../backup/age-file');
  const list = typeof recipients === 'string' ? [recipients] : recipients;
  return { name: handoffFileName(cred.name), bytes: await encryptToRecipients(toBigCommerceTxt(cred, selection), list) };
}
