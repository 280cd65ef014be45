/**
 * "The vault's records changed" between the extension's own contexts (service worker, options
 * pages), so an open vault list shows a capture the moment it is stored. BroadcastChannel is
 * same-origin: content scripts (page origin) can neither hear nor send on it. The message never
 * carries data, only the fact of a change; listeners re-read the vault.
 */
const CHANNEL = 'scopekeeper-vault-records';

export function announceRecordsChanged(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Calls `listener` on every change announced by another context; returns the unsubscribe. */
export function onRecordsChanged(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
