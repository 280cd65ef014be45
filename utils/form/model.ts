/**
 * The plain, serialisable model of the create form that the DOM adapter collects
 * (utils/dom/scan-form.ts) and the pure logic decides on (utils/form/diff.ts, utils/form/plan.ts).
 * Nothing here refers to DOM nodes: rows are addressed by `key`, the adapter's handle.
 */
import type { LevelId, StencilAccess } from '../scopes/types';
import type { AnyScopeId } from '../scopes/ids';

/** How a dropdown is built: each needs its own way of being set. */
export type ControlKind =
  /** A native <select>. */
  | 'native-select'
  /** BigDesign 1.x+ Select: <input role="combobox"> (downshift ≥ 7). */
  | 'combobox'
  /** BigDesign 0.x Select: role="combobox" on a wrapper <div> around the input (downshift 6). */
  | 'legacy-combobox'
  /** A group of radio inputs (one per option). */
  | 'radios'
  /** A segmented pair of toggle buttons (aria-pressed / aria-checked / aria-selected). */
  | 'buttons'
  /** The account-level form (unverified): one checkbox per level of a resource, in a labelled group. */
  | 'checkboxes';

/**
 * How a row was identified (issue 10), strongest first: an attribute carrying a parameter string
 * or catalogue id; its label in a known language; its position in a list whose shape fits the
 * catalogue's documented order and nothing else, or between known neighbours where exactly one
 * catalogue row fits (the user must check those rows); or what the merchant taught Scopekeeper
 * about a label no table knows (utils/decide/taught.ts).
 */
export type RowSignal = 'attribute' | 'label' | 'position' | 'taught';

export interface ScopeRowModel {
  /** The adapter's handle for the row (its index in document order). */
  key: number;
  /** The label text as the page shows it. */
  label: string;
  /** The catalogue row it matched; null when the catalogue does not know the label. */
  scopeId: AnyScopeId | null;
  /** Which signal identified the row; null when none did. */
  signal: RowSignal | null;
  control: ControlKind;
  /** The option text currently selected. */
  currentText: string;
  /** That text resolved to a catalogue level; null when not recognised (or the row is unknown). */
  currentLevel: LevelId | null;
  /** Option texts in order, where known: native selects, or comboboxes once their menu was read. */
  offered: string[];
  /** Set by the background when the current option's text was not understood and its level was
   *  read by its place among the options (the count matches the catalogue row's). */
  levelByPosition?: boolean;
  /** Set by the background when some option text of the row was read by what the merchant taught
   *  about it ("Which level is …?", utils/decide/read-levels.ts). */
  levelTaught?: boolean;
}

export interface PageModel {
  /** Set on the account-level form (utils/dom/account-form.ts); absent on the store-level one. */
  kind?: 'account-level';
  /** The token type control's selected text, or null when the form has none. */
  tokenType: { key: number; control: ControlKind; currentText: string } | null;
  /** The account name input's value, or null when the form has none. */
  name: string | null;
  /** The read-only API path, or null when the form has none. */
  apiPath: string | null;
  /** Rows matched to the catalogue, plus rows with unknown labels (scopeId null). */
  rows: ScopeRowModel[];
  /**
   * The Stencil-CLI access level, where the form shows one (its scope rows are gone then).
   * `current` is null when the control's selection is not understood.
   */
  accessLevel: { key: number; control: ControlKind; current: StencilAccess | null } | null;
  /** The language table the page was read with ("en", "fr", …), or null when none fitted. */
  language: string | null;
}
