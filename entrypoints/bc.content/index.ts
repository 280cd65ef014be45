import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTROL_PANEL_MATCHES, classifyStoreUrl, mayBeAccountLevelPath } from '../../utils/control-panel-url';
import { sendToBackground } from '../../utils/messaging/send';
import { ContentScriptContext } from '../../utils/content/context';
import { pageHref } from '../../utils/content/frame';
import { servePage } from '../../utils/content/serve-page';
import { scanForm } from '../../utils/dom/scan-form';

export default defineContentScript({
  matches: CONTROL_PANEL_MATCHES,
  runAt: 'document_idle',
  // The form may be rendered in a same-origin frame of the control panel (docs/control-panel-facts.md §14).
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
    servePage(ctx, {
      name: 'bc',
      // Store-level pages only: the account-level pages are the account-level module's
      // (entrypoints/account-page.ts, injected by the background), and this script stays small.
      classify: classifyStoreUrl,
      createKind: 'create',
      listKind: 'list',
      scan: scanForm,
      // The list page's audit is a module the background injects on demand into this frame
      // (entrypoints/list-audit.ts; a copy already running there ignores a second injection).
      onList: () => void sendToBackground('list:audit', {}),
      // So is the account-level module, on an account-level page of the store panel, whether
      // loaded or reached in the app (entrypoints/account-page.ts; it ignores a second injection).
      onOther: () => void (mayBeAccountLevelPath(location.pathname) && sendToBackground('account:load', {})),
    });
  },
});
