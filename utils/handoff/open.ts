/**
 * "Open sealed files": decrypting `.age` files made for one of the vault's hand-off keys (by
 * "Encrypt for …" in another Scopekeeper, or `age -r <recipient>` on the command line). Each key
 * is tried on its own so the result says which key opened the file. A file that is not age, is
 * too large to be a credentials file, is for none of the keys (or for a passphrase), or is
 * damaged, is refused with why. Options page only (age-encryption).
 */
import { Decrypter } from 'age-encryption';

/** A sealed .txt or JSON is well under 4 KB; 64 KB leaves room and refuses anything larger. */
export const MAX_SEALED_FILE_BYTES = 65_536;
const AGE_MAGIC = 'age-encryption.org/v1\n';

type SealedFileProblem = 'too-large' | 'not-age' | 'no-key' | 'damaged';

export interface OpeningKey {
  id: string;
  name: string;
  identity: string;
}

export type OpenSealedResult = { ok: true; text: string; key: OpeningKey } | { ok: false; problem: SealedFileProblem };

export async function openSealedFile(bytes: Uint8Array, keys: readonly OpeningKey[]): Promise<OpenSealedResult> {
  if (bytes.length > MAX_SEALED_FILE_BYTES) return { ok: false, problem: 'too-large' };
  if (new TextDecoder().decode(bytes.subarray(0, AGE_MAGIC.length)) !== AGE_MAGIC) return { ok: false, problem: 'not-age' };
  let damaged = false;
  for (const key of keys) {
    const d = new Decrypter();
    d.addIdentity(key.identity);
    try {
      return { ok: true, text: await d.decrypt(bytes, 'text'), key };
    } catch (error) {
      // "no identity matched": not this key; anything else (header, MAC, chunks, UTF-8) is damage.
      if (!/no identity matched/.test(String(error))) damaged = true;
    }
  }
  return { ok: false, problem: damaged ? 'damaged' : 'no-key' };
}
