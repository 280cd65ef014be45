/**
 * The one map of every message between the extension's parts: for each request type, its
 * payload and its reply. Types only (no zod), so the content script stays small; the background
 * validates what content scripts send (utils/background/message-schemas.ts), because a
 * compromised page may forge those.
 *
 * Three directions, three maps:
 * - BackgroundProtocol: content script → background (runtime.sendMessage).
 * - ExtensionProtocol: extension pages (popup, options) → background: the intents that change
 *   preset state, which only the background writes (one writer per piece of state).
 * - TabProtocol: extension pages (popup) → the content script in a tab (tabs.sendMessage).
 * Senders and receivers go through ./send.ts and ./receive.ts, which are typed by these maps, so
 * no caller casts a message or a reply.
 */
import type { PageKind } from '../control-panel-url';
import type { Preset, PresetSource } from '../presets/types';
import type { PresetIssue } from '../presets/issues';
import type { Vocabulary } from '../scopes/vocabulary';
import type { PageModel } from '../form/model';
import type { Decision, FillReport } from '../decide/types';
import type { LevelId, TokenType } from '../scopes/types';
import type { AnyScopeId } from '../scopes/ids';
import type { PageFacts } from '../form/page-report';

/** A request that carries nothing but its type. */
type Empty = Record<never, never>;

/** What a content script read from a credentials pop-up and its form. */
export interface CapturePayload {
  /** Random per pop-up: a repeated message is stored once. */
  captureId: string;
  popup: {
    clientId: string | null;
    clientSecret: string | null;
    accessToken: string | null;
    /** Credential-shaped values whose label was not understood, with the label shown beside them. */
    labelled: Array<{ label: string; value: string }>;
  };
  /** Whether a trusted Save (a real click on the create form's own Save control, or Enter in that
   *  form) came shortly before the pop-up: a page script can render a pop-up, it cannot make a
   *  trusted event; a click on any other button is not a Save. */
  trustedSave: boolean;
  /** The form's API path as it was at that trusted Save (null without one): an account-level
   *  capture whose account the form did not show at Save is marked unverified. */
  savedApiPath: string | null;
  form: {
    name: string | null;
    apiPath: string | null;
    /** Which token type the form's control named; null when it named none or had none. */
    tokenType: TokenType | null;
    scopes: Partial<Record<AnyScopeId, LevelId>>;
  };
}

/** Never echoes a value back: only whether it was sealed, and which fields were missing.
 *  `rescued`: the vault's header could not be read, so the capture was sealed into the rescue
 *  vault instead. Refusals the content script retries: 'busy' (a storage bound was reached) and
 *  'storage' (the write failed, e.g. quota). `keepTxt`: the chosen preset's integrator needs
 *  BigCommerce's .txt kept (the notice says so). */
export type CaptureReply = { ok: true; recordId: string; missing: string[]; rescued?: boolean; keepTxt?: boolean } | { ok: false; code: string };

export interface PresetsState {
  presets: Preset[];
  selectedId: string | null;
}

/**
 * A preset link the merchant opened, as the create page's panel shows it (components/page/link-offer.ts): the preset, checked by
 * the background with the file parser and already put into words (rows and levels as the form
 * names them), or the problems, each with its field path. The content script only renders it.
 */
export type LinkOffer =
  | {
      ok: true;
      name: string;
      /** The description, token type and account name: a line each. */
      details: string[];
      /** "Content: modify (required)", in the form's order. */
      rows: string[];
      sources: PresetSource[];
      /** Adding it replaces the merchant's earlier version (same id). */
      replaces: boolean;
    }
  | { ok: false; problems: string[] };

/** What the content script says about its tab. */
export interface PageStatus {
  kind: PageKind;
  storeHash: string | null;
  /** Whether the create form's scope rows were found (the page may still be rendering). */
  formFound: boolean;
  /** The panel's headline ("27 of 28 scopes match.", "Not on this page: …"), when a form and preset are there. */
  summary: string | null;
  /** The panel's problems, rows named. */
  problems: string[];
  /** The page is not fully understood: the popup offers "Copy page report". */
  puzzled: boolean;
}

/** Content script → background. */
/** The list page's view of the vault: for each name its table shows (in the order sent), whether
 *  a record of this store (the sender's) has that name. Never a name it did not send, an id or a value. */
export type MembershipReply = { ok: true; inVault: boolean[] } | { ok: false };

