/**
 * The extension's English messages for unit tests: `t()` then returns what a user reads, as the
 * browser's i18n.getMessage would (the message with $1…$9 substituted).
 */
import path from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mergeLocale } from '../../locales/merge';
import { formatMessage } from '../../utils/decide/words';

const messages = mergeLocale(path.resolve(import.meta.dirname, '../../locales/en'));

/** getMessage as the browser does it (the background's own fallback formats the same way). */
function englishMessage(key: string, subs: string[] = []): string {
  return formatMessage(messages, key, subs);
}

/** Call in a beforeEach: the fake browser answers i18n with the English messages. */
export function useEnglishMessages(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(englishMessage as typeof fakeBrowser.i18n.getMessage);
}
