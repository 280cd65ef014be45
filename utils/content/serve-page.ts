/**
 * What a page script does in its frame, for whichever create form it serves: follow the
 * single-page app's navigation, run the create-page session on the create page, watch for the
 * credentials pop-up, and answer the popup. Two scripts use it: the control-panel script
 * (entrypoints/bc.content, the store-level pages) and the account-level module
 * (entrypoints/account-page.ts). Each reads URLs its own way (bc.js knows store-level pages only,
 * to stay small) and sees every other page as 'control-panel'.
 */
import { t } from '../i18n';
import type { PageInfo, PageKind } from '../control-panel-url';
import type { ScannedForm } from '../dom/scan-form';
import { onTabRequest } from '../messaging/receive';
import { watchForCredentials } from './capture-watcher';
import { CreatePageSession } from './create-page-session';
import type { ContentScriptContext } from './context';
import { childFrameHoldsForm, isTopFrame, pageHref } from './frame';
import { sharedVocabulary } from './vocabulary';

export interface PageScript {
  /** The slot name of the script's context ('bc' or 'account'). */
  name: string;
  classify: (href: string) => PageInfo;
  createKind: PageKind;
  listKind: PageKind;
  /** Reads the create form (utils/dom/scan-form.ts, or the account-level one). */
  scan: (root: Document) => ScannedForm;
  /** Called on each arrival at the list page (bc.js: the list-page audit). */
  onList?: () => void;
  /** Called on each arrival at any other page (bc.js: the account-level pages' module). */
  onOther?: () => void;
}

/**
 * Which script serves the top page of this frame, in the isolated world both share: the one whose
 * page it is. The popup's questions reach every script in every frame, so the others keep quiet
 * (a page neither knows is bc.js's).
 */
const SERVING = Symbol.for('scopekeeper.serving');
type World = { [SERVING]?: string };

export function servePage(ctx: ContentScriptContext, script: PageScript): void {
  const world = globalThis as World;
  const here = () => script.classify(pageHref(script.classify) ?? '');
  let session: CreatePageSession | null = null;
  // One vocabulary fetch for the page: the session reads the form with it, the watcher the pop-up.
  const vocabulary = sharedVocabulary();
  let stopCapture: (() => void) | null = null;

  // On every other control-panel page this is all the work done: match the URL, wait for the next.
  const route = () => {
    const kind = here().kind;
    const isCreate = kind === script.createKind;
    const isList = kind === script.listKind;
    if (isCreate || isList) world[SERVING] = script.name;
    else if (world[SERVING] === script.name) delete world[SERVING];
    if (isCreate && !session) {
      session = new CreatePageSession(ctx, vocabulary, script.scan);
      session.start();
    } else if (!isCreate && session) {
      session.stop();
      session = null;
    }
    if (isList) script.onList?.();
    else if (!isCreate) script.onOther?.();
    // The pop-up may outlive the form (the panel can navigate to the list behind it).
    if ((isCreate || isList) && !stopCapture) stopCapture = watchForCredentials(
        ctx,
        () => session?.formForCapture() ?? null,
        () => vocabulary().then((v) => v?.popupLabels ?? null),
      );
    else if (!(isCreate || isList) && stopCapture) {
      stopCapture();
      stopCapture = null;
    }
  };
  route();
  // The control panel is a single-page app: in-app navigation never reloads the script.
  // The event names the navigation's destination before it commits, and downloads (the
  // credentials .txt) are navigations too: route on where the page actually is, a task later.
  ctx.onLocationChange(route);
  // Gone or replaced: the panel and markers leave the page (a capture watcher stays, to warn).
  ctx.onInvalidated(() => {
    session?.stop();
    session = null;
    if (world[SERVING] === script.name) delete world[SERVING];
  });

  // The popup's messages reach every frame; the frame holding the form answers. The top frame
  // answers for a page without a form only when no child frame holds one, so a top without
  // the form never answers first with "no form".
  const answers = () => session?.formFound === true || (isTopFrame() && !childFrameHoldsForm() && (world[SERVING] ?? 'bc') === script.name);
  const stopAnswering = onTabRequest({
    'page:status': () => {
      if (!answers()) return undefined;
      const page = here();
      const view = session?.statusView ?? null;
      return {
        kind: page.kind,
        storeHash: page.storeHash,
        formFound: session?.formFound ?? false,
        summary: view?.status ?? null,
        problems: view?.problems ?? [],
        puzzled: (view?.puzzled ?? false) || (page.kind === script.createKind && !session?.formFound),
      };
    },
    'page:fill': ({ presetId }) => {
      if (!answers()) return undefined;
      return session?.fill(presetId) ?? { ok: false, message: t('content_fillNotCreatePage'), notSet: [] };
    },
    'page:report': () => (answers() && session ? session.pageReport().then((json) => ({ json: json ?? '' })) : undefined),
  });
  ctx.onInvalidated(stopAnswering);
}
