/**
 * The content script's side of TabProtocol: one handler per request type, typed by the map.
 * sendResponse + `return true`, because the content script runs on the browser's own namespace
 * (no polyfill), where a listener returning a promise is not supported everywhere.
 */
import { browser } from 'wxt/browser';
import type { Payload, Reply, TabProtocol, TabRequest } from './protocol';

/** `undefined`: this frame does not answer (another frame of the tab holds the form). */
export type TabHandlers = {
  [K in keyof TabProtocol]: (payload: Payload<TabProtocol, K>) => Reply<TabProtocol, K> | Promise<Reply<TabProtocol, K>> | undefined;
};

const TAB_REQUEST_TYPES: ReadonlySet<string> = new Set<keyof TabProtocol>(['page:status', 'page:fill', 'page:report']);

/** Only the type is checked: the sender is our own extension page (checked below), not the page. */
function isTabRequest(message: unknown): message is TabRequest {
  return typeof message === 'object' && message !== null && 'type' in message && typeof message.type === 'string' && TAB_REQUEST_TYPES.has(message.type);
}

function dispatch(handlers: TabHandlers, request: TabRequest): unknown {
  switch (request.type) {
    case 'page:status':
      return handlers['page:status'](request);
    case 'page:fill':
      return handlers['page:fill'](request);
    case 'page:report':
      return handlers['page:report'](request);
  }
}

/** Answers our own extension pages only (never another tab's content script); returns the unsubscribe. */
export function onTabRequest(handlers: TabHandlers): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (reply: unknown) => void): boolean => {
    if (sender.id !== browser.runtime.id || sender.tab || !isTabRequest(message)) return false;
    // Decided synchronously: a frame that does not answer lets another frame's answer through.
    const reply = dispatch(handlers, message);
    if (reply === undefined) return false;
    void Promise.resolve(reply).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
