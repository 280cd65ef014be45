/**
 * The background's answers to content scripts (BackgroundProtocol): preset look-ups, the
 * vocabulary (catalogue and language tables), deciding, teaching, links and the list page.
 * Captures are not here: the service worker takes them itself (./receive-capture.ts). Each
 * message is checked once, sender then schema, before it is dispatched. Content scripts can never
 * read the vault through here.
 */
import type { Browser } from 'wxt/browser';
import type { BackgroundProtocol, Reply } from '../messaging/protocol';
import { getPresetsState, presetsFor, selectPreset } from '../presets/store';
import { choicesForStore, setExcluded } from '../presets/choice-store';
import { excludedRows } from '../presets/choice';
import { choiceHome, classifyUrl, isAccountLevelKind } from '../control-panel-url';
import type { Vault } from '../vault';
import { pressNoticeAction } from './notice-actions';
import { droppedOn, noteDropped } from './dropped-taught';
import { linkFound, offerFor, openReview, showPendingLink } from './link-offer';
import { backgroundRequestSchema, linkFoundSchema } from './message-schemas';
import { isControlPanelContentScript, isDeepLinkContentScript, senderPageUrl } from './sender';
import { vocabulary } from './vocabulary';
import { injectInto, injectListAudit, injectPageUi } from './inject';
import { listMembership, onListPage } from './handle-list-audit';
import { decide, readPage } from '../decide/decide';
import { presetById } from './preset-lookup';
import { browser } from 'wxt/browser';
import { buildPageReport } from '../decide/page-report';
import { forgetTaught, isFormLevel, isFormRow, taughtEntries, teach } from './taught-store';
import { NOT_A_SCOPE } from '../decide/taught';
import { pageWords, spokenLanguage } from './page-words';

type AnyReply = Reply<BackgroundProtocol, keyof BackgroundProtocol>;

/** A create page of either form (a preset link is for the create page it reaches). */
const isCreateKind = (kind: string) => kind === 'create' || kind === 'account-create';

