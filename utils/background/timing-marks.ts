/**
 * User Timing marks in the background's own timeline, for whoever profiles it (DevTools'
 * Performance panel shows them; `npm run bench` reads them to time a capture that started a
 * stopped worker without keeping an extension page open, which would keep the extension's
 * process alive and hide part of the start: bench/capture.bench.ts). They carry a name and a
 * time, nothing else; each name keeps only its latest mark.
 */
/** The worker's script has run and its listeners are registered (entrypoints/background.ts). */
export const WORKER_READY_MARK = 'scopekeeper:worker-ready';
/** The last capture's record is durable in the vault (./handle-capture.ts). */
export const CAPTURE_STORED_MARK = 'scopekeeper:capture-stored';

export function markLatest(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}
