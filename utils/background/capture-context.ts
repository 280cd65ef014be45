/**
 * What a capture records about the merchant's choice, looked up here rather than taken from the
 * page: the preset chosen in Scopekeeper (storage.local, shared by every tab, the popup and the
 * in-page panel), which of its optional rows were included on this store,
 * and whether its integrator needs the .txt kept. A page cannot forge any of it.
 */
import { excludedFor } from '../presets/choice-store';
import { optionalRowIds } from '../presets/choice';
import { getPresetsState } from '../presets/store';
import { presetKind, type PresetKind } from '../presets/types';
import type { CaptureHeaderInputs } from '../vault/seal';

/** `storeHash` keys the optional-row choices; `kind` is the form the credential came from. */
export async function captureContext(
  storeHash: string,
  kind: PresetKind = 'store-level',
): Promise<Pick<CaptureHeaderInputs, 'optional' | 'presetId'> & { keepTxt: boolean; sealFor?: string }> {
  const { presets, selectedId } = await getPresetsState();
  // A preset for the other form (store-level vs account-level) was not what made this credential.
  const preset = presets.find((p) => p.id === selectedId && presetKind(p) === kind);
  if (!preset) return { keepTxt: false, presetId: null };
  const optional = optionalRowIds(preset);
  const excluded = await excludedFor(storeHash, preset);
  return {
    presetId: preset.id,
    keepTxt: preset.keepTxt === true,
    // Who "Encrypt for …" seals for: the key names, when the preset's hand-off names them.
    ...(preset.handoff?.name ? { sealFor: [preset.handoff.name, ...(preset.handoff.more ?? []).flatMap((m) => (m.name ? [m.name] : []))].join(', ') } : {}),
    ...(optional.length > 0 ? { optional: { included: optional.filter((id) => !excluded.has(id)), excluded: [...excluded] } } : {}),
  };
}
