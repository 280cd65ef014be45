/**
 * The manager's data: built-ins, custom presets (live: another options tab may change them), and
 * how many stored entries could not be read.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { readCustomPresets, watchCustomPresets } from '../../utils/presets/store';
import { BUILTIN_PRESETS } from '../../utils/presets/builtin';
import type { Preset } from '../../utils/presets/types';

export type Library =
  | { kind: 'loading' }
  | { kind: 'error' }
  | { kind: 'ready'; builtin: readonly Preset[]; custom: Preset[]; skipped: number };

export function usePresetLibrary() {
  const [library, setLibrary] = useState<Library>({ kind: 'loading' });

  const reload = useCallback(async () => {
    try {
      const { presets, skipped } = await readCustomPresets();
      setLibrary({ kind: 'ready', builtin: BUILTIN_PRESETS, custom: presets, skipped });
    } catch {
      setLibrary({ kind: 'error' });
    }
  }, []);

  useEffect(() => {
    void reload();
    return watchCustomPresets(() => void reload());
  }, [reload]);

  return { library, reload };
}
