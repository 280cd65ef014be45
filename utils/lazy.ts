/**
 * A value built at its first use instead of when its module is evaluated. For zod schemas above
 * all: building one allocates a dozen objects per check, and the service worker evaluates every
 * module it imports at each start (it cannot import() on demand), so a capture that wakes it
 * would otherwise wait for every schema of every handler (presets, page reports, the vault's
 * headers…) before its own. Each schema stays what it was to its users: a `lazy` one is used,
 * composed and typed exactly like the schema it stands for.
 */
export function lazy<T extends object>(build: () => T): T {
  let built: T | undefined;
  const target = () => (built ??= build());
  return new Proxy({} as T, {
    get(_, key) {
      const value: unknown = Reflect.get(target(), key);
      // Methods run on the schema itself, never on the stand-in.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target()) : value;
    },
    has: (_, key) => Reflect.has(target(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
  });
}
