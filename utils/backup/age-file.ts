/**
 * age (age-encryption.org/v1) files, through `age-encryption` (by the format's author, on the
 * @noble libraries): passphrase files for vault backups (scrypt, the standard work factor 18,
 * so `age -d` opens them too; a restore accepts no higher one) and files for one recipient's X25519 key (the hand-off). Loaded only
 * by the options page.
 */
import { Decrypter, Encrypter } from 'age-encryption';

export async function encryptWithPassphrase(plaintext: string, passphrase: string, workFactor?: number): Promise<Uint8Array> {
  const e = new Encrypter();
  e.setScryptWorkFactor(workFactor ?? BACKUP_WORK_FACTOR);
  e.setPassphrase(passphrase);
  return e.encrypt(plaintext);
}

/** One file that each recipient's identity opens (one X25519 stanza per recipient). */
export async function encryptToRecipients(plaintext: string, recipients: readonly string[]): Promise<Uint8Array> {
  if (recipients.length === 0) throw new Error('no recipient');
  const e = new Encrypter();
  for (const r of recipients) e.addRecipient(r);
  return e.encrypt(plaintext);
}

export type DecryptProblem = 'wrong-passphrase' | 'damaged' | 'not-age' | 'not-passphrase' | 'work-factor';

/** The scrypt work factor Scopekeeper writes (age's standard), and the most a restore accepts:
 *  age-encryption itself goes up to 20, which costs about 1 GiB and seconds to open, so a file
 *  asking for more than what Scopekeeper writes was not made by it and is refused unopened. */
const BACKUP_WORK_FACTOR = 18;
export const MAX_RESTORE_WORK_FACTOR = BACKUP_WORK_FACTOR;

export class AgeDecryptError extends Error {
  constructor(readonly problem: DecryptProblem) {
    super(`Could not decrypt the file (${problem})`);
    this.name = 'AgeDecryptError';
  }
}

const AGE_MAGIC = 'age-encryption.org/v1\n';

/** Decrypts a passphrase file to text; failures become an AgeDecryptError saying which kind. */
export async function decryptWithPassphrase(file: Uint8Array, passphrase: string): Promise<string> {
  const head = new TextDecoder().decode(file.subarray(0, AGE_MAGIC.length));
  if (head !== AGE_MAGIC) throw new AgeDecryptError('not-age');
  // A passphrase file has exactly one "-> scrypt" stanza right after the version line.
  const firstStanza = new TextDecoder().decode(file.subarray(AGE_MAGIC.length, AGE_MAGIC.length + 200)).split('\n')[0]!;
  if (!firstStanza.startsWith('-> scrypt ')) throw new AgeDecryptError('not-passphrase');
  // "-> scrypt <salt> <log2 N>": the work factor is read before any scrypt runs.
  const logN = firstStanza.split(' ')[3];
  if (logN === undefined || !/^[1-9][0-9]?$/.test(logN)) throw new AgeDecryptError('damaged');
  if (Number(logN) > MAX_RESTORE_WORK_FACTOR) throw new AgeDecryptError('work-factor');
  const d = new Decrypter();
  d.addPassphrase(passphrase);
  try {
    return await d.decrypt(file, 'text');
  } catch (error) {
    // age-encryption says "no identity matched" when the scrypt stanza's key does not open the
    // file key, i.e. a wrong passphrase; anything else (header MAC, payload chunks, truncation,
    // UTF-8) is damage.
    throw new AgeDecryptError(/no identity matched/.test(String(error)) ? 'wrong-passphrase' : 'damaged');
  }
}
