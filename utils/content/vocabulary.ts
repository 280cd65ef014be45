/**
 * The vocabulary (catalogue rows, language tables, the credentials pop-up's labels in every
 * language, in-page styles) is asked of the background once per page load and shared by the
 * create-page session and the capture watcher: the page needs one vocabulary fetch.
 */
import type { Vocabulary } from '../scopes/vocabulary';
import { sendToBackground } from '../messaging/send';

export type VocabularySource = () => Promise<Vocabulary | null>;

/** One ask, shared by every caller; null when the background does not answer (the extension was
 *  updated or reloaded), and a failed ask is not kept: the next caller asks again. */
export function sharedVocabulary(): VocabularySource {
  let asked: Promise<Vocabulary | null> | null = null;
  return () => (asked ??= sendToBackground('vocabulary:get', {}).then((v) => v ?? ((asked = null), null)));
}