export type BackgroundProtocol = {
  /** The content script is on the store-level list page: inject the list-page audit module into its frame. */
  'list:audit': { payload: Empty; reply: { ok: boolean } };
  /** The content script is on an account-level page of the store panel: inject the account-level
   *  module (entrypoints/account-page.ts) into its frame. */
  'account:load': { payload: Empty; reply: { ok: boolean } };
  /** Which of the names the list page's table shows are in the vault (for this store). */
  'vault:membership': { payload: { names: string[] }; reply: MembershipReply };
  'presets:get': { payload: Empty; reply: PresetsState };
  'presets:select': { payload: { id: string | null }; reply: { ok: true } };
  /** The complete list of optional rows left out, for the sender's store (form:decide reads it there). */
  'choices:set': { payload: { presetId: string; excluded: string[] }; reply: { ok: true } };
  capture: { payload: CapturePayload; reply: CaptureReply };
  /** A preset link's fragment, from the deep-link page or a create page (the background parses it). */
  'link:found': { payload: { fragment: string }; reply: { ok: true } };
  /** Show the pending preset link, if any, in the sender's frame: the background injects the
   *  offer's UI there (entrypoints/link-offer.ts), which asks link:get. */
  'link:show': { payload: Empty; reply: { ok: true } };
  /** The pending preset link, if any (null: none, expired, or dismissed). */
  'link:get': { payload: Empty; reply: LinkOffer | null };
  /** Adds the linked preset and chooses it; never fills. */
  'link:add': { payload: Empty; reply: { ok: boolean } };
  'link:dismiss': { payload: Empty; reply: { ok: true } };
  /** The catalogue's rows, the language tables (with the credentials pop-up's labels in every
   *  language, for reading it) and the in-page styles, sent rather than bundled (content-script budget). */
  'vocabulary:get': { payload: Empty; reply: Vocabulary };
  /** Inject the in-page UI (panel, markers) into the sender's frame: it is not in the content
   *  script (budget); see components/page/ui.ts. `ok`: injected, the UI is installed. */
  'page-ui:load': { payload: Empty; reply: { ok: boolean } };
  /** How the form the page read stands against a preset, in words, and the fill's steps. The
   *  optional rows left out are the background's own record for the sender's store (choices:set). */
  'form:decide': {
    /** The preset by id: the background owns the presets and looks it up. `failed`: after a fill,
     *  the labels of its steps that failed (the decision words the outcome and the view with it). */
    payload: { model: PageModel; presetId: string | null; lastFill: FillReport | null; failed?: string[] };
    reply: Decision;
  };
  /** "Copy page report": the JSON, assembled from what the page read (utils/dom/page-report.ts). */
  'page-report:build': { payload: { facts: PageFacts }; reply: { json: string } };
};

/** Extension pages → the content script of a tab. */
export type TabProtocol = {
  'page:status': { payload: Empty; reply: PageStatus };
  /** Fill with the preset of this id (the popup has chosen it through the background first; the
   *  background looks it up, with the optional rows left out on this store, when deciding). */
  'page:fill': { payload: { presetId: string }; reply: FillReport };
  /** The page report's JSON (see utils/dom/page-report.ts). */
  'page:report': { payload: Empty; reply: { json: string } };
};

/** A change to presets refused, with its problems at field paths; or done, with its result. */
export type PresetResult<T> = { ok: true; value: T } | { ok: false; issues: PresetIssue[] };

export interface ImportOutcome {
  added: Preset[];
  /** Custom presets the file replaced (same id): an integrator's newer version of its own file. */
  replaced: Preset[];
}

/** Extension pages → background: every write of preset state goes through here. */
export type ExtensionProtocol = {
  'presets:select': { payload: { id: string | null }; reply: { ok: true } };
  /** The complete list of optional rows left out of a preset on one store (`home`: its hash, or
   *  'account' for the account control panel). */
  'choices:set': { payload: { home: string; presetId: string; excluded: string[] }; reply: { ok: true } };
  /** Create a custom preset (its id must be new) or replace one (ids never change). */
  'presets:save': { payload: { preset: unknown; target: { mode: 'create' } | { mode: 'update'; id: string } }; reply: PresetResult<Preset> };
  'presets:delete': { payload: { id: string }; reply: { ok: boolean } };
  /** A preset file's text: added only if the whole file is good. */
  'presets:import': { payload: { text: string }; reply: PresetResult<ImportOutcome> };
};

/** The shape every map has: per request type, a payload object and a reply. */
type Protocol = Record<string, { payload: object; reply: unknown }>;

export type Payload<P extends Protocol, K extends keyof P> = P[K]['payload'];
export type Reply<P extends Protocol, K extends keyof P> = P[K]['reply'];
/** A request on the wire: its type beside its payload's fields. */
export type Request<P extends Protocol, K extends keyof P> = { type: K } & Payload<P, K>;

export type BackgroundRequest = { [K in keyof BackgroundProtocol]: Request<BackgroundProtocol, K> }[keyof BackgroundProtocol];
export type TabRequest = { [K in keyof TabProtocol]: Request<TabProtocol, K> }[keyof TabProtocol];
