import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compare } from '../../../scripts/sources-rebuild';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sk-compare-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('sources-rebuild: comparing the two Firefox zips, unpacked', () => {
  it('finds nothing when every file is the same', () => {
    const files = { 'manifest.json': '{}', 'content-scripts/bc.js': 'a' };
    expect(compare(tree(files), tree(files))).toEqual([]);
  });

  it('names each file that differs, is missing or is extra', () => {
    const built = tree({ 'manifest.json': '{"v":1}', 'content-scripts/bc.js': 'a', 'page-ui.js': 'b' });
    const rebuilt = tree({ 'manifest.json': '{"v":2}', 'content-scripts/bc.js': 'a', 'chunks/x.js': 'c' });
    expect(compare(built, rebuilt)).toEqual([
      'differs: manifest.json (7 bytes here, 7 rebuilt)',
      'missing from the rebuild: page-ui.js',
      'only in the rebuild: chunks/x.js',
    ]);
  });
});
