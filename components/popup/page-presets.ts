/**
 * Which presets the popup offers on a tab: on a create page only those for its form (an
 * account-level preset cannot fill the store-level form, nor the other way round; the panel
 * offers the same, through presetsFor). The chosen preset is global; when it is for the other
 * form it reads as none chosen here (and the popup says why) rather than showing, or filling, the
 * wrong one. The choice itself is kept.
 */
import type { PresetsState } from '../../utils/messaging/protocol';
import { presetsFor } from '../../utils/presets/store';
import type { Preset, PresetKind } from '../../utils/presets/types';

export interface PageChoice {
  /** The presets to list. */
  presets: Preset[];
  /** The chosen preset, if it fits the tab's form. */
  selected: Preset | null;
  /** The chosen preset when it is for the other form (then `selected` is null). */
  otherForm: Preset | null;
}

/** `form` null: the tab's form is unknown, every preset fits. */
export function pageChoice(state: PresetsState, form: PresetKind | null): PageChoice {
  const shown = form ? presetsFor(state, form) : state;
  const selected = shown.presets.find((p) => p.id === shown.selectedId) ?? null;
  const chosen = state.presets.find((p) => p.id === state.selectedId) ?? null;
  return { presets: shown.presets, selected, otherForm: chosen && !selected ? chosen : null };
}
