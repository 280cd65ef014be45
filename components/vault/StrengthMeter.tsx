/**
 * The live strength meter under a new passphrase (issue 20, item 10): the same verdict the submit
 * check gives (passphraseVerdict), a bar for the eye and a sentence for everyone, announced
 * politely once typing pauses.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../utils/i18n';
import { MIN_SCORE } from './passphrase-strength';
import { passphraseVerdict } from './passphrase-policy';

const LEVELS: readonly MessageKey[] = ['vault_strength_level_0', 'vault_strength_level_1', 'vault_strength_level_2', 'vault_strength_level_3', 'vault_strength_level_4'];
/** Typing pauses this long before the estimate runs (and the sentence is announced). */
const SETTLE_MS = 250;

type Shown = { ok: boolean; score: number; problem: string | null } | null;

export function StrengthMeter({ id, passphrase }: { id: string; passphrase: string }) {
  const [shown, setShown] = useState<Shown>(null);
  useEffect(() => {
    if (!passphrase) {
      setShown(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void passphraseVerdict(passphrase).then(
        (verdict) => live && setShown(verdict),
        () => live && setShown(null),
      );
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [passphrase]);
  const score = shown?.score ?? 0;
  const level = shown ? (shown.ok ? 'ok' : String(Math.min(score, MIN_SCORE - 1))) : 'none';
  return (
    <div id={id} class={`vault-strength vault-strength--${level}`} data-strength={level}>
      <div class="vault-strength-bar" aria-hidden="true">
        <div class="vault-strength-fill" style={{ width: shown ? `${((score + 1) / (MIN_SCORE + 1)) * 100}%` : '0' }} />
      </div>
      <p aria-live="polite">
        {shown && (shown.ok ? t('vault_strength_ok', t(LEVELS[score] ?? 'vault_strength_level_4')) : t('vault_strength_weak', t(LEVELS[score] ?? 'vault_strength_level_0'), shown.problem ?? ''))}
      </p>
    </div>
  );
}
