/** A labelled password input with an optional hint and error, wired for screen readers. */
import { useId } from 'preact/hooks';

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
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="vault-field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        ref={props.inputRef}
        type="password"
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        autoComplete={props.autoComplete}
        spellcheck={false}
        autoCapitalize="off"
        autoFocus={props.autoFocus}
        disabled={props.disabled}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
      />
      {props.hint && (
        <p id={hintId} class="vault-hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={errorId} class="vault-field-error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}
