/**
 * "Request credentials": a preset (any: built-in, custom, account-level), one of the vault's
 * hand-off keys and an optional message for the merchant give a request link (a preset link
 * carrying the key as recipient, utils/handoff/request.ts) and a plain-text message with the link
 * and three steps, each with a copy button. Nothing secret is in either: the key's public half.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { t, tp } from '../../utils/i18n';
import { presetKind, type Preset } from '../../utils/presets/types';
import type { StoredHandoffKey } from '../../utils/vault';

const MESSAGE_MAX = 1000;

export function RequestForm({ keys, presets }: { keys: readonly StoredHandoffKey[]; presets: readonly Preset[] }) {
  const id = useId();
  const [presetId, setPresetId] = useState('');
  const [keyId, setKeyId] = useState('');
  const [note, setNote] = useState('');
  const [out, setOut] = useState<{ link: string; message: string } | null>(null);
  const [status, setStatus] = useState('');

  const preset = presets.find((p) => p.id === presetId) ?? null;
  const key = keys.find((k) => k.id === keyId) ?? keys[0] ?? null;

  useEffect(() => {
    let cancelled = false;
    if (!preset || !key) {
      setOut(null);
      return;
    }
    void import('../../utils/handoff/request').then(async ({ requestLink, requestMessage }) => {
      const link = await requestLink(preset, { name: key.name, recipient: key.recipient });
      const message = requestMessage(link, {
        intro: t('handoff_request_text_intro', preset.name),
        message: note.slice(0, MESSAGE_MAX),
        steps: [
          t(presetKind(preset) === 'account-level' ? 'handoff_request_text_step1_account' : 'handoff_request_text_step1'),
          t('handoff_request_text_step2'),
          t('handoff_request_text_step3', key.name),
        ],
        closing: t('handoff_request_text_closing', key.name, key.recipient),
      });
      if (!cancelled) setOut({ link, message });
    });
    return () => {
      cancelled = true;
    };
  }, [preset, key, note]);

  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus(t('handoff_copy_failed'));
    }
  };

  return (
    <section class="vault-card handoff-request" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('handoff_request_title')}</h3>
      <p>{t('handoff_request_intro')}</p>
      {keys.length === 0 ? (
        <p class="vault-hint">{t('handoff_request_no_key')}</p>
      ) : (
        <>
          <div class="vault-field">
            <label for={`${id}-preset`}>{t('handoff_request_preset')}</label>
            <select id={`${id}-preset`} value={presetId} onChange={(e) => setPresetId(e.currentTarget.value)}>
              <option value="">{t('handoff_request_choose_preset')}</option>
              {presets.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div class="vault-field">
            <label for={`${id}-key`}>{t('handoff_request_key')}</label>
            <select id={`${id}-key`} value={key?.id ?? ''} onChange={(e) => setKeyId(e.currentTarget.value)}>
              {keys.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.name}
                </option>
              ))}
            </select>
          </div>
          <div class="vault-field">
            <label for={`${id}-note`}>{t('handoff_request_message')}</label>
            <textarea id={`${id}-note`} rows={3} maxLength={MESSAGE_MAX} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </div>
          {out && (
            <>
              <div class="vault-field handoff-wide">
                <label for={`${id}-link`}>{t('handoff_request_link')}</label>
                <input id={`${id}-link`} readOnly value={out.link} aria-describedby={`${id}-size`} onFocus={(e) => e.currentTarget.select()} />
                <p id={`${id}-size`} class="vault-hint">
                  {tp('handoff_request_link_size', out.link.length)}
                </p>
              </div>
              <div class="vault-actions">
                <button type="button" class="primary" onClick={() => void copy(out.link, t('handoff_request_link_copied'))}>
                  {t('handoff_request_copy_link')}
                </button>
              </div>
              <div class="vault-field handoff-wide">
                <label for={`${id}-text`}>{t('handoff_request_text')}</label>
                <textarea id={`${id}-text`} readOnly rows={12} value={out.message} />
              </div>
              <div class="vault-actions">
                <button type="button" onClick={() => void copy(out.message, t('handoff_request_text_copied'))}>
                  {t('handoff_request_copy_text')}
                </button>
              </div>
            </>
          )}
          <p class="vault-status" role="status">
            {status}
          </p>
        </>
      )}
    </section>
  );
}
