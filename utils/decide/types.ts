/**
 * What deciding produces, as plain types: the diff of a form against a preset, the fill's steps,
 * the words for the panel, markers and popup, and a fill's outcome. Types only, so the message
 * protocol (utils/messaging/protocol.ts) and the content script can name them without importing
 * the deciding code.
 */
import type { PageModel, RowSignal } from '../form/model';
import type { LevelId, StencilAccess, TokenType } from '../scopes/types';
import type { TaughtEntry } from './taught-types';

export type RowStatus =
  /** The preset names the row and the form is below it. */
  | 'missing'
  /** The form has the preset's level, or the default for a row the preset leaves alone. */
  | 'right'
  /** The form grants more than the preset needs (least privilege). */
  | 'over-granted'
  /** The row's current option text is not a level the catalogue knows. */
  | 'unrecognised';

export interface RowDiff {
  key: number;
  scopeId: string;
  label: string;
  current: LevelId | null;
  /** The preset's level, or the row's default when the preset does not name it. */
  target: LevelId;
  /** Whether the preset names this row at all. */
  inPreset: boolean;
  required: boolean;
  /** An optional row the merchant left out: its target is the row's default. */
  excluded: boolean;
  status: RowStatus;
  /** How the row was identified: 'position' rows must be checked by the user. */
  signal: RowSignal | null;
  /** Its current level was read by its place among the options (to be checked too). */
  levelByPosition: boolean;
}

export interface FormDiff {
  rows: RowDiff[];
  /** Rows on the page whose label the catalogue does not know. */
  unknownRows: string[];
  /** Scopes the preset names that the page does not show. */
  absentScopes: string[];
  /** How many known rows are right. */
  matching: number;
  name: { value: string | null; ok: boolean };
  tokenType: { value: string | null; ok: boolean };
  /** The Stencil-CLI access level against a Stencil preset's; null when neither asks for one. */
  accessLevel: { wanted: StencilAccess; current: StencilAccess | null; present: boolean; ok: boolean } | null;
}

export type FillStep =
  | { kind: 'token-type'; key: number; tokenType: TokenType }
  | { kind: 'name'; value: string }
  | { kind: 'access-level'; key: number; access: StencilAccess }
  /** `byPosition`: the row was identified by its place, so its level is chosen by option order too.
   *  `texts`: option texts the merchant taught for `level` (chosen when no table reads an option as it).
   *  `boxTexts`: for a checkbox group (one box per level, ticked up to `level`), the words taught
   *  for every level, so a box no table reads is still known. */
  | { kind: 'scope'; key: number; scopeId: string; label: string; level: LevelId; byPosition: boolean; texts?: string[]; boxTexts?: Partial<Record<LevelId, string[]>> };

export interface StatusView {
  /** The headline. */
  status: string;
  /** Problems worth the user's attention, one sentence each, rows named. */
  problems: string[];
  /** The page is not fully understood: offer "Copy page report". */
  puzzled: boolean;
  /** Everything the preset needs is on the page and verified. */
  verified: boolean;
  /** Verified, and nothing else is left to do on the form (what "Form filled" may follow). */
  done: boolean;
  /**
   * The same, in the page's language, with the panel's own words (issue 20, item 6): the panel
   * shows this, the popup the view above, in the browser's language.
   */
  page?: PageView;
}

/** The panel's headline, problems and fixed words in the page's language. */
export interface PageView {
  status: string;
  problems: string[];
  words: PanelWords;
}

/** The panel's fixed words, in the page's language; `lang` its BCP 47 tag ('' for the browser's). */
export interface PanelWords {
  lang: string;
  title: string;
  presetLabel: string;
  choosePreset: string;
  fill: string;
  includeLegend: string;
  pageReport: string;
  pageReportCopied: string;
  pageReportFailed: string;
  notes: string;
  /** The heading of the notes that must be read (shown open above Fill form). */
  importantNotes: string;
  sources: string;
}

export interface MarkerView {
  key: number;
  text: string;
  className: string;
  status: string;
  /** The catalogue row the marker speaks of ('' for an unknown row), and how it was identified. */
  scope: string;
  signal: string;
  /** A row no signal identified: the marker asks the merchant which row it is (a native select). */
  teach?: TeachQuestion;
  /** Option texts of the row no table reads: "Which level is <text>?", one select each. */
  levels?: TeachQuestion[];
}

/**
 * "Which scope is <label>?" with the catalogue rows (those the page does not show yet first), or
 * "Which level is <option text>?" with the row's levels.
 */
export interface TeachQuestion {
  kind: 'row' | 'level';
  /** The row label or option text asked about, as the page shows it (what the answer is stored under). */
  subject: string;
  /** The select's accessible name. */
  question: string;
  /** The first, empty option ("Choose…"). */
  prompt: string;
  /** value: a catalogue id, or NOT_A_SCOPE ('-', ./taught.ts) for "Not a scope"; a level id. */
  choices: { value: string; text: string }[];
  /** What the merchant taught for this row or text ('' when nothing yet). */
  current: string;
}

/** An optional row's tick as the panel shows it ("Include Orders"). */
export interface OptionalTick {
  id: string;
  text: string;
  included: boolean;
}

/** Where each row, the name and the access level should end after a fill (./decide.ts). */
export interface FillTargets {
  /** The name to type into an empty Name field, if the preset has one. */
  name: string | null;
  access: StencilAccess | null;
  /** Every row of the form's catalogue, by id: the preset's level, or the row's default. */
  levels: Record<string, LevelId>;
  /** The option texts the merchant taught for each level on pages in this language. */
  texts: Partial<Record<LevelId, string[]>>;
}

export interface Decision {
  /** The model as decided on: rows the page could not read by label may be read by position. */
  model: PageModel;
  diff: FormDiff | null;
  view: StatusView;
  markers: MarkerView[] | null;
  steps: FillStep[];
  /** Where the fill should leave the form (null without a preset): re-planning after the page
   *  re-renders mid-fill needs no second decision. */
  targets: FillTargets | null;
  /** The chosen preset's optional rows, each with its "Include" tick (none without a preset). */
  optional: OptionalTick[];
  /** After a fill (the reading it left, and the steps that failed): its outcome in words. */
  fill: FillReport | null;
  /** Taught mappings this page contradicts: the background forgets them (the view says so). */
  contradicted?: TaughtEntry[];
}

/**
 * A decision as the page is told it: without the reading it was made on (the page has that
 * reading), the diff behind its words (the words say it), and the taught mappings the background
 * forgets. Half the size of the whole on the wire, for every reading the panel asks about.
 */
export type PageDecision = Omit<Decision, 'model' | 'diff' | 'contradicted'>;

export interface FillReport {
  /** True only when everything the preset needs was set and verified. */
  ok: boolean;
  /** A sentence for the user. */
  message: string;
  notSet: string[];
  /** The page's headline and problems after the fill (the popup shows them). */
  problems?: string[];
}
