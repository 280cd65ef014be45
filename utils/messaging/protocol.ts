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
import type { Preset } from '../presets/types';
import type { PresetIssue } from '../presets/issues';
import type { Vocabulary } from '../scopes/vocabulary';
import type { PageModel } from '../form/model';
import type { FillReport, PageDecision } from '../decide/types';
import type { LevelId, TokenType } from '../scopes/types';
import type { AnyScopeId } from '../scopes/ids';
import type { PageFacts } from '../form/page-report';
import type { LinkIntake, ReviewRow } from '../presets/link-intake';
import type { TaughtEntry, TaughtImport } from '../decide/taught-types';

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
  /** Each row's level as the form showed it at that trusted Save (null without one): a page that
   *  changes the form between the click and the pop-up cannot make the record claim more. */
  savedScopes: Partial<Record<AnyScopeId, LevelId>> | null;
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
export type CaptureReply =
  | {
      ok: true;
      recordId: string;
      missing: string[];
      rescued?: boolean;
      keepTxt?: boolean;
      /** The preset's hand-off key names ("Encrypt for …"). */
      sealFor?: string;
      /** The page's notice, worded by the background (utils/decide/capture-notice.ts). */
      notice: NoticeView;
    }
  | { ok: false; code: string };

/**
 * The capture notice as the background words it: its buttons carry opaque ids, which only the
 * tab they were given to can press ('notice:action', a trusted click); what a button does
 * happens in the background and extension pages, never in the page.
 */
export interface NoticeView {
  warn: boolean;
  title: string;
  detail: string;
  actions: Array<{ id: string; label: string }>;
}

export interface PresetsState {
  presets: Preset[];
  selectedId: string | null;
}

/**
 * A preset link waiting for the merchant's decision, as the review page shows it
 * (components/link-review/): the preset as the link carries it, what "Add preset" would do (added
 * as it is, added as a marked copy, or an identical preset chosen), and its rows marked where they
 * ask a row's highest level; or the problems, each with its field path. `home`: the store hash
 * (or 'account') whose create page the link's tab reached.
 */
export type LinkReviewData =
  | { ok: true; home: string; at: number; linked: Preset; intake: LinkIntake; rows: ReviewRow[]; allTop: boolean }
  | { ok: false; home: string; problems: string[] };

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
 *  a record of this store (the sender's) has that name, and whether the account, not in the vault,
 *  was on the list the first time Scopekeeper read it (made before Scopekeeper was installed,
 *  utils/list-baseline.ts). Never a name it did not send, an id or a value. */
export type MembershipReply = { ok: true; inVault: boolean[]; before: boolean[] } | { ok: false };

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
  /** A trusted Save was just clicked, or is about to be (the pointer or focus on the form's Save):
   *  a credentials pop-up may follow. The service worker starts (if it was asleep) and reads the
   *  vault's key while the control panel saves, so the capture does not wait for either
   *  (utils/background/receive-capture.ts). Carries nothing. */
  'capture:expect': { payload: Empty; reply: { ok: true } };
  /** A preset link's fragment, from the deep-link page or a create page loaded with it (the
   *  background parses it); it belongs to the sender's tab. */
  'link:found': { payload: { fragment: string }; reply: { ok: true } };
  /** Show that a preset link is waiting for this tab and store, if one is, in the sender's frame:
   *  the background injects the notice there (entrypoints/link-offer.ts). */
  'link:show': { payload: Empty; reply: { ok: true } };
  /** Whether a link is still waiting for this tab and store (the notice goes once it is settled). */
  'link:waiting': { payload: Empty; reply: { waiting: boolean } };
  /** The merchant pressed Review (a trusted click): the background opens the review page. The
   *  decision is made there, never in the page. */
  'link:review': { payload: Empty; reply: { ok: boolean } };
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
    reply: PageDecision;
  };
  /** "Copy page report": the JSON, assembled from what the page read (utils/dom/page-report.ts). */
  'page-report:build': { payload: { facts: PageFacts }; reply: { json: string } };
  /** The merchant taught a row label or a level word no table knows (a trusted choice in the row's
   *  "Which scope is …?" or "Which level is …?"): remembered for this form, the page's language and
   *  the text (utils/background/taught-store.ts). `value`: a catalogue id, or '-' (NOT_A_SCOPE) for
   *  "Not a scope", for a row; a level id for a level word. */
  'taught:set': { payload: { language: string | null; kind: 'row' | 'level'; label: string; value: string }; reply: { ok: boolean } };
  /** A trusted click on a capture notice's button (NoticeView's action id): the background opens
   *  the vault at the record, or the vault downloading the file it sealed for the hand-off keys. */
  'notice:action': { payload: { id: string }; reply: { ok: boolean } };
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
  /** The review page's link (`offer`: the id in its URL); null once settled or expired. */
  'link:review-get': { payload: { offer: string }; reply: LinkReviewData | null };
  /** Adds the link's preset (never over another: a marked copy when its id or name is taken) and chooses it. */
  'link:review-add': { payload: { offer: string }; reply: { ok: boolean; presetId?: string } };
  'link:review-dismiss': { payload: { offer: string }; reply: { ok: true } };
  /** Every taught row (the options page's "Taught rows"). */
  'taught:list': { payload: Empty; reply: TaughtEntry[] };
  /** Forget taught rows by id, or all of them (`ids` null). */
  'taught:forget': { payload: { ids: string[] | null }; reply: { ok: true } };
  /** A taught-rows file's text: merged only if the whole file is good; `problems` otherwise. */
  'taught:import': { payload: { text: string }; reply: TaughtImport };
  /** The file a capture notice's "Encrypt for …" had sealed (the id in the vault page's URL):
   *  age ciphertext, base64, and the key names; null once gone (kept an hour, this session). */
  'notice:file': { payload: { id: string }; reply: { name: string; base64: string; recordId: string; sealedFor: string } | null };
};

/** The shape every map has: per request type, a payload object and a reply. */
type Protocol = Record<string, { payload: object; reply: unknown }>;

export type Payload<P extends Protocol, K extends keyof P> = P[K]['payload'];
export type Reply<P extends Protocol, K extends keyof P> = P[K]['reply'];
/** A request on the wire: its type beside its payload's fields. */
type Request<P extends Protocol, K extends keyof P> = { type: K } & Payload<P, K>;

export type BackgroundRequest = { [K in keyof BackgroundProtocol]: Request<BackgroundProtocol, K> }[keyof BackgroundProtocol];
export type TabRequest = { [K in keyof TabProtocol]: Request<TabProtocol, K> }[keyof TabProtocol];
