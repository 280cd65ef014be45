/**
 * The English messages as the background's own fallback (utils/i18n.ts setMessageFallback): read
 * once from the extension's default locale file, answered the way i18n.getMessage does.
 */
import { setMessageFallback } from '../i18n';
import { formatMessage } from '../decide/words';
import { loadMessages } from './page-words';

/** Resolves once the fallback is in place; never rejects (without it, the browser's lookup stays). */
export async function loadEnglishFallback(): Promise<void> {
  const messages = await loadMessages('en');
  // A build without the file cannot happen; if it did, t() still falls back to the key.
  if (messages) setMessageFallback((name, subs) => formatMessage(messages, name, subs));
}
