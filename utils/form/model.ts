/**
 * The plain, serialisable model of the create form that the DOM adapter collects
 * (utils/dom/scan-form.ts) and the pure logic decides on (utils/form/diff.ts, utils/form/plan.ts).
 * Nothing here refers to DOM nodes: rows are addressed by `key`, the adapter's handle.
 */
import type { AccountLevelId } from '../scopes/account-catalogue';
import type { LevelId } from '../scopes/types';

/** A store-level level, or an account-level one (which adds write and delete). */
export type AnyLevelId = LevelId | AccountLevelId;

/** How a dropdown is built: each needs its own way of being set. */
export type ControlKind =
  /** A native <select>. */
  | 'native-select'
  /** BigDesign 1.x+ Select: <input role="combobox"> (downshift ≥ 7). */
  | 'combobox'
  /** BigDesign 0.x Select: role="combobox" on a wrapper <div> around the input (downshift 6). */
  | 'legacy-combobox'
  /** Account-level form (unverified): one checkbox per level of a resource, in a labelled group. */
  | 'checkboxes';

export interface ScopeRowModel {
  /** The adapter's handle for the row (its index in document order). */
  key: number;
  /** The label text as the page shows it. */
  label: string;
  /** The catalogue row it matched; null when the catalogue does not know the label. */
  scopeId: string | null;
  control: ControlKind;
  /** The option text currently selected. */
  currentText: string;
  /** That text resolved to a catalogue level; null when not recognised (or the row is unknown). */
  currentLevel: AnyLevelId | null;
  /** Option texts, where the control exposes them without opening (native selects only). */
  offered: string[];
}

export interface PageModel {
  /** Set on the account-level form; absent on the store-level one. */
  kind?: 'account-level';
  /** The token type control's selected text, or null when the form has none. */
  tokenType: { key: number; control: ControlKind; currentText: string } | null;
  /** The account name input's value, or null when the form has none. */
  name: string | null;
  /** The read-only API path, or null when the form has none. */
  apiPath: string | null;
  /** Rows matched to the catalogue, plus rows with unknown labels (scopeId null). */
  rows: ScopeRowModel[];
}
