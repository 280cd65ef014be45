/**
 * The English messages as the background's own fallback (utils/i18n.ts setMessageFallback): read
 * once from the extension's default locale file, answered the way i18n.getMessage does.
 */
import { browser } from 'wxt/browser';
import { setMessageFallback } from '../i18n';

export type Messages = Readonly<Record<string, { message: string } | undefined>>;

/** `name`'s message with $1…$9 replaced by `subs`; "" when there is none, as the browser answers. */
export function formatMessage(messages: Messages, name: string, subs: readonly string[] = []): string {
  return (messages[name]?.message ?? '').replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** Resolves once the fallback is in place; never rejects (without it, the browser's lookup stays). */
export async function loadEnglishFallback(): Promise<void> {
  try {
    // Built into _locales/ by wxt.config.ts (not a path WXT's typed getURL knows).
    const response = await fetch(new URL('_locales/en/messages.json', browser.runtime.getURL('/')));
    const messages = (await response.json()) as Messages;
    setMessageFallback((name, subs) => formatMessage(messages, name, subs));
  } catch {
    // A build without the file cannot happen; if it did, t() still falls back to the key.
  }
}
