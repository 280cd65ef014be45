import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTROL_PANEL_MATCHES, classifyStoreUrl } from '../../utils/control-panel-url';
import { onTabRequest } from '../../utils/messaging/receive';
import { sendToBackground } from '../../utils/messaging/send';
import { pageHandlers } from '../../utils/content/page-handlers';
import { watchForCredentials } from '../../utils/content/capture-watcher';
import { CreatePageSession } from '../../utils/content/create-page-session';
import { ContentScriptContext } from '../../utils/content/context';

/** Set by the account-level script while this document is on an account-level page: both share
 *  the extension's isolated world (a global there is invisible to the page, unlike a DOM attribute). */
const accountScriptHere = () => (globalThis as { scopekeeperAccountScript?: boolean }).scopekeeperAccountScript;

export default defineContentScript({
  matches: CONTROL_PANEL_MATCHES,
  runAt: 'document_idle',
  main(given) {
    // Only the top document: the API account pages are not known to use frames (control-panel.md §12).
    if (window !== window.top) return;
    // The build hands us our own context (wxt.config.ts aliases WXT's to utils/content/context.ts).
    const ctx = given instanceof ContentScriptContext ? given : new ContentScriptContext();
    // In Chrome an orphaned copy from before an update takes its own panel and markers off within
    // a second (utils/content/context.ts); in Firefox its code is gone at once and cannot, so
    // whatever an earlier copy left goes now: never two panels.
    // (Not on account-level pages where the account-level script, whose panel this would be, runs.)
    if (!accountScriptHere()) for (const stale of document.querySelectorAll('scopekeeper-panel, scopekeeper-marker')) stale.remove();
    let session: CreatePageSession | null = null;
    let stopCapture: (() => void) | null = null;

    // On every other control-panel page this is all the work done: match the URL, wait for the next.
    const route = (href: string) => {
      const kind = classifyStoreUrl(href).kind;
      const isCreate = kind === 'create';
      if (isCreate && !session) {
        session = new CreatePageSession(ctx);
        session.start();
      } else if (!isCreate && session) {
        session.stop();
        session = null;
      }
      // The list page's audit is a module the background injects on demand (entrypoints/list-audit.ts;
      // a copy already running there ignores a second injection).
      if (kind === 'list') void sendToBackground('list:audit', {});
      // The pop-up may outlive the form (the panel can navigate to the list behind it). The
      // account-level pages belong to entrypoints/account.content (loaded there on full loads).
      const watchCapture = isCreate || kind === 'list';
      if (watchCapture && !stopCapture) stopCapture = watchForCredentials(
          ctx,
          () => session?.formForCapture() ?? null,
          () => sendToBackground('capture:labels', {}),
        );
      else if (!watchCapture && stopCapture) {
        stopCapture();
        stopCapture = null;
      }
    };
    route(location.href);
    // The control panel is a single-page app: in-app navigation never reloads the script.
    // The event names the navigation's destination before it commits, and downloads (the
    // credentials .txt) are navigations too: route on where the page actually is, a task later.
    ctx.onLocationChange(() => route(location.href));
    // Gone or replaced: the panel and markers leave the page (a capture watcher stays, to warn).
    ctx.onInvalidated(() => {
      session?.stop();
      session = null;
    });

    // The popup's questions; on account-level pages the account-level script answers when it runs.
    const stopAnswering = onTabRequest(pageHandlers(() => session, classifyStoreUrl), () => !accountScriptHere());
    ctx.onInvalidated(stopAnswering);
  },
});
