/**
 * Which language table the page is written in: from `<html lang>` and the texts the form shows.
 * The tables come from the background with the vocabulary (utils/scopes/registry.ts).
 */
import type { TextTable } from '../scopes/identify';
import type { ControlHandle } from './find-controls';

export function pageTable(_doc: Document, _handles: readonly ControlHandle[]): TextTable | null {
  return null;
}
