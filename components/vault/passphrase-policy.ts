/**
 * The vault's passphrase policy, checked in the form before the KDF runs so the user gets the
 * message at once. The vault enforces the same rule again (checkNewPassphrase).
 */
import { t, tp } from '../../utils/i18n';
import { PASSPHRASE_MAX, PASSPHRASE_MIN } from '../../utils/vault';
import { judgePassphrase } from './passphrase-strength';

function codePoints(text: string): number {
  return [...text.normalize('NFC')].length;
}

export function newPassphraseProblem(passphrase: string): string | null {
  const n = codePoints(passphrase);
  if (n < PASSPHRASE_MIN) return tp('vault_error_too_short', PASSPHRASE_MIN);
  if (n > PASSPHRASE_MAX) return tp('vault_error_too_long', PASSPHRASE_MAX);
  return null;
}

export function confirmProblem(passphrase: string, confirmation: string): string | null {
  return passphrase.normalize('NFC') === confirmation.normalize('NFC') ? null : t('vault_error_mismatch');
}

/** Both checks of a new passphrase and its confirmation, as per-field messages (the second only
 *  once the first passes, so one fix is asked for at a time). */
function newPassphraseErrors(next: string, confirmation: string): { next?: string; confirmation?: string } {
  const nextError = newPassphraseProblem(next);
  if (nextError) return { next: nextError };
  const confirmationError = confirmProblem(next, confirmation);
  return confirmationError ? { confirmation: confirmationError } : {};
}

/** The one verdict on a new passphrase: length, then the strength estimate (zxcvbn-ts, loaded on
 *  first use). The live meter (StrengthMeter.tsx) and the submit check (checkNewPassphrase) both
 *  use it, so what the meter calls strong enough is exactly what submitting accepts. */
export async function passphraseVerdict(next: string): Promise<{ ok: boolean; score: number; problem: string | null }> {
  const lengthProblem = newPassphraseProblem(next);
  if (lengthProblem) return { ok: false, score: 0, problem: lengthProblem };
  const verdict = await judgePassphrase(next.normalize('NFC'));
  if (verdict.ok) return { ok: true, score: verdict.score, problem: null };
  return { ok: false, score: verdict.score, problem: t('vault_strength_refused', verdict.reason ?? '', verdict.suggestion ?? '') };
}

/** As newPassphraseErrors, with passphraseVerdict's strength rule: a weak passphrase is refused
 *  with a reason and a suggestion. */
export async function checkNewPassphrase(next: string, confirmation: string): Promise<{ next?: string; confirmation?: string }> {
  const errors = newPassphraseErrors(next, confirmation);
  if (errors.next) return errors;
  const verdict = await passphraseVerdict(next);
  if (verdict.problem) return { next: verdict.problem };
  return errors;
}
