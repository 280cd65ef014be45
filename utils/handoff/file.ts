/**
 * "Encrypt for integrator" (issue 12, item 3): BigCommerce's .txt, holding the values the preset
 * says the integration needs (or everything), encrypted to the integrator's age key, so only the
 * holder of that key can open it (`age -d -i key.txt`). Named `<account name>.txt.age`, with the
 * account name made file-name safe.
 */
import { toBigCommerceTxt } from '../export/bigcommerce-txt';
import type { ExportCredential, FieldSelection } from '../export/credential';
import { slugify } from '../export/file-name';

function handoffFileName(accountName: string): string {
  return `${slugify(accountName) || 'api-account'}.txt.age`;
}

export async function handoffFile(cred: ExportCredential, recipient: string, selection: FieldSelection): Promise<{ name: string; bytes: Uint8Array }> {
  const { encryptToRecipient } = await import('../backup/age-file');
  return { name: handoffFileName(cred.name), bytes: await encryptToRecipient(toBigCommerceTxt(cred, selection), recipient) };
}
