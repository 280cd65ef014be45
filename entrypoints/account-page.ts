/**
 * The account-level API account pages (docs/control-panel-facts.md §1, §5). Where they live is unverified,
 * so both candidates get this module (utils/background/account-pages.ts): on the store panel's
 * /manage/settings/account-… paths bc.js asks the background to inject it (loaded or reached in
 * the app), and on accounts.bigcommerce.com/tokens it is a content script registered at run time.
 * Never listed in the manifest, so the control-panel script that loads on every /manage/ page
 * never carries the account-level form's reader. Runs in the isolated world beside bc.js, with a
 * context of its own; a second injection into a frame where a copy lives does nothing. Wiring only.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { classifyUrl, isAccountLevelKind, type PageInfo } from '../utils/control-panel-url';
import { ContentScriptContext, liveContext } from '../utils/content/context';
import { pageHref } from '../utils/content/frame';
import { servePage } from '../utils/content/serve-page';
import { scanAccountForm } from '../utils/dom/account-form';

/** Account-level pages only: every other page is bc.js's, and this module leaves it be. */
function classifyAccountUrl(href: string): PageInfo {
  const page = classifyUrl(href);
  return isAccountLevelKind(page.kind) ? page : { ...page, kind: 'control-panel' };
}

export default defineUnlistedScript(() => {
  if (pageHref(classifyAccountUrl) === null || liveContext('account')) return;
  const ctx = new ContentScriptContext('account');
  // What a copy whose code is gone left behind (Firefox drops an orphan's code at once).
  for (const stale of document.querySelectorAll('scopekeeper-panel, scopekeeper-marker')) stale.remove();
  servePage(ctx, {
    name: 'account',
    classify: classifyAccountUrl,
    createKind: 'account-create',
    listKind: 'account-list',
    scan: scanAccountForm,
  });
});
