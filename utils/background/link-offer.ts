/**
 * The pending preset link: handed over by the deep-link content script (before BigCommerce
 * redirects) or by a create page whose URL still has the fragment, and offered on the next create
 * page the merchant opens, of whichever store. Kept in storage.session (gone when the browser
 * closes) and only for a while, so an old link never turns up days later. Nothing here fills or
 * saves a form: "Add preset" adds and chooses the preset, and the merchant presses Fill.
 */
import { storage } from 'wxt/utils/storage';
import { issueLine } from '../../components/presets/issue-text';
import { kindLabel, levelLabel, scopeLines, tokenTypeLabel } from '../../components/presets/labels';
import { t } from '../i18n';
import type { LinkOffer } from '../messaging/protocol';
import { checkPresetLink, isPresetFragment } from '../presets/link';
import { addPresets, loadCustomPresets, selectPreset } from '../presets/store';
import { presetKind } from '../presets/types';
import { injectInto } from './inject';

/** Long enough to sign in (with two-factor) after opening the link. */
export const LINK_OFFER_TTL_MS = 30 * 60_000;
const MAX_HANDLED = 20;

const pending = storage.defineItem<{ fragment: string; at: number } | null>('session:presetLinkPending', { fallback: null });
/** Links already added or dismissed: a create page reloaded with the fragment still in its URL is not offered again. */
const handled = storage.defineItem<string[]>('session:presetLinksHandled', { fallback: [] });

/** The create page may ask before the hand-over from the deep-link page is written: it waits for it. */
let lastWrite: Promise<unknown> = Promise.resolve();

export async function linkFound(fragment: string, from: 'deep-link' | 'create-page'): Promise<void> {
  if (!isPresetFragment(fragment)) return;
  // A link opened again on purpose (the deep-link page) is always offered again.
  if (from === 'create-page' && (await handled.getValue()).includes(fragment)) return;
  lastWrite = pending.setValue({ fragment, at: Date.now() });
  await lastWrite;
}

async function pendingFragment(now = Date.now()): Promise<string | null> {
  await lastWrite;
  const entry = await pending.getValue();
  if (!entry || typeof entry.fragment !== 'string' || !(now - entry.at < LINK_OFFER_TTL_MS)) return null;
  return entry.fragment;
}

export async function linkOffer(): Promise<LinkOffer | null> {
  const fragment = await pendingFragment();
  if (!fragment) return null;
  const checked = await checkPresetLink(fragment);
  if (!checked.ok) return { ok: false, problems: checked.issues.map((i) => issueLine(i, t('presets_issue_whole_link'))) };
  const preset = checked.value;
  const replaces = (await loadCustomPresets()).some((p) => p.id === preset.id);
  return {
    ok: true,
    name: preset.name,
    details: [
      ...(preset.description ? [preset.description] : []),
      // The account-level form has no token type: say which form the preset is for instead.
      presetKind(preset) === 'account-level'
        ? t('presets_link_kind', kindLabel('account-level'))
        : t('content_linkTokenType', tokenTypeLabel(preset.tokenType)),
      ...(preset.accountName ? [t('content_linkAccountName', preset.accountName)] : []),
      // Who the credentials will be sealed for: each key's name and the start of its public key.
      ...(preset.handoff
        ? [
            t(
              'content_linkSealedFor',
              [preset.handoff, ...(preset.handoff.more ?? [])].map((r) => `${r.name ?? t('content_linkUnnamedKey')} (${r.recipient.slice(0, 12)}…)`).join(', '),
            ),
          ]
        : []),
    ],
    rows: scopeLines(preset).map((l) => t('content_linkRow', l.row.label, levelLabel(l.row, l.level), t(l.required ? 'content_required' : 'content_optional'))),
    sources: preset.sources,
    replaces,
  };
}

/** The offer's UI is not in the content script (budget): it is injected into the asking frame, and
 *  only when a link is waiting (entrypoints/link-offer.ts; it then asks link:get itself). */
export async function showPendingLink(tabId: number, frameId: number): Promise<void> {
  if (await pendingFragment()) await injectInto(tabId, frameId, '/link-offer.js');
}

async function settle(fragment: string): Promise<void> {
  await pending.setValue(null);
  await handled.setValue([fragment, ...(await handled.getValue()).filter((f) => f !== fragment)].slice(0, MAX_HANDLED));
}

/** Adds the linked preset (replacing an earlier version of it) and chooses it. */
export async function addLinkedPreset(): Promise<{ ok: boolean }> {
  const fragment = await pendingFragment();
  if (!fragment) return { ok: false };
  const checked = await checkPresetLink(fragment);
  if (!checked.ok) return { ok: false };
  await addPresets([checked.value]);
  await selectPreset(checked.value.id);
  await settle(fragment);
  return { ok: true };
}

export async function dismissLink(): Promise<{ ok: true }> {
  const fragment = await pendingFragment();
  if (fragment) await settle(fragment);
  else await pending.setValue(null);
  return { ok: true };
}
