/**
 * The messages between the extension's parts. Types only (no zod), so the content script stays
 * small; the background validates what content scripts send with utils/background/message-schemas.ts.
 */
import type { Preset } from '../presets/types';
import type { PageKind } from '../control-panel-url';

/** Content script → background. */
export type ContentRequest = { type: 'presets:get' } | { type: 'presets:select'; id: string | null } | CaptureRequest;

/** What a content script read from a credentials pop-up and its form. */
export interface CaptureRequest {
  type: 'capture';
  /** Random per pop-up: a repeated message is stored once. */
  captureId: string;
  popup: { clientId: string | null; clientSecret: string | null; accessToken: string | null };
  form: { name: string | null; apiPath: string | null; tokenType: string | null; scopes: Record<string, string> };
}

/** Never echoes a value back: only whether it was sealed, and which fields were missing. */
export type CaptureReply = { ok: true; recordId: string; missing: string[] } | { ok: false; code: string };

export interface PresetsState {
  presets: Preset[];
  selectedId: string | null;
}

/** Extension pages (popup) → content script in a tab. */
export type TabRequest = { type: 'page:status' } | { type: 'page:fill'; presetId: string };

/** What the content script says about its tab. */
export interface PageStatus {
  kind: PageKind;
  storeHash: string | null;
  /** Whether the create form's scope rows were found (the page may still be rendering). */
  formFound: boolean;
  /** "27 of 28 scopes match", when a form and preset are there. */
  summary: string | null;
}

export interface FillReport {
  ok: boolean;
  /** A sentence for the user. */
  message: string;
  notSet: string[];
}
