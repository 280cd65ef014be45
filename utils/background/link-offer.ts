/**
 * Pending preset links. A link is handed over by the deep-link content script (before BigCommerce
 * redirects) or by a create page that was loaded with the fragment in its URL. It then belongs to
 * that one tab, and to the first store (or account control panel) whose create page that tab
 * reaches; no other tab or store ever sees it, and it expires after a few minutes. The panel only
 * says a link is waiting; the merchant reviews it in an extension page (entrypoints/link-review/),
 * which the page cannot reach or relabel, and only that page can add it.
 *
 * A link never replaces or shadows a preset (utils/presets/link-intake.ts). Kept in
 * storage.session: gone when the browser closes. Nothing here fills or saves a form.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { issueLine } from '../../components/presets/issue-text';
import { t } from '../i18n';
import type { LinkReviewData } from '../messaging/protocol';
import { checkPresetLink, isPresetFragment } from '../presets/link';
import { breadth, intakeLinkPreset, type LinkIntake } from '../presets/link-intake';
import { allPresets, isBuiltinPresetId, saveCustomPreset, selectPreset } from '../presets/store';
import { BUILTIN_PRESETS } from '../presets/builtin';
import { injectInto } from './inject';

/** Long enough to sign in (with two-factor) after opening the link; short enough that a link
 *  opened and forgotten does not wait for a later visit. */
export const LINK_OFFER_TTL_MS = 10 * 60_000;
const MAX_OFFERS = 20;
const MAX_HANDLED = 20;

interface PendingLink {
  /** Random: the review page's only handle on it (the page's URL), unknown to any web page. */
  id: string;
  fragment: string;
  /** The tab that opened the deep link (or loaded the create page with the fragment). */
  tabId: number;
  /** The store hash ('account': the account control panel) the tab reached first; null until then. */
  home: string | null;
  at: number;
}

const offers = storage.defineItem<PendingLink[]>('session:presetLinkOffers', { fallback: [] });
/** Links already added or dismissed: a create page reloaded with the fragment still in its URL is not offered again. */
const handled = storage.defineItem<string[]>('session:presetLinksHandled', { fallback: [] });

/** The create page may ask before the hand-over from the deep-link page is written: it waits for it. */
let lastWrite: Promise<unknown> = Promise.resolve();

function isPending(entry: unknown, now: number): entry is PendingLink {
  if (typeof entry !== 'object' || entry === null) return false;
  const e = entry as Partial<PendingLink>;
  return typeof e.id === 'string' && typeof e.fragment === 'string' && typeof e.tabId === 'number' && typeof e.at === 'number' && now - e.at < LINK_OFFER_TTL_MS && now >= e.at;
}

async function live(now = Date.now()): Promise<PendingLink[]> {
  await lastWrite;
  const list = await offers.getValue();
  return Array.isArray(list) ? list.filter((e) => isPending(e, now)) : [];
}

async function write(list: PendingLink[]): Promise<void> {
  lastWrite = offers.setValue(list.slice(-MAX_OFFERS));
  await lastWrite;
}

/**
 * A link for `tabId`. `home`: the create page's store when a create page handed it over (it is
 * bound at once); null from the deep-link page (bound by the first create page the tab reaches).
 * A tab has one pending link: a newer one replaces its older one.
 */
export async function linkFound(fragment: string, tabId: number, home: string | null, from: 'deep-link' | 'create-page'): Promise<void> {
  if (!isPresetFragment(fragment)) return;
  // A link opened again on purpose (the deep-link page) is always offered again.
  if (from === 'create-page' && (await handled.getValue()).includes(fragment)) return;
  const others = (await live()).filter((e) => e.tabId !== tabId);
  await write([...others, { id: crypto.randomUUID(), fragment, tabId, home, at: Date.now() }]);
}

/** The link waiting for this tab on this store, binding an unbound one to it; null for any other tab or store. */
export async function offerFor(tabId: number, home: string): Promise<PendingLink | null> {
  const list = await live();
  const entry = list.find((e) => e.tabId === tabId);
  if (!entry) return null;
  if (entry.home === null) {
    entry.home = home;
    await write(list);
    return entry;
  }
  return entry.home === home ? entry : null;
}

/** The waiting notice is not in the content script (budget): injected into the asking frame, and
 *  only when a link is waiting for this tab and store (entrypoints/link-offer.ts). */
export async function showPendingLink(tabId: number, frameId: number, home: string): Promise<void> {
  if (await offerFor(tabId, home)) await injectInto(tabId, frameId, '/link-offer.js');
}

