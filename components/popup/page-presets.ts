/**
 * Which presets the popup offers on a tab: on a create page only those for its form (an
 * account-level preset cannot fill the store-level form, nor the other way round). The chosen
 * preset is global; when it is for the other form it reads as none chosen here (and the popup
 * says why) rather than showing, or filling, the wrong one. The choice itself is kept.
 */
import { presetKind, type Preset, type PresetKind } from '../../utils/presets/types';

export interface PageChoice {
  /** The presets to list. */
  presets: Preset[];
  /** The chosen preset, if it fits the tab's form. */
  selected: Preset | null;
  /** The chosen preset when it is for the other form (then `selected` is null). */
  otherForm: Preset | null;
}

export function pageChoice(all: readonly Preset[], selectedId: string | null, form: PresetKind | null): PageChoice {
  const fits = (p: Preset) => form === null || presetKind(p) === form;
  const chosen = all.find((p) => p.id === selectedId) ?? null;
  return {
    presets: all.filter(fits),
    selected: chosen && fits(chosen) ? chosen : null,
    otherForm: chosen && !fits(chosen) ? chosen : null,
  };
}
