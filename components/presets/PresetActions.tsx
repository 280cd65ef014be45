/**
 * What can be done with the shown preset. Built-ins are read-only: Duplicate and Export only.
 * Delete asks once more in place (no window.confirm: it can't be styled or themed).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

interface Props {
  name: string;
  builtin: boolean;
  onEdit: () => void;
  onDuplicate: () => void;
  onExport: () => void;
  onCopyLink: () => void;
  onDelete: () => void;
}

export function PresetActions({ name, builtin, onEdit, onDuplicate, onExport, onCopyLink, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the question: to "Cancel" when it appears, back to "Delete" when it goes.
  useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (wasConfirming.current) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <div class="preset-actions">
      <div class="actions">
        {!builtin && (
          <button type="button" class="primary" onClick={onEdit}>
            {t('presets_edit')}
          </button>
        )}
        <button type="button" class={builtin ? 'primary' : undefined} onClick={onDuplicate}>
          {t('presets_duplicate')}
        </button>
        <button type="button" onClick={onExport}>
          {t('presets_export')}
        </button>
        <button type="button" onClick={onCopyLink}>
          {t('presets_copy_link')}
        </button>
        {!builtin && (
          <button type="button" class="danger" ref={deleteButton} onClick={() => setConfirming(true)} aria-expanded={confirming}>
            {t('presets_delete')}
          </button>
        )}
      </div>
      {builtin && <p class="muted small">{t('presets_builtin_readonly')}</p>}
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="confirm-delete-text">
          <p id="confirm-delete-text">{t('presets_delete_confirm', name)}</p>
          <div class="actions">
            <button type="button" class="danger-solid" onClick={onDelete}>
              {t('presets_delete_yes')}
            </button>
            <button type="button" ref={cancel} onClick={() => setConfirming(false)}>
              {t('presets_delete_no')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
