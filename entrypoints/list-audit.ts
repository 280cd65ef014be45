/**
 * The store-level API account list's audit (bar, row marks, delete-confirmation note), a module
 * of its own so the control-panel script that loads on every /manage/ page never carries it:
 * bc.js only tells the background it is on the list page, and the background injects this file
 * into that tab and frame (utils/background/inject.ts). It runs in the same isolated
 * world as bc.js and lives and ends with bc.js's context; it ends itself when the page leaves
 * the list. Injected again on a later visit, it starts only if no copy is running. Wiring only.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { classifyUrl } from '../utils/control-panel-url';
import { pageHref } from '../utils/content/frame';
import { liveContext } from '../utils/content/context';
import { startListAudit } from '../utils/content/list-page-audit';

const RUNNING = Symbol.for('scopekeeper.listAudit');

export default defineUnlistedScript(() => {
  const world = globalThis as Record<symbol, boolean | undefined>;
  const ctx = liveContext();
  const onList = () => classifyUrl(pageHref() ?? '').kind === 'list';
  if (!ctx || world[RUNNING] || !onList()) return;
  world[RUNNING] = true;
  // What a copy whose code is gone left behind (Firefox drops an orphan's code at once).
  for (const stale of document.querySelectorAll('scopekeeper-list, scopekeeper-mark')) stale.remove();
  const stop = startListAudit(ctx);
  const end = () => {
    if (!world[RUNNING]) return;
    world[RUNNING] = false;
    stop();
  };
  ctx.onInvalidated(end);
  ctx.onLocationChange(() => onList() || end());
});
