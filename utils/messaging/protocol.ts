/**
 * The one map of every message between the extension's parts: for each request type, its
 * payload and its reply. Types only (no zod), so the content script stays small; the background
 * validates what content scripts send (utils/background/message-schemas.ts), because a
 * compromised page may forge those.
 *
 * Two directions, two maps:
 * - BackgroundProtocol: content script → background (runtime.sendMessage).
 * - TabProtocol: extension pages (popup) → the content script in a tab (tabs.sendMessage).
 * Senders and receivers go through ./send.ts and ./receive.ts, which are typed by these maps, so
 * no caller casts a message or a reply.
 */
import type { PageKind } from '../control-panel-url';
import type { Preset, TokenType } from '../presets/types';

/** What a content script read from a credentials pop-up and its form. */
export interface CapturePayload {
  /** Random per pop-up: a repeated message is stored once. */
  captureId: string;
  popup: { clientId: string | null; clientSecret: string | null; accessToken: string | null };
  form: {
    name: string | null;
    apiPath: string | null;
    /** Which token type the form's control named; null when it named none or had none. */
    tokenType: TokenType | null;
    scopes: Record<string, string>;
    /** Present when the pop-up came from the account-level form; its resources are then in
     *  `accountScopes` (resource id → highest level ticked) and `scopes` is empty. */
    kind?: 'account-level';
    accountScopes?: Record<string, string>;
  };
}

/** Never echoes a value back: only whether it was sealed, and which fields were missing. */
export type CaptureReply = { ok: true; recordId: string; missing: string[] } | { ok: false; code: string };

export interface PresetsState {
  presets: Preset[];
  selectedId: string | null;
}

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

/**
 * The list page's view of the vault: this store's (the sender's) store-level records that are
 * not archived, by name. Record ids only so that one can be archived; never a value.
 */
export type StoreRecordsReply = { ok: true; records: { id: string; name: string }[] } | { ok: false };

/** Content script → background. */
export type BackgroundProtocol = {
  'presets:get': { payload: Record<string, never>; reply: PresetsState };
  'presets:select': { payload: { id: string | null }; reply: { ok: true } };
  capture: { payload: CapturePayload; reply: CaptureReply };
  'vault:store-records': { payload: Record<string, never>; reply: StoreRecordsReply };
  /** Archive (hide, undoable in the vault) a record of the sender's store. */
  'vault:archive': { payload: { recordId: string }; reply: { ok: boolean } };
};

/** Extension pages → the content script of a tab. */
export type TabProtocol = {
  'page:status': { payload: Record<string, never>; reply: PageStatus };
  /** Carries the preset itself: the popup already has it, the page need not ask for it again. */
  'page:fill': { payload: { preset: Preset }; reply: FillReport };
};

/** The shape both maps have: per request type, a payload object and a reply. */
type Protocol = Record<string, { payload: object; reply: unknown }>;

export type Payload<P extends Protocol, K extends keyof P> = P[K]['payload'];
export type Reply<P extends Protocol, K extends keyof P> = P[K]['reply'];
/** A request on the wire: its type beside its payload's fields. */
export type Request<P extends Protocol, K extends keyof P> = { type: K } & Payload<P, K>;

export type BackgroundRequest = { [K in keyof BackgroundProtocol]: Request<BackgroundProtocol, K> }[keyof BackgroundProtocol];
export type TabRequest = { [K in keyof TabProtocol]: Request<TabProtocol, K> }[keyof TabProtocol];
