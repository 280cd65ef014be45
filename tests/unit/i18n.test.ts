import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeLocale } from '../../locales/merge';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe('locales', () => {
  const messages = mergeLocale(path.join(ROOT, 'locales/en'));

  it('defines every key the code asks for', () => {
    const used = new Set<string>();
    for (const dir of ['entrypoints', 'components', 'utils']) {
      for (const file of sourceFiles(path.join(ROOT, dir))) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
        // tp('base', …) and tp(cond ? 'a' : 'b', …) use the plural sets <base>_one/_other.
        for (const m of text.matchAll(/\btp\(\s*(?:[^,'()]*\?\s*)?'([A-Za-z0-9_]+)'(?:\s*:\s*'([A-Za-z0-9_]+)')?/g)) {
          for (const base of [m[1], m[2]]) if (base) used.add(`${base}_one`).add(`${base}_other`);
        }
      }
    }
    const missing = [...used].filter((k) => !(k in messages));
    expect(missing).toEqual([]);
  });

  it('has the manifest strings and only valid message keys', () => {
    expect(messages.extName?.message).toBe('Scopekeeper for BigCommerce');
    for (const [key, value] of Object.entries(messages)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(typeof value.message).toBe('string');
    }
  });

  it('refuses a key defined in two area files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'locales-'));
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ same: { message: 'a' } }));
    writeFileSync(path.join(dir, 'b.json'), JSON.stringify({ same: { message: 'b' } }));
    expect(() => mergeLocale(dir)).toThrow(/defined twice/);
  });
});
