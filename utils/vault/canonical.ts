/**
 * Canonical bytes for AEAD associated data.
 *
 * JSON.stringify of an arbitrary object follows insertion order, which differs between code
 * paths (zod output, IndexedDB round trips, spreads), so the same header could produce different
 * AAD and stop opening (docs/vault-design.md §6 (item 2)). Here every object is an explicit list of entries in a
 * fixed order, maps are sorted by key, numbers must be safe integers, and strings go through
 * JSON.stringify's fixed escaping (well-formed since ES2019, lone surrogates escaped). Output is
 * UTF-8 of `<domain>\n<json>`, the domain separating vault-header AAD from record-header AAD.
 */

export type Canonical = string | number | boolean | null | readonly Canonical[] | CanonicalObject;

export class CanonicalObject {
  constructor(readonly entries: readonly (readonly [string, Canonical])[]) {
    const seen = new Set<string>();
    for (const [key] of entries) {
      if (seen.has(key)) throw new Error('duplicate canonical key');
      seen.add(key);
    }
  }
}

/** An object whose key order is the argument order. */
export function fields(...entries: (readonly [string, Canonical])[]): CanonicalObject {
  return new CanonicalObject(entries);
}

/** A string→string map; keys sorted by UTF-16 code unit so order never depends on insertion. */
export function sortedMap(map: Readonly<Record<string, string>>): CanonicalObject {
  const keys = Object.keys(map).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new CanonicalObject(keys.map((k) => [k, map[k]!] as const));
}

export function canonicalJson(value: Canonical): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error('canonical numbers must be safe integers');
    return String(value);
  }
  if (value instanceof CanonicalObject) {
    return `{${value.entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return `[${value.map(canonicalJson).join(',')}]`;
}

export function canonicalBytes(domain: string, value: Canonical): Uint8Array {
  return new TextEncoder().encode(`${domain}\n${canonicalJson(value)}`);
}
