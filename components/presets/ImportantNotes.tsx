/**
 * A preset's notes that must be read (`importantNotes`, utils/presets/types.ts): open, never
 * folded, led by words that say so. The popup shows them above Fill form; the preset manager
 * and the preset-link review at the top of the preset.
 */
import { t } from '../../utils/i18n';

export function ImportantNotes({ notes }: { notes: readonly string[] }) {
  const label = t('presets_important_notes');
  return (
    <div class="important-notes" role="note" aria-label={label}>
      {notes.map((n, i) => (
        <p key={i}>
          {i === 0 && <strong>{label}: </strong>}
          {n}
        </p>
      ))}
    </div>
  );
}
