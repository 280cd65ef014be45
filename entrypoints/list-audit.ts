/**
 * The store-level API account list's audit (bar, row marks, delete-confirmation note), a module
 * of its own so the control-panel script that loads on every /manage/ page never carries it. It
 * reaches the list two ways (utils/background/inject.ts): registered as a content script for the
 * list's URLs, it starts as the list page loads (before bc.js, which runs when the page is
 * idle); and bc.js tells the background on every arrival at the list (in-app navigation, a list
 * in a frame), which injects it into that tab and frame. It runs in the same isolated world as
 * bc.js, with a context of its own; it ends itself when the page leaves the list, or when the
 * extension is gone or a newer copy takes over. A copy arriving while a live one runs does
 * nothing. Wiring only.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { classifyUrl } from '../utils/control-panel-url';
import { pageHref } from '../utils/content/frame';
import { ContentScriptContext, liveContext } from '../utils/content/context';
import { startListAudit } from '../utils/content/list-page-audit';

const RUNNING = Symbol.for('scopekeeper.listAudit');

export default defineUnlistedScript(() => {
  const world = globalThis as Record<symbol, boolean | undefined>;
  const onList = () => classifyUrl(pageHref() ?? '').kind === 'list';
  // liveContext also ends the context of a copy whose extension is gone (after an update).
  if ((world[RUNNING] && liveContext('list')) || !onList()) return;
  // Replaces (and so ends) what is left of an earlier copy's context.
  const ctx = new ContentScriptContext('list');
  world[RUNNING] = true;
  // What a copy whose code is gone left behind (Firefox drops an orphan's code at once).
  for (const stale of document.querySelectorAll('scopekeeper-list, scopekeeper-mark')) stale.remove();
  const stop = startListAudit(ctx);
  const end = () => {
    if (!world[RUNNING]) return;
    world[RUNNING] = false;
    stop();
    // Nothing of this copy stays: the next arrival at the list starts a new one.
    ctx.invalidate();
  };
  ctx.onInvalidated(end);
  ctx.onLocationChange(() => onList() || end());
});
