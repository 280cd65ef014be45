/**
 * Which sources the bytes of a minified bundle come from, read from its source map: every
 * generated segment's bytes (up to the next segment on the line) go to that segment's source;
 * bytes before a line's first mapping, and in segments with no source, are "(unmapped)" —
 * mostly the bundler's wrapper and helpers. Sources are grouped by npm package or project file.
 */
import { readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one segment's Base64 VLQ fields. */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** A source path as a reader would name it: the npm package, or the project-relative file. */
function sourceGroup(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = source.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  return source.replace(/^(\.\.\/)+/, '').replace(/^\/?.*?\/work\/main\//, '');
}

export function breakdown(bundlePath: string, group: (source: string) => string = sourceGroup): Array<{ source: string; bytes: number }> {
  const code = readFileSync(bundlePath, 'utf8');
  const map = JSON.parse(readFileSync(`${bundlePath}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const lines = code.split('\n');
  const bytes = new Map<string, number>();
  const add = (key: string, n: number) => bytes.set(key, (bytes.get(key) ?? 0) + n);
  let sourceIndex = 0;
  map.mappings.split(';').forEach((lineMappings, lineNo) => {
    const line = lines[lineNo] ?? '';
    // UTF-16 columns; the bundle is ASCII-escaped except for a few literals, close enough for a breakdown.
    let column = 0;
    let previous: { column: number; source: string } | null = null;
    for (const segment of lineMappings ? lineMappings.split(',') : []) {
      const fields = decodeSegment(segment);
      column += fields[0]!;
      if (previous) add(previous.source, column - previous.column);
      else add('(unmapped)', column);
      let source = '(unmapped)';
      if (fields.length >= 4) {
        sourceIndex += fields[1]!;
        source = group(map.sources[sourceIndex]!);
      }
      previous = { column, source };
    }
    if (previous) add(previous.source, line.length - previous.column);
    else add('(unmapped)', line.length);
    add('(unmapped)', 1); // the newline
  });
  return [...bytes].map(([source, n]) => ({ source, bytes: n })).sort((a, b) => b.bytes - a.bytes);
}
