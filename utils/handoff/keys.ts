/**
 * The integrator's hand-off keys (age X25519 identities): making one, reading an identity file
 * (what `age-keygen` writes, or our own download), and writing the file `age -d -i` reads.
 * Options page only (age-encryption); the vault seals the identity (utils/vault/handoff-keys.ts).
 */
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { AGE_IDENTITY_RE } from '../vault/handoff-keys';

/** An identity file is a few lines; anything much larger is not one. */
export const MAX_KEY_FILE_BYTES = 16_384;

export interface NewHandoffKey {
  identity: string;
  recipient: string;
}

export async function createHandoffKey(): Promise<NewHandoffKey> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

export type KeyFileProblem = 'no-identity' | 'several' | 'not-x25519';

/**
 * The one X25519 identity in an identity file: comment lines (`# created: …`, `# public key: …`)
 * and blank lines are skipped, as age does. A file with several identities, a post-quantum or
 * plugin identity, or none is refused with why.
 */
export async function readKeyFile(text: string): Promise<{ ok: true; key: NewHandoffKey } | { ok: false; problem: KeyFileProblem }> {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const identities = lines.filter((l) => l.startsWith('AGE-'));
  if (identities.length === 0) return { ok: false, problem: 'no-identity' };
  if (identities.length > 1) return { ok: false, problem: 'several' };
  const identity = identities[0]!;
  if (!AGE_IDENTITY_RE.test(identity)) return { ok: false, problem: identity.startsWith('AGE-SECRET-KEY-1') ? 'no-identity' : 'not-x25519' };
  try {
    return { ok: true, key: { identity, recipient: await identityToRecipient(identity) } };
  } catch {
    return { ok: false, problem: 'no-identity' };
  }
}

/** The key file `age -d -i` reads, in age-keygen's layout. */
export function keyFileText(key: NewHandoffKey & { name: string; createdAt: string }): string {
  return [`# created: ${key.createdAt}`, `# name: ${key.name.replace(/[\r\n]/g, ' ')}`, `# public key: ${key.recipient}`, key.identity, ''].join('\n');
}

/** `<key name>.age-key.txt`, file-name safe. */
export function keyFileName(name: string): string {
  const safe = name
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `${safe || 'handoff-key'}.age-key.txt`;
}

