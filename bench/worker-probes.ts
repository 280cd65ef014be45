/**
 * Service-worker probe for the capture benchmark, installed with worker.evaluate. It wraps
 * IDBObjectStore.prototype.add so a write to the vault's `records` store timestamps its
 * transaction's `complete` event: the moment the record is durable (the vault writes with
 * durability 'strict'), observed by an event rather than by polling, so it neither perturbs the
 * worker nor rounds the figure to a poll interval. It also timestamps the capture message's
 * arrival (a listener that returns nothing, so it never answers in the extension's place).
 * Lost when the worker stops: the cold-start figures use coldPersistPoller below instead.
 */

export interface WorkerProbe {
  received: number[];
  persisted: Array<{ t: number; recordId: string | null }>;
}

export function installWorkerProbe(): void {
  const g = globalThis as unknown as { __benchWorker?: WorkerProbe; chrome: { runtime: { onMessage: { addListener: (f: (m: unknown) => void) => void } } } };
  if (g.__benchWorker) return;
  const probe: WorkerProbe = { received: [], persisted: [] };
  g.__benchWorker = probe;
  const now = () => performance.timeOrigin + performance.now();
  // eslint-disable-next-line @typescript-eslint/unbound-method -- saved to be called with .call(this, …) from the patched method
  const add = IDBObjectStore.prototype.add;
  IDBObjectStore.prototype.add = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    const request = key === undefined ? add.call(this, value) : add.call(this, value, key);
    if (this.name === 'records') {
      const recordId = (value as { header?: { recordId?: string } })?.header?.recordId ?? null;
      this.transaction.addEventListener('complete', () => probe.persisted.push({ t: now(), recordId }));
    }
    return request;
  };
  g.chrome.runtime.onMessage.addListener((message) => {
    if ((message as { type?: unknown })?.type === 'capture') probe.received.push(now());
  });
}

/**
 * For captures that start the worker: runs in an extension page (same origin, same IndexedDB,
 * a different process from the worker) and polls the record count once per task until it
 * grows. Returns when it grew and the mean poll period, which bounds the figure's resolution.
 */
export async function coldPersistPoller(timeoutMs: number): Promise<{ t: number | null; pollMs: number; polls: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('scopekeeper-vault');
    // Never create the database: that would leave the vault an empty, store-less database.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
  const count = () =>
    new Promise<number>((resolve, reject) => {
      const request = db.transaction('records', 'readonly').objectStore('records').count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
  const start = await count();
  (globalThis as unknown as { __benchPollReady: boolean }).__benchPollReady = true;
  const began = performance.now();
  let polls = 0;
  try {
    while (performance.now() - began < timeoutMs) {
      polls++;
      if ((await count()) > start) {
        return { t: performance.timeOrigin + performance.now(), pollMs: (performance.now() - began) / polls, polls };
      }
    }
    return { t: null, pollMs: (performance.now() - began) / polls, polls };
  } finally {
    db.close();
  }
}