/** The merchant pressed Review in the panel: the review page opens beside the tab. */
export async function openReview(tab: { id: number; index: number; windowId?: number }, home: string): Promise<{ ok: boolean }> {
  const entry = await offerFor(tab.id, home);
  if (!entry) return { ok: false };
  await browser.tabs.create({ url: browser.runtime.getURL(`/link-review.html#${entry.id}`), index: tab.index + 1, openerTabId: tab.id, windowId: tab.windowId });
  return { ok: true };
}

/** A bound offer by its id (the review page's handle). */
async function byId(id: string): Promise<PendingLink | null> {
  return (await live()).find((e) => e.id === id && e.home !== null) ?? null;
}

/** "Acme Sync (from a link, 6 Dec 2026)", at most 80 characters (the schema's bound on names). */
function linkCopyName(name: string, at: Date = new Date()): string {
  let locale: string | undefined = t('i18n_locale');
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    locale = undefined;
  }
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(at);
  const full = t('links_copy_name', name, date);
  if (full.length <= 80) return full;
  const over = full.length - 80 + 1;
  return t('links_copy_name', `${name.slice(0, Math.max(1, name.length - over))}…`, date);
}

const BUILTIN_IDS = new Set(BUILTIN_PRESETS.map((p) => p.id));

async function intakeOf(fragment: string): Promise<{ ok: true; intake: LinkIntake; linked: import('../presets/types').Preset } | { ok: false; problems: string[] }> {
  const checked = await checkPresetLink(fragment);
  if (!checked.ok) return { ok: false, problems: checked.issues.map((i) => issueLine(i, t('presets_issue_whole_link'))) };
  return { ok: true, linked: checked.value, intake: intakeLinkPreset(checked.value, await allPresets(), BUILTIN_IDS, (n) => linkCopyName(n)) };
}

/** Everything the review page shows: the preset, what Add would do, the rows marked by breadth. */
export async function linkReview(id: string): Promise<LinkReviewData | null> {
  const entry = await byId(id);
  if (!entry || entry.home === null) return null;
  const result = await intakeOf(entry.fragment);
  if (!result.ok) return { ok: false, home: entry.home, problems: result.problems };
  const shown = result.intake.action === 'add' ? result.intake.preset : result.linked;
  return { ok: true, home: entry.home, at: entry.at, linked: result.linked, intake: result.intake, ...breadth(shown) };
}

async function settle(entry: PendingLink): Promise<void> {
  await write((await live()).filter((e) => e.id !== entry.id));
  await handled.setValue([entry.fragment, ...(await handled.getValue()).filter((f) => f !== entry.fragment)].slice(0, MAX_HANDLED));
}

/** The one word the background sends the waiting notice (components/page/link-offer.ts): settled. */
const LINK_SETTLED = 'link:settled';

/** Back to the create page the link was for: its notice goes and its panel reloads the presets. */
async function returnTo(entry: PendingLink): Promise<void> {
  // The tab may be gone or elsewhere by now: then there is nobody to tell.
  await Promise.resolve()
    .then(() => browser.tabs.sendMessage(entry.tabId, { type: LINK_SETTLED }))
    .catch(() => undefined);
  await Promise.resolve()
    .then(() => browser.tabs.update(entry.tabId, { active: true }))
    .catch(() => undefined);
}

/** Adds the linked preset (as itself, or as a marked copy; never over another) and chooses it. */
export async function addLinkedPreset(id: string): Promise<{ ok: boolean; presetId?: string }> {
  const entry = await byId(id);
  if (!entry) return { ok: false };
  const result = await intakeOf(entry.fragment);
  if (!result.ok) return { ok: false };
  const { intake } = result;
  let presetId: string;
  if (intake.action === 'select') presetId = intake.id;
  else {
    // 'create': refused if the id were taken meanwhile (or a built-in's) — never a replacement.
    if (isBuiltinPresetId(intake.preset.id)) return { ok: false };
    const saved = await saveCustomPreset(intake.preset, { mode: 'create' });
    if (!saved.ok) return { ok: false };
    presetId = saved.value.id;
  }
  await selectPreset(presetId);
  await settle(entry);
  await returnTo(entry);
  return { ok: true, presetId };
}

export async function dismissLink(id: string): Promise<{ ok: true }> {
  const entry = await byId(id);
  if (entry) {
    await settle(entry);
    await returnTo(entry);
  }
  return { ok: true };
}
