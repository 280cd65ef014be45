/**
 * A preset's notes that must be read (`importantNotes`, utils/presets/types.ts): open, never
 * folded, with a heading that says so. The popup shows them above Fill form; the preset manager
 * and the preset-link review at the top of the preset.
 */
import { t } from '../../utils/i18n';

export function ImportantNotes({ notes }: { notes: readonly string[] }) {
  return (
    <div class="important-notes" role="note" aria-label={t('presets_important_notes')}>
      <strong>{t('presets_important_notes')}</strong>
      {notes.map((n, i) => (
        <p key={i}>{n}</p>
      ))}
    </div>
  );
}
