import { t } from '../../utils/i18n';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTROL_PANEL_MATCHES, classifyUrl } from '../../utils/control-panel-url';
import { onTabRequest } from '../../utils/messaging/receive';
import { sendToBackground } from '../../utils/messaging/send';
import { watchForCredentials } from '../../utils/content/capture-watcher';
import { CreatePageSession } from '../../utils/content/create-page-session';
import { ContentScriptContext } from '../../utils/content/context';
import { childFrameHoldsForm, isTopFrame, pageHref } from '../../utils/content/frame';
import { sharedVocabulary } from '../../utils/content/vocabulary';

export default defineContentScript({
  matches: CONTROL_PANEL_MATCHES,
  runAt: 'document_idle',
  // The form may be rendered in a same-origin frame of the control panel (control-panel.md §14).
  allFrames: true,
  main(given) {
    // Same-origin control-panel frames only: a frame under another top is not the panel's own.
    if (pageHref() === null) return;
    // The build hands us our own context (wxt.config.ts aliases WXT's to utils/content/context.ts).
    const ctx = given instanceof ContentScriptContext ? given : new ContentScriptContext();
    // In Chrome an orphaned copy from before an update takes its own panel and markers off within
    // a second (utils/content/context.ts); in Firefox its code is gone at once and cannot, so
    // whatever an earlier copy left goes now: never two panels.
    for (const stale of document.querySelectorAll('scopekeeper-panel, scopekeeper-marker')) stale.remove();
    let session: CreatePageSession | null = null;
    // One vocabulary fetch for the page: the session reads the form with it, the watcher the pop-up.
    const vocabulary = sharedVocabulary();
    let stopCapture: (() => void) | null = null;

    // On every other control-panel page this is all the work done: match the URL, wait for the next.
    const route = () => {
      const kind = classifyUrl(pageHref() ?? '').kind;
      const isCreate = kind === 'create';
      if (isCreate && !session) {
        session = new CreatePageSession(ctx, vocabulary);
        session.start();
      } else if (!isCreate && session) {
        session.stop();
        session = null;
      }
      // The list page's audit is a module the background injects on demand into this frame
      // (entrypoints/list-audit.ts; a copy already running there ignores a second injection).
      if (kind === 'list') void sendToBackground('list:audit', {});
      // The pop-up may outlive the form (the panel can navigate to the list behind it).
      const watchCapture = isCreate || kind === 'list';
      if (watchCapture && !stopCapture) stopCapture = watchForCredentials(
          ctx,
          () => session?.formForCapture() ?? null,
          () => vocabulary().then((v) => v?.popupLabels ?? null),
        );
      else if (!watchCapture && stopCapture) {
        stopCapture();
        stopCapture = null;
      }
    };
    route();
    // The control panel is a single-page app: in-app navigation never reloads the script.
    // The event names the navigation's destination before it commits, and downloads (the
    // credentials .txt) are navigations too: route on where the page actually is, a task later.
    ctx.onLocationChange(() => route());
    // Gone or replaced: the panel and markers leave the page (a capture watcher stays, to warn).
    ctx.onInvalidated(() => {
      session?.stop();
      session = null;
    });

    // The popup's messages reach every frame; the frame holding the form answers. The top frame
    // answers for a page without a form only when no child frame holds one, so a top without
    // the form never answers first with "no form".
    const answers = () => session?.formFound === true || (isTopFrame() && !childFrameHoldsForm());
    const stopAnswering = onTabRequest({
      'page:status': () => {
        if (!answers()) return undefined;
        const page = classifyUrl(pageHref() ?? '');
        const view = session?.statusView ?? null;
        return {
          kind: page.kind,
          storeHash: page.storeHash,
          formFound: session?.formFound ?? false,
          summary: view?.status ?? null,
          problems: view?.problems ?? [],
          puzzled: (view?.puzzled ?? false) || (page.kind === 'create' && !session?.formFound),
        };
      },
      'page:fill': ({ preset }) => {
        if (!answers()) return undefined;
        return session?.fill(preset) ?? { ok: false, message: t('content_fillNotCreatePage'), notSet: [] };
      },
      'page:report': () => (answers() && session ? session.pageReport().then((json) => ({ json: json ?? '' })) : undefined),
    });
    ctx.onInvalidated(stopAnswering);
  },
});
