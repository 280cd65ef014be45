/**
 * What a capture records about the merchant's choice, looked up here rather than taken from the
 * page: the preset chosen in Scopekeeper (storage.local, shared by every tab, the popup and the
 * in-page panel), which of its optional rows were included on this store,
 * whether its integrator needs the .txt kept, and the integrator's hand-off key then in force. A page cannot forge any of it.
 * After a trusted Save it also compares the form as saved with that preset (which of its required
 * rows were not set, utils/decide/saved-form.ts): the record then says what was saved, not only
 * what it was meant for.
 */
import { excludedRows, optionalRowIds } from '../presets/choice';
import { presetKind, type Preset, type PresetKind } from '../presets/types';
import type { CaptureHeaderInputs } from '../vault/seal';
import { requiredRowsNotSet } from '../decide/saved-form';
import type { FieldSelection } from '../export/credential';

/** The form as read when the pop-up appeared: compared only when a trusted Save preceded it and
 *  the form's rows were read (a page that drew the pop-up itself saved no form). */
interface SavedForm {
  trustedSave: boolean;
  scopes: Readonly<Record<string, string>>;
}

/** `chosen`: the preset chosen now (utils/presets/chosen-snapshot.ts); `choices`: the optional-row
 *  choices stored for this store (utils/presets/choice-store.ts choicesForStore: presetId → rows
 *  left out), read beside the preset rather than after it; `kind` is the form the credential came from. */
export function captureContext(
  chosen: Preset | null,
  choices: Readonly<Record<string, readonly string[]>>,
  kind: PresetKind = 'store-level',
  saved?: SavedForm,
): Pick<CaptureHeaderInputs, 'optional' | 'presetId' | 'handoff' | 'atSave'> & { keepTxt: boolean; sealFor?: string; credentialFields?: FieldSelection } {
  // A preset for the other form (store-level vs account-level) was not what made this credential.
  const preset = chosen && presetKind(chosen) === kind ? chosen : null;
  if (!preset) return { keepTxt: false, presetId: null };
  const optional = optionalRowIds(preset);
  const excluded = excludedRows(preset, choices[preset.id]);
  // The integrator's key as it is now, bound into the record: a later preset link or edit that
  // changes the key never re-aims this record (utils/vault/handoff-recipients.ts).
  const keys = preset.handoff ? [preset.handoff, ...(preset.handoff.more ?? [])] : [];
  // A Stencil-CLI token's form has no scope rows to compare.
  const compared = saved?.trustedSave && Object.keys(saved.scopes).length > 0 && preset.tokenType !== 'stencil-cli';
  return {
    presetId: preset.id,
    keepTxt: preset.keepTxt === true,
    // What the notice's "Encrypt for …" file holds, as the vault's does by default.
    ...(preset.credentialFields ? { credentialFields: preset.credentialFields } : {}),
    // Who "Encrypt for …" seals for: the key names, when the preset's hand-off names them.
    ...(preset.handoff?.name ? { sealFor: [preset.handoff.name, ...(preset.handoff.more ?? []).flatMap((m) => (m.name ? [m.name] : []))].join(', ') } : {}),
    ...(keys.length > 0 ? { handoff: keys.map((k) => ({ recipient: k.recipient, ...(k.name ? { name: k.name } : {}) })) } : {}),
    ...(optional.length > 0 ? { optional: { included: optional.filter((id) => !excluded.has(id)), excluded: [...excluded] } } : {}),
    ...(compared ? { atSave: { unset: requiredRowsNotSet(preset, saved.scopes) } } : {}),
  };
}
