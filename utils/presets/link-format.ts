/**
 * The parts of the preset-link format the content scripts need: where links point and how to
 * recognise one. Kept apart from ./link.ts (compression, parsing), which stays in the background.
 */

/** BigCommerce's deep link to the store-level create page; it sends a signed-in merchant to their store. */
export const PRESET_LINK_BASE = 'https://login.bigcommerce.com/deep-links/settings/api-accounts/create';
/** The deep-link pages the deep-link content script runs on (README, Permissions). */
export const DEEP_LINK_MATCHES = ['https://login.bigcommerce.com/deep-links/*'];
/** "1." is the link format's version. */
export const PRESET_LINK_PREFIX = 'scopekeeper-preset=1.';

/** Whether a URL fragment (with or without its '#') is meant for Scopekeeper at all. */
export function isPresetFragment(fragment: string): boolean {
  return fragment.replace(/^#/, '').startsWith(PRESET_LINK_PREFIX);
}
