/**
 * Service-worker probe for the capture benchmark, installed with worker.evaluate. It wraps
 * IDBObjectStore.prototype.add so a write to the vault's `records` store timestamps its
 * transaction's `complete` event: the moment the record is durable (the vault writes with
 * durability 'strict'), observed by an event rather than by polling, so it neither perturbs the
 * worker nor rounds the figure to a poll interval. It also timestamps the capture message's
 * arrival (a listener that returns nothing, so it never answers in the extension's place).
 * Lost when the worker stops: the cold-start figures read the worker's own timing marks instead
 * (utils/background/timing-marks.ts).
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
