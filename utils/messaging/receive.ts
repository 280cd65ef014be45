/**
 * The content script's side of TabProtocol: one handler per request type, typed by the map.
 * sendResponse + `return true`, because the content script runs on the browser's own namespace
 * (no polyfill), where a listener returning a promise is not supported everywhere.
 */
import { browser } from 'wxt/browser';
import type { Payload, Reply, TabProtocol, TabRequest } from './protocol';

export type TabHandlers = {
  [K in keyof TabProtocol]: (payload: Payload<TabProtocol, K>) => Reply<TabProtocol, K> | Promise<Reply<TabProtocol, K>>;
};

const TAB_REQUEST_TYPES: ReadonlySet<string> = new Set<keyof TabProtocol>(['page:status', 'page:fill']);

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
  }
}

/**
 * Answers our own extension pages only (never another tab's content script); returns the
 * unsubscribe. `answers`: whether this script speaks for the page now (two of our scripts may run
 * in one tab; the other one answers where this one returns false).
 */
export function onTabRequest(handlers: TabHandlers, answers: () => boolean = () => true): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (reply: unknown) => void): boolean => {
    if (sender.id !== browser.runtime.id || sender.tab || !isTabRequest(message) || !answers()) return false;
    void Promise.resolve(dispatch(handlers, message)).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
