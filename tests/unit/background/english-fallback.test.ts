/**
 * When the browser's message lookup answers "" (seen in Chromium's extension service worker for
 * a freshly loaded build), t() answers from the background's own copy of the English messages,
 * and only then from the key.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadEnglishFallback } from '../../../utils/background/english-fallback';
import { formatMessage } from '../../../utils/decide/words';
import { t, tp } from '../../../utils/i18n';

const MESSAGES = { content_matchCount_other: { message: '$1 of $2 scopes match.' }, content_absentRows: { message: 'Not on this page: $1.' } };

afterEach(() => vi.unstubAllGlobals());

describe('the English fallback', () => {
  it('formats like i18n.getMessage', () => {
    expect(formatMessage(MESSAGES, 'content_matchCount_other', ['0', '28'])).toBe('0 of 28 scopes match.');
    expect(formatMessage(MESSAGES, 'missing')).toBe('');
  });

  it('answers where the browser gives "" and leaves the key for a message nobody has', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    expect(t('content_absentRows', 'Orders')).toBe('content_absentRows');
    expect(tp('content_matchCount', 0, 0, 28)).toBe('content_matchCount_other');
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve({ json: () => Promise.resolve(MESSAGES) })));
    await loadEnglishFallback();
    expect(t('content_absentRows', 'Orders')).toBe('Not on this page: Orders.');
    expect(tp('content_matchCount', 0, 0, 28)).toBe('0 of 28 scopes match.');
    expect(t('content_fillDone')).toBe('content_fillDone');
  });

  it('the capture path reads the file only where the lookup answers nothing, and once', async () => {
    vi.resetModules();
    const fetch = vi.fn(() => Promise.resolve({ json: () => Promise.resolve(MESSAGES) }));
    vi.stubGlobal('fetch', fetch);
    const lookup = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('en');
    const fresh = await import('../../../utils/background/english-fallback');
    const i18n = await import('../../../utils/i18n');
    await fresh.ensureMessages();
    expect(fetch).not.toHaveBeenCalled();
    lookup.mockReturnValue('');
    await Promise.all([fresh.ensureMessages(), fresh.ensureMessages()]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(i18n.t('content_absentRows', 'Orders')).toBe('Not on this page: Orders.');
  });
});
