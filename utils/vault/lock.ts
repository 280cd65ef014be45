/**
 * Mutual exclusion for vault creation.
 *
 * Web Locks (navigator.locks) serialise across every context of the extension origin
 * (service worker, pages), so two captures arriving in different contexts cannot both
 * generate a key pair. Where it is missing (Node tests) an in-process queue per name does the
 * same within one context. The storage layer's create-if-absent transaction stays the final
 * guard either way.
 */

const queues = new Map<string, Promise<unknown>>();

interface LockManagerLike {
  request: <T>(name: string, callback: () => Promise<T>) => Promise<T>;
}

function webLocks(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : undefined;
}

export async function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = webLocks();
  if (locks) return locks.request(name, task);
  const previous = queues.get(name) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.catch(() => undefined);
  queues.set(name, tail);
  try {
    return await run;
  } finally {
    if (queues.get(name) === tail) queues.delete(name);
  }
}
