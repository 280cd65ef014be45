/**
 * The English messages as the background's own fallback (utils/i18n.ts setMessageFallback): read
 * once from the extension's default locale file, answered the way i18n.getMessage does.
 */
import { browserHasMessages, setMessageFallback } from '../i18n';
import { formatMessage } from '../decide/words';
import { loadMessages } from './locale-messages';

let loading: Promise<void> | null = null;

/** Resolves once the fallback is in place; never rejects (without it, the browser's lookup stays). */
export function loadEnglishFallback(): Promise<void> {
  return (loading ??= loadMessages('en').then((messages) => {
    // A build without the file cannot happen; if it did, t() still falls back to the key.
    if (messages) setMessageFallback((name, subs) => formatMessage(messages, name, subs));
  }));
}

/**
 * The fallback only where the browser's lookup answers nothing (seen in Chromium's service worker
 * for a freshly loaded build): the capture path words its notice after the record is stored, and
 * where the lookup works it reads no file.
 */
export function ensureMessages(): Promise<void> {
  return browserHasMessages() ? Promise.resolve() : loadEnglishFallback();
}