export async function handleContentRequest(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  runtimeId: string,
  vault: () => Vault,
): Promise<AnyReply | undefined> {
  // A refused request gets no answer.
  // The deep-link page may only hand over a preset link's fragment, before BigCommerce redirects.
  if (isDeepLinkContentScript(sender, runtimeId)) {
    const found = linkFoundSchema.safeParse(message);
    if (!found.success) return undefined;
    // It belongs to this tab, and to the first store whose create page the tab reaches.
    await linkFound(found.data.fragment, sender.tab!.id!, null, 'deep-link');
    return { ok: true };
  }
  if (!isControlPanelContentScript(sender, runtimeId)) return undefined;
  const parsed = backgroundRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  // The sender passed isControlPanelContentScript: its URL is a control-panel page (of a store,
  // or the account control panel's, which has none: choices are then the account's).
  const page = classifyUrl(senderPageUrl(sender));
  const home = choiceHome(page) ?? 'account';
  switch (request.type) {
    case 'presets:get':
      // Each create form gets the presets made for it (a store-level preset cannot fill the
      // account-level form, nor the other way round).
      return presetsFor(await getPresetsState(), isAccountLevelKind(page.kind) ? 'account-level' : 'store-level');
    case 'vocabulary:get':
      return vocabulary();
    case 'page-report:build': {
      // The report shows the page as decided on (../decide/decide.ts readPage: taught rows, then
      // structure, then levels) and what was taught for it, so a maintainer can turn a taught
      // label or word into a table entry.
      const { learnt, levels } = readPage(request.facts.model, await taughtEntries());
      // The rows set aside as "Not a scope" are shown too, where the page has them.
      const notScopes = learnt.model.rows.filter((r) => learnt.notScopes.includes(r.key));
      const model = { ...levels.model, rows: [...levels.model.rows, ...notScopes].sort((a, b) => a.key - b.key) };
      const taught = learnt.model.rows.filter((r) => r.signal === 'taught' || learnt.notScopes.includes(r.key)).map((r) => ({ label: r.label, scopeId: r.scopeId }));
      const taughtLevels = [...levels.questions.values()].flat().flatMap((w) => (w.level ? [{ option: w.text, level: w.level }] : []));
      return {
        json: JSON.stringify(buildPageReport({ ...request.facts, model }, browser.runtime.getManifest().version, taught, taughtLevels), null, 2),
      };
    }
    case 'form:decide': {
      // The optional rows left out on this store are ours to know (choices:set, the popup), not the page's to say.
      // The panel and markers speak the page's language (issue 20, item 6). The reads are made at
      // once, not one after another: the answer after a fill is waited for before the panel says
      // how it went, and each storage read is a trip to the browser process (slow on a busy machine).
      const [preset, words, taught, choices] = await Promise.all([presetById(request.presetId), pageWords(spokenLanguage(request.model)), taughtEntries(), choicesForStore(home)]);
      const excluded = preset ? excludedRows(preset, choices[preset.id]) : new Set<string>();
      const decision = decide(request.model, preset, request.lastFill, excluded, request.failed, taught, droppedOn(sender), words);
      // A taught mapping this page contradicts is dropped (the view says so while the page is open).
      if (decision.contradicted?.length) {
        noteDropped(sender, decision.contradicted);
        await forgetTaught(decision.contradicted.map((e) => e.id));
      }
      const { model: _model, diff: _diff, contradicted: _contradicted, ...forPage } = decision;
      return forPage;
    }
    case 'taught:set': {
      // The form is the one the sender's page serves; a row of the other form is refused.
      const form = isAccountLevelKind(page.kind) ? 'account-level' : 'store-level';
      const { kind, value } = request;
      if (kind === 'level') {
        if (!isFormLevel(form, value)) return { ok: false };
        await teach(form, request.language, request.label, { kind, level: value });
        return { ok: true };
      }
      const scopeId = value === NOT_A_SCOPE ? null : value;
      if (scopeId && !isFormRow(form, scopeId)) return { ok: false };
      await teach(form, request.language, request.label, { kind, scopeId });
      return { ok: true };
    }
    case 'presets:select':
      await selectPreset(request.id);
      return { ok: true };
    case 'notice:action': {
      // Bound to the tab the notice was shown in (the content script sends it on a trusted click).
      const tab = sender.tab!;
      return tab.id === undefined ? { ok: false } : pressNoticeAction(request.id, { id: tab.id, index: tab.index, windowId: tab.windowId });
    }
    case 'capture':
    case 'capture:expect':
      // Taken by the service worker before this module is asked (./receive-capture.ts).
      return undefined;
    case 'choices:set': {
      const preset = await presetById(request.presetId);
      if (preset) await setExcluded(home, preset, request.excluded);
      return { ok: true };
    }
    case 'link:found':
      // Only a create page hands a link over, and it is bound to this tab and store at once.
      if (!isCreateKind(page.kind)) return undefined;
      await linkFound(request.fragment, sender.tab!.id!, home, 'create-page');
      return { ok: true };
    case 'list:audit':
    case 'vault:membership': {
      // Only the list page asks, and only about the store whose panel it is (from the sender's URL).
      if (!onListPage(sender)) return undefined;
      if (request.type === 'list:audit') return injectListAudit(sender.tab!.id!, sender.frameId ?? 0);
      return listMembership(vault(), home, request.names);
    }
    case 'account:load':
      // Only from an account-level page (by the sender's own URL), into the asking frame.
      return isAccountLevelKind(page.kind) ? { ok: await injectInto(sender.tab!.id!, sender.frameId ?? 0, '/account-page.js') } : undefined;
    case 'page-ui:load':
      return injectPageUi(sender.tab!.id!, sender.frameId ?? 0);
    case 'link:show':
      if (isCreateKind(page.kind)) await showPendingLink(sender.tab!.id!, sender.frameId ?? 0, home);
      return { ok: true };
    case 'link:waiting':
      return { waiting: isCreateKind(page.kind) && (await offerFor(sender.tab!.id!, home)) !== null };
    case 'link:review': {
      // Opens the extension's review page; the decision is made there, out of the page's reach.
      const tab = sender.tab!;
      if (!isCreateKind(page.kind) || tab.id === undefined) return { ok: false };
      return openReview({ id: tab.id, index: tab.index, windowId: tab.windowId }, home);
    }
  }
}
