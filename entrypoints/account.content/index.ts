/**
 * The account-level API account pages. Where they live is unverified (control-panel.md §1), so
 * this script matches both candidates narrowly: accounts.bigcommerce.com (the account control
 * panel) and the store panel's account-level settings paths. A script of its own, so the
 * control-panel script that loads on every /manage/ page never carries the account-level
 * catalogue and adapter. Wiring only.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ACCOUNT_LEVEL_MATCHES, classifyUrl } from '../../utils/control-panel-url';
import { onTabRequest } from '../../utils/messaging/receive';
import { sendToBackground } from '../../utils/messaging/send';
import { pageHandlers } from '../../utils/content/page-handlers';
import { watchForCredentials } from '../../utils/content/capture-watcher';
import { CreatePageSession } from '../../utils/content/create-page-session';
import { ACCOUNT_FORM } from '../../utils/dom/account-form';
import { ContentScriptContext } from '../../utils/content/context';

export default defineContentScript({
  matches: ACCOUNT_LEVEL_MATCHES,
  runAt: 'document_idle',
  main(given) {
    if (window !== window.top) return;
    // Our own context (wxt.config.ts), in a slot of its own beside bc.js's (utils/content/context.ts).
    const ctx = given instanceof ContentScriptContext ? given : new ContentScriptContext('account');
    let session: CreatePageSession | null = null;
    let stopCapture: (() => void) | null = null;

    const route = (href: string) => {
      const kind = classifyUrl(href).kind;
      // Tells the control-panel script (same isolated world) to leave this page's requests to us.
      (globalThis as { scopekeeperAccountScript?: boolean }).scopekeeperAccountScript = kind.startsWith('account-');
      const isCreate = kind === 'account-create';
      if (isCreate && !session) {
        session = new CreatePageSession(ctx, ACCOUNT_FORM);
        session.start();
      } else if (!isCreate && session) {
        session.stop();
        session = null;
      }
      const watchCapture = kind.startsWith('account-');
      if (watchCapture && !stopCapture) {
        stopCapture = watchForCredentials(ctx, () => session?.formForCapture() ?? null, () => sendToBackground('capture:labels', {}));
      }
      else if (!watchCapture && stopCapture) {
        stopCapture();
        stopCapture = null;
      }
    };
    route(location.href);
    ctx.onLocationChange(() => route(location.href));
    ctx.onInvalidated(() => {
      session?.stop();
      session = null;
      (globalThis as { scopekeeperAccountScript?: boolean }).scopekeeperAccountScript = false;
    });

    // Elsewhere in the store panel the control-panel script answers.
    const stopAnswering = onTabRequest(pageHandlers(() => session, classifyUrl), () => classifyUrl(location.href).kind.startsWith('account-'));
    ctx.onInvalidated(stopAnswering);
  },
});
