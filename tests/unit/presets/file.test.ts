import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePresetFile, presetFile, presetFileName, presetFileText } from '../../../utils/presets/file';
import { BUILTIN_PRESETS } from '../../../utils/presets/builtin';
import { ACCOUNT_SCOPES } from '../../../utils/scopes/account-catalogue';
import { STORE_SCOPES } from '../../../utils/scopes/catalogue';

describe('preset files', () => {
  it.each(BUILTIN_PRESETS.map((p) => [p.id, p] as const))('%s exports to a file that imports back unchanged', (_id, p) => {
    const text = presetFileText([p]);
    expect(parsePresetFile(text)).toEqual({ ok: true, presets: [p] });
  });

  it('writes the documented envelope, fields in order, no absent optionals, final newline', () => {
    const p = BUILTIN_PRESETS.find((x) => x.id === 'stencil-cli')!;
    const text = presetFileText([p]);
    expect(text.endsWith('}\n')).toBe(true);
    const json = JSON.parse(text) as { format: string; version: number; presets: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['format', 'version', 'presets']);
    expect(json.format).toBe('scopekeeper-preset');
    expect(json.version).toBe(1);
    const keys = Object.keys(json.presets[0]!);
    expect(keys.slice(0, 5)).toEqual(['id', 'name', 'description', 'sources', 'tokenType']);
    expect(keys).not.toContain('accountName');
    expect(presetFile([p]).presets[0]).not.toBe(p);
  });

  it('writes include and keepTxt only when set, keepTxt last', () => {
    const mr = BUILTIN_PRESETS.find((x) => x.id === 'modern-retail-integration')!;
    const p = { ...mr, scopes: { ...mr.scopes, themes: { level: 'read-only' as const, required: false, include: false } } };
    const written = presetFile([p]).presets[0]!;
    expect(Object.keys(written).at(-1)).toBe('keepTxt');
    expect(written.scopes.themes).toEqual({ level: 'read-only', required: false, include: false });
    expect(written.scopes.customers).toEqual({ level: 'modify', required: true });
    expect(parsePresetFile(presetFileText([p]))).toEqual({ ok: true, presets: [p] });
  });

  it('reads a preset without a description (optional, as in the editor) as one with none', () => {
    const p = BUILTIN_PRESETS.find((x) => x.id === 'stencil-cli')!;
    const json = JSON.parse(presetFileText([p])) as { presets: Record<string, unknown>[] };
    delete json.presets[0]!.description;
    expect(parsePresetFile(JSON.stringify(json))).toEqual({ ok: true, presets: [{ ...p, description: '' }] });
  });

  it('names the file after the id', () => {
    expect(presetFileName(BUILTIN_PRESETS[0]!)).toBe(`${BUILTIN_PRESETS[0]!.id}.scopekeeper.json`);
  });

  it('the complete example in docs/preset-format.md is a valid file', () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, '../../../docs/preset-format.md'), 'utf8');
    const example = /<!-- example:start -->\s*```json\n([\s\S]*?)```\s*<!-- example:end -->/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const result = parsePresetFile(example!);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('docs/preset-format.md lists every scope id with exactly the levels the catalogue offers', () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, '../../../docs/preset-format.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Scope ids and levels'), doc.indexOf('## Validation'));
    const rows = [...section.matchAll(/^\| `([a-z0-9-]+)` \| [^|]+ \| (.+) \|$/gm)].map((m) => [m[1], [...m[2]!.matchAll(/`([a-z-]+)`/g)].map((l) => l[1])]);
    expect(rows).toEqual(STORE_SCOPES.map((r) => [r.id, r.levels.map((l) => l.id)]));
  });

  it('the account-level example in docs/preset-format.md is a valid file, and its table lists every resource with its levels', () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, '../../../docs/preset-format.md'), 'utf8');
    const example = /<!-- account-example:start -->\s*```json\n([\s\S]*?)```\s*<!-- account-example:end -->/.exec(doc)?.[1];
    const result = parsePresetFile(example!);
    expect(result.ok ? result.presets.map((p) => p.kind) : result.issues).toEqual(['account-level']);
    const section = doc.slice(doc.indexOf('## Account-level presets'), doc.indexOf('<!-- account-example:start -->'));
    const rows = [...section.matchAll(/^\| `([a-z0-9-]+)` \| [^|]+ \| (.+) \|$/gm)].map((m) => [m[1], [...m[2]!.matchAll(/`([a-z-]+)`/g)].map((l) => l[1])]);
    expect(rows).toEqual(ACCOUNT_SCOPES.map((r) => [r.id, r.levels.map((l) => l.id)]));
  });
});
