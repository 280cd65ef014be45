/** "Lock after": the idle lock shared by every vault page (utils/vault-session.ts). */
import { useEffect, useId, useState } from 'preact/hooks';
import { t, tp } from '../../utils/i18n';
import { IDLE_LOCK_CHOICES, parseIdleLock, readIdleLock, watchIdleLock, writeIdleLock, type IdleLock } from '../../utils/vault-session';

function choiceText(choice: IdleLock): string {
  return choice === 'browser' ? t('vault_idle_browser') : tp('vault_idle_minutes', choice);
}

export function IdleLockSetting() {
  const id = useId();
  const [idle, setIdle] = useState<IdleLock | null>(null);
  useEffect(() => {
    void readIdleLock().then(setIdle);
    return watchIdleLock(setIdle);
  }, []);
  return (
    <div class="vault-field vault-idle">
      <label for={id}>{t('vault_idle_label')}</label>
      <select
        id={id}
        value={idle === null ? '' : String(idle)}
        disabled={idle === null}
        onChange={(e) => {
          const value = e.currentTarget.value;
          const next = parseIdleLock(value === 'browser' ? value : Number(value));
          setIdle(next);
          void writeIdleLock(next);
        }}
      >
        {IDLE_LOCK_CHOICES.map((choice) => (
          <option key={choice} value={String(choice)}>
            {choiceText(choice)}
          </option>
        ))}
      </select>
    </div>
  );
}
