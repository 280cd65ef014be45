/**
 * A labelled password input with an optional hint, error and strength line, wired for screen
 * readers, and a "Show passphrase" toggle (issue 20, item 10): a toggle button (aria-pressed) that
 * switches the input between hidden and shown text and keeps the focus where it was.
 */
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

export function PassphraseField(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  autoComplete: 'new-password' | 'current-password';
  hint?: string;
  error?: string;
  disabled?: boolean;
  autoFocus?: boolean;
  inputRef?: { current: HTMLInputElement | null };
  /** Shown under the input and read with it (the strength meter); given its own id. */
  extra?: (id: string) => ComponentChildren;
}) {
  const id = useId();
  const [shown, setShown] = useState(false);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const extraId = `${id}-extra`;
  const describedBy = [props.hint ? hintId : '', props.extra ? extraId : '', props.error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="vault-field">
      <label for={id}>{props.label}</label>
      <div class="vault-passphrase">
        <input
          id={id}
          ref={props.inputRef}
          // tsc cannot narrow Preact's input-type union for a conditional (it refuses 'text' | 'password');
          // typescript-eslint's checker can, so it calls the assertion unnecessary.
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed by tsc, see above
          type={(shown ? 'text' : 'password') as 'password'}
          value={props.value}
          onInput={(e) => props.onInput(e.currentTarget.value)}
          autoComplete={props.autoComplete}
          spellcheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          autoFocus={props.autoFocus}
          disabled={props.disabled}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
        />
        <button type="button" class="vault-reveal" aria-pressed={shown} aria-controls={id} disabled={props.disabled} onClick={() => setShown((s) => !s)}>
          {t('vault_show_passphrase')}
        </button>
      </div>
      {props.hint && (
        <p id={hintId} class="vault-hint">
          {props.hint}
        </p>
      )}
      {props.extra?.(extraId)}
      {props.error && (
        <p id={errorId} class="vault-field-error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}
