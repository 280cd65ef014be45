import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTROL_PANEL_MATCHES, classifyUrl } from '../../utils/control-panel-url';
import { onTabRequest } from '../../utils/messaging/receive';
import { pageHandlers } from '../../utils/content/page-handlers';
import { watchForCredentials } from '../../utils/content/capture-watcher';
import { CreatePageSession } from '../../utils/content/create-page-session';
import { startListAudit } from '../../utils/content/list-page-audit';

/** Set by the account-level script when it runs in this document: both share the extension's
 *  isolated world (a global there is invisible to the page, unlike a DOM attribute). */
const accountScriptHere = () => (globalThis as { scopekeeperAccountScript?: boolean }).scopekeeperAccountScript === true;

export default defineContentScript({
  matches: CONTROL_PANEL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // Only the top document: the API account pages are not known to use frames (control-panel.md §12).
    if (window !== window.top) return;
    let session: CreatePageSession | null = null;
    let stopCapture: (() => void) | null = null;
    let stopAudit: (() => void) | null = null;

    // On every other control-panel page this is all the work done: match the URL, wait for the next.
    const route = (href: string) => {
      const kind = classifyUrl(href).kind;
      const isCreate = kind === 'create';
      if (isCreate && !session) {
        session = new CreatePageSession(ctx);
        session.start();
      } else if (!isCreate && session) {
        session.stop();
        session = null;
      }
      if (kind === 'list' && !stopAudit) stopAudit = startListAudit(ctx);
      else if (kind !== 'list' && stopAudit) {
        stopAudit();
        stopAudit = null;
      }
      // The pop-up may outlive the form (the panel can navigate to the list behind it). The
      // account-level pages belong to entrypoints/account.content (loaded there on full loads).
      const watchCapture = isCreate || kind === 'list';
      if (watchCapture && !stopCapture) stopCapture = watchForCredentials(ctx, () => session?.formForCapture() ?? null);
      else if (!watchCapture && stopCapture) {
        stopCapture();
        stopCapture = null;
      }
    };
    route(location.href);
    // The control panel is a single-page app: in-app navigation never reloads the script.
    // The event names the navigation's destination before it commits, and downloads (the
    // credentials .txt) are navigations too: route on where the page actually is, a task later.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => route(location.href), 0));

    onTabRequest(pageHandlers(() => session), () => !classifyUrl(location.href).kind.startsWith('account-') || !accountScriptHere());
  },
});
