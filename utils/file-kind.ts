/**
 * What a file given to an import is (issue 20, items 3 and 7), from its first bytes and its text,
 * never its name alone: every import of the options page asks this first, so a file given to the
 * wrong one says what it is and where it belongs instead of failing as a bad file of the
 * expected kind. Pure.
 *  - `backup`: an age file to a passphrase (scrypt stanza): what "Back up vault" writes.
 *  - `sealed`: an age file to a key (X25519 or another recipient): a hand-off file.
 *  - `preset`: JSON whose `format` is "scopekeeper-preset" (docs/preset-format.md).
 *  - `credentials`: BigCommerce's .txt, Scopekeeper's JSON or .env export, as the vault's import
 *    reads them (at least one credential field by its label).
 *  - `unknown`: anything else (each import then says why it cannot read it, as before).
 */
import { parseCredentialFile } from './export/read-back';

export type FileKind = 'backup' | 'sealed' | 'preset' | 'credentials' | 'unknown';

const AGE_MAGIC = 'age-encryption.org/v1\n';
const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';
/** Enough for the age header's first stanza and any credentials or preset file's labels. */
const SNIFF_BYTES = 64 * 1024;

function ageKind(header: string): FileKind {
  const first = /^-> (\S+)/m.exec(header.slice(AGE_MAGIC.length));
  return first?.[1] === 'scrypt' ? 'backup' : 'sealed';
}

/** The binary header of an ASCII-armored age file (its first base64 lines), or null. */
function dearmor(text: string): string | null {
  const body = text.trimStart().slice(ARMOR_BEGIN.length).split(/\r?\n/).filter((l) => l && !l.startsWith('-----'));
  try {
    return atob(body.slice(0, 4).join(''));
  } catch {
    return null;
  }
}

export function classifyFile(bytes: Uint8Array): FileKind {
  const head = bytes.subarray(0, SNIFF_BYTES);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\uFEFF/, '');
  if (text.startsWith(AGE_MAGIC)) return ageKind(text);
  if (text.trimStart().startsWith(ARMOR_BEGIN)) {
    const binary = dearmor(text);
    return binary?.startsWith(AGE_MAGIC) ? ageKind(binary) : 'unknown';
  }
  if (text.trimStart().startsWith('{')) {
    try {
      const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
      if (json && typeof json === 'object' && (json as { format?: unknown }).format === 'scopekeeper-preset') return 'preset';
    } catch {
      // Not JSON: it may still be a .txt that starts with a brace; read on.
    }
  }
  const parsed = parseCredentialFile(text);
  const found = parsed.fields;
  return found.clientId || found.accessToken || found.clientSecret ? 'credentials' : 'unknown';
}
