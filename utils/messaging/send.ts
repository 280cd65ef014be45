/**
 * Typed senders for the two directions of utils/messaging/protocol.ts. A failed delivery (no
 * receiver, the service worker starting, "Extension context invalidated" after an update) is
 * reported as null, never thrown: every caller has a words-for-the-user path for it.
 */
import { browser } from 'wxt/browser';
import type { BackgroundProtocol, Payload, Reply, TabProtocol } from './protocol';

export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  payload: Payload<BackgroundProtocol, K>,
): Promise<Reply<BackgroundProtocol, K> | null> {
  try {
    return (await browser.runtime.sendMessage({ ...payload, type })) ?? null;
  } catch {
    return null;
  }
}

export async function sendToTab<K extends keyof TabProtocol>(
  tabId: number,
  type: K,
  payload: Payload<TabProtocol, K>,
): Promise<Reply<TabProtocol, K> | null> {
  try {
    return (await browser.tabs.sendMessage(tabId, { ...payload, type })) ?? null;
  } catch {
    return null;
  }
}
