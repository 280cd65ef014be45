/**
 * Extension pages' (popup, options) side of ExtensionProtocol: the intents that change preset
 * state, answered by the background, which is the only writer of that state. A failed delivery is
 * reported as null, never thrown.
 */
import { browser } from 'wxt/browser';
import type { ExtensionProtocol, Payload, Reply } from './protocol';

export async function askBackground<K extends keyof ExtensionProtocol>(
  type: K,
  payload: Payload<ExtensionProtocol, K>,
): Promise<Reply<ExtensionProtocol, K> | null> {
  try {
    return (await browser.runtime.sendMessage({ ...payload, type })) ?? null;
  } catch {
    return null;
  }
}
