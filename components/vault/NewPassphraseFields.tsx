/**
 * A new passphrase and its confirmation, with the policy hint: the first-run form and the
 * change-passphrase form ask for them the same way.
 */
import { t } from '../../utils/i18n';
import { PassphraseField } from './PassphraseField';

export interface NewPassphraseFieldsProps {
  /** Accessible names, e.g. "New passphrase" / "Confirm passphrase". */
  labels: { next: string; confirmation: string };
  next: string;
  confirmation: string;
  onNext: (value: string) => void;
  onConfirmation: (value: string) => void;
  errors: { next?: string; confirmation?: string };
  disabled: boolean;
}

export function NewPassphraseFields({ labels, next, confirmation, onNext, onConfirmation, errors, disabled }: NewPassphraseFieldsProps) {
  return (
    <>
      <PassphraseField
        label={labels.next}
        value={next}
        onInput={onNext}
        autoComplete="new-password"
        hint={t('vault_passphrase_hint')}
        error={errors.next}
        disabled={disabled}
      />
      <PassphraseField
        label={labels.confirmation}
        value={confirmation}
        onInput={onConfirmation}
        autoComplete="new-password"
        error={errors.confirmation}
        disabled={disabled}
      />
    </>
  );
}
