/** What the user sees while Argon2id runs (about a second per derivation). */
import { tp } from '../../utils/i18n';

export function KdfProgress({ label, fraction }: { label: string; fraction: number }) {
  return (
    <div class="vault-progress" role="status">
      <span>{label}</span>
      <progress max={1} value={fraction} aria-label={label} />
      <span class="visually-hidden">{tp('vault_progress_percent', Math.round(fraction * 100))}</span>
    </div>
  );
}
