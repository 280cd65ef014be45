/**
 * The sources zip rebuilds the Firefox zip, file for file, the way AMO's reviewers rebuild it:
 * `wxt zip -b firefox` here (the Firefox zip and the sources zip), then, in a temporary folder
 * holding only the unpacked sources zip, `npm ci && npx wxt zip -b firefox`, and every file of
 * the two Firefox zips compared byte for byte. Prints each file that is missing, extra or
 * different, and fails on any.
 *
 *   npm run test:sources       (part of `npm test`; needs `unzip` and the npm registry or cache)
 *
 * KEEP_SOURCES_DIR=1 keeps the temporary folder for a look after a failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  const where = cwd === ROOT ? '.' : cwd;
  console.log(`sources-rebuild: [${elapsed()}] ${where}$ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    console.error(`${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-40).join('\n'));
    throw new Error(`${cmd} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
}

/** Every file under `dir`, as a relative path with forward slashes. */
export function files(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? files(dir, rel) : [rel];
  });
}

/** Differences between two unpacked zips, one line each. */
export function compare(expectedDir: string, actualDir: string): string[] {
  const expected = new Set(files(expectedDir));
  const actual = new Set(files(actualDir));
  const out: string[] = [];
  for (const f of [...expected].sort()) {
    if (!actual.has(f)) out.push(`missing from the rebuild: ${f}`);
    else if (!readFileSync(path.join(expectedDir, f)).equals(readFileSync(path.join(actualDir, f)))) {
      out.push(`differs: ${f} (${statSync(path.join(expectedDir, f)).size} bytes here, ${statSync(path.join(actualDir, f)).size} rebuilt)`);
    }
  }
  for (const f of [...actual].sort()) if (!expected.has(f)) out.push(`only in the rebuild: ${f}`);
  return out;
}

function main(): void {
  started = Date.now();
  const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const zipName = (kind: string) => `.output/${name}-${version}-${kind}.zip`;

  if (spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status !== 0) {
    console.error('sources-rebuild: needs `unzip` (Debian: apt-get install unzip)');
    process.exit(1);
  }

  const work = mkdtempSync(path.join(tmpdir(), 'scopekeeper-sources-'));
  let failed = true;
  try {
    run('npx', ['wxt', 'zip', '-b', 'firefox'], ROOT);
    const src = path.join(work, 'src');
    run('unzip', ['-q', path.join(ROOT, zipName('sources')), '-d', src], ROOT);
    // As a reviewer would: the unpacked sources only, their own node_modules first on PATH.
    const env = { ...process.env, PATH: `${path.join(src, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}` };
    run('npm', ['ci', '--no-audit', '--no-fund'], src, env);
    run('npx', ['wxt', 'zip', '-b', 'firefox'], src, env);

    const expectedDir = path.join(work, 'expected');
    const actualDir = path.join(work, 'rebuilt');
    run('unzip', ['-q', path.join(ROOT, zipName('firefox')), '-d', expectedDir], ROOT);
    run('unzip', ['-q', path.join(src, zipName('firefox')), '-d', actualDir], ROOT);
    const differences = compare(expectedDir, actualDir);
    if (differences.length) {
      console.error(`sources-rebuild: the sources zip does not rebuild ${zipName('firefox')} (${differences.length} ${differences.length === 1 ? 'file' : 'files'}):`);
      for (const d of differences) console.error(`  ${d}`);
    } else {
      console.log(`sources-rebuild: ${zipName('firefox')} rebuilt from ${zipName('sources')}: ${files(expectedDir).length} files, all identical`);
      failed = false;
    }
  } catch (e) {
    console.error(`sources-rebuild: ${(e as Error).message}`);
  } finally {
    if (process.env.KEEP_SOURCES_DIR) console.log(`sources-rebuild: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  console.log(`sources-rebuild: ${failed ? 'FAILED' : 'passed'} in ${elapsed()}`);
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
