/**
 * The standard `age` command-line tool (Debian package `age`; .ci/run installs it), used to show
 * that Scopekeeper's files open outside the extension. age reads a passphrase only from a
 * terminal, so passphrase files are decrypted through `script`, which gives it one.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const AGE = process.env.AGE_PATH ?? '/usr/bin/age';

/** `age -d -i <identity file> <file>`: the bytes it writes. */
export function ageDecryptWithIdentity(file: string, identityFile: string): Buffer {
  return execFileSync(AGE, ['-d', '-i', identityFile, file]);
}

/** `age -d` of a passphrase file, typing the passphrase at its prompt. */
export async function ageDecryptWithPassphrase(file: string, passphrase: string): Promise<Buffer> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'scopekeeper-age-')), 'out');
  const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
  const child = spawn('script', ['-qec', `${AGE} -d -o ${quote(out)} ${quote(file)}`, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let seen = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`age did not finish: ${seen}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      // Type the passphrase once the prompt is up (input sent earlier could be flushed).
      if (/passphrase/i.test(seen) && !child.stdin.writableEnded) child.stdin.end(`${passphrase}\n`);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`age exited with ${code}: ${seen}`));
    });
  });
  return readFileSync(out);
}


export function writeTemp(name: string, data: Uint8Array | string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'scopekeeper-file-')), name);
  writeFileSync(file, data);
  return file;
}
