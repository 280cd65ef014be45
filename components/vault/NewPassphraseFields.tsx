/**
 * A new passphrase and its confirmation, with the policy hint and the live strength meter: the
 * first-run form, the change-passphrase form and the backup form ask for them the same way, under
 * one strength rule (passphrase-policy.ts).
 */
import { useEffect } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { PassphraseField } from './PassphraseField';
import { preloadStrength } from './passphrase-strength';
import { StrengthMeter } from './StrengthMeter';

export interface NewPassphraseFieldsProps {
  /** Accessible names, e.g. "New passphrase" / "Confirm passphrase". */
  labels: { next: string; confirmation: string };
  next: string;
  confirmation: string;
  onNext: (value: string) => void;
  onConfirmation: (value: string) => void;
  errors: { next?: string; confirmation?: string };
  disabled: boolean;
  /** Instead of the vault passphrase's hint (the backup's). */
  hint?: string;
  autoFocus?: boolean;
}

export function NewPassphraseFields({ labels, next, confirmation, onNext, onConfirmation, errors, disabled, hint, autoFocus }: NewPassphraseFieldsProps) {
  // The strength estimator's word lists load while the user types, not when they submit.
  useEffect(() => void preloadStrength().catch(() => undefined), []);
  return (
    <>
      <PassphraseField
        label={labels.next}
        value={next}
        onInput={onNext}
        autoComplete="new-password"
        hint={hint ?? t('vault_passphrase_hint')}
        error={errors.next}
        disabled={disabled}
        autoFocus={autoFocus}
        extra={(id) => <StrengthMeter id={id} passphrase={next} />}
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
