import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleContentRequest } from '../utils/background/handle-content-request';

export default defineBackground({
  type: 'module',
  main() {
    // Registered synchronously: an incoming message must be able to wake the service worker.
    browser.runtime.onMessage.addListener((message, sender) => {
      if (sender.tab) return handleContentRequest(message, sender, browser.runtime.id);
      return undefined;
    });
  },
});
