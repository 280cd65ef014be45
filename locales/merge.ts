/**
 * The extension's strings are kept in one file per area (locales/<lang>/<area>.json) so areas can
 * change independently; the build merges them into the single _locales/<lang>/messages.json the
 * browser reads. A key defined twice is a build error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type MessagesFile = Record<string, { message: string; description?: string; placeholders?: unknown }>;

export function mergeLocale(dir: string): MessagesFile {
  const merged: MessagesFile = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const messages = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as MessagesFile;
    for (const [key, value] of Object.entries(messages)) {
      if (key in merged) throw new Error(`Message "${key}" is defined twice (again in ${file})`);
      merged[key] = value;
    }
  }
  return merged;
}

export function localeDirs(root: string): { lang: string; dir: string }[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ lang: d.name, dir: path.join(root, d.name) }));
}

/** The extension's words in `lang` (locales/<lang>/): message `key` with $1…$9 filled, or the key
 *  itself if there is no such message. For tests and scripts that select by what a user reads. */
export function say(lang: string, key: string, ...subs: (string | number)[]): string {
  const message = mergeLocale(path.join(import.meta.dirname, lang))[key]?.message ?? key;
  return message.replace(/\$([1-9])/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}
