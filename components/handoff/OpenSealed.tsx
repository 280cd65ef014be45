/**
 * "Open sealed files": one or many `.age` files (chosen, or dropped anywhere on the page) are
 * decrypted with the vault's hand-off keys and imported as records through the same path as
 * "Import files" (the .txt or JSON inside, read back by utils/export/read-back.ts), flagged
 * "received sealed" with a note naming the key. A file for none of the keys, a damaged one, one
 * that is not a credentials file and a duplicate are each named and change nothing.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t, tp } from '../../utils/i18n';
import { openHandoffKey, type StoredHandoffKey, type UnlockedKey, type VaultRecord } from '../../utils/vault';
import { announceRecordsChanged } from '../../utils/vault/events';
import { RestoreThis } from '../vault/ImportTxt';
import { planImport } from '../vault/import-plan';
import { fileKind, misplacedText, requestRestore } from '../vault/misplaced-file';
import { withOpened } from '../vault/open-records';
import { pageVault } from '../vault/page-vault';

type Verdict = { ok: true; text: string } | { ok: false; text: string; restore?: File };

export function OpenSealed({ keys, unlocked, records, onImported }: { keys: readonly StoredHandoffKey[]; unlocked: UnlockedKey; records: readonly VaultRecord[]; onImported: () => void }) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [verdicts, setVerdicts] = useState<Verdict[]>([]);
  const [dragging, setDragging] = useState(false);
  const latest = useRef({ keys, unlocked, records, onImported });
  latest.current = { keys, unlocked, records, onImported };

  const openFiles = async (files: File[]) => {
    if (files.length === 0) return;
    const { keys, unlocked, records, onImported } = latest.current;
    setBusy(true);
    setVerdicts([]);
    try {
      const { openSealedFile, MAX_SEALED_FILE_BYTES } = await import('../../utils/handoff/open');
      const opening = [];
      for (const k of keys) {
        try {
          opening.push({ id: k.id, name: k.name, identity: await openHandoffKey(unlocked, k) });
        } catch {
          // A key that no longer opens (altered in storage) simply cannot open anything.
        }
      }
      const seen = new Set<string>();
      for (const r of records) {
        try {
          seen.add(await withOpened(unlocked, r, (c) => `${c.clientId}\u0000${c.accessToken}`));
        } catch {
          // An altered record cannot be a duplicate of anything.
        }
      }
      const out: Verdict[] = [];
      let imported = 0;
      for (const file of files) {
        const fail = (why: string): Verdict => ({ ok: false, text: t('handoff_open_failed', file.name, why) });
        try {
          if (file.size > MAX_SEALED_FILE_BYTES) {
            out.push(fail(t('handoff_open_too_large')));
            continue;
          }
          // A backup (an age file too, to a passphrase), a preset or a credentials file says what it is.
          const kind = await fileKind(file);
          const misplaced = misplacedText(kind, ['sealed'], file.name);
          if (misplaced) {
            out.push({ ok: false, text: misplaced, ...(kind === 'backup' ? { restore: file } : {}) });
            continue;
          }
          const result = await openSealedFile(new Uint8Array(await file.arrayBuffer()), opening);
          if (!result.ok) {
            const why = {
              'too-large': t('handoff_open_too_large'),
              'not-age': t('handoff_open_not_age'),
              'no-key': t('handoff_open_no_key'),
              damaged: t('handoff_open_damaged'),
            }[result.problem];
            out.push(fail(why));
            continue;
          }
          // A file with only what the integration needs has no CLIENT NAME: its file name is the
          // account's name made file-name safe ("Encrypt for …" names it so).
          const fromFileName = file.name.replace(/(\.(txt|json|env))?\.age$/i, '').trim();
          const plan = planImport(result.text, fromFileName || t('vault_import_default_name'));
          if (!plan.ok) {
            out.push(fail(t('handoff_open_not_credentials')));
            continue;
          }
          const same = `${plan.fields.clientId}\u0000${plan.fields.accessToken}`;
          if (seen.has(same)) {
            out.push(fail(t('vault_import_duplicate', plan.fields.name)));
            continue;
          }
          const stored = await pageVault().capture(plan.fields, { ...plan.inputs, extraFlags: [...(plan.inputs.extraFlags ?? []), 'received-sealed'] });
          await pageVault().setRecordNotes(stored.recordId, { label: '', note: t('handoff_received_note', result.key.name) });
          seen.add(same);
          imported++;
          out.push({ ok: true, text: t('handoff_open_done', file.name, plan.fields.name, result.key.name) });
        } catch {
          out.push(fail(t('vault_error_unexpected')));
        }
      }
      if (imported > 0) {
        announceRecordsChanged();
        onImported();
      }
      const backup = out.find((v): v is Extract<Verdict, { ok: false }> => !v.ok && v.restore !== undefined);
      if (backup?.restore) requestRestore(backup.restore);
      setVerdicts(files.length > 1 ? [{ ok: true, text: tp('handoff_open_summary', imported, imported, files.length) }, ...out] : out);
    } finally {
      setBusy(false);
    }
  };

  // Files dropped anywhere on the options page while this section is shown.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      setDragging(false);
      void openFiles([...e.dataTransfer.files]);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, []);

  const failures = verdicts.filter((v) => !v.ok);
  const successes = verdicts.filter((v) => v.ok);
  return (
    <section class={`vault-card handoff-open${dragging ? ' is-dragging' : ''}`} aria-labelledby={`${id}-title`} aria-busy={busy}>
      <h3 id={`${id}-title`}>{t('handoff_open_title')}</h3>
      <p>{t('handoff_open_intro')}</p>
      <label class={`button vault-file-button${busy ? ' is-busy' : ''}`} for={`${id}-file`}>
        {t('handoff_open_choose')}
      </label>
      <input
        id={`${id}-file`}
        class="visually-hidden"
        type="file"
        multiple
        accept=".age,application/octet-stream"
        disabled={busy}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const input = e.currentTarget;
          const files = [...(input.files ?? [])];
          input.value = '';
          void openFiles(files);
        }}
      />
      <p id={`${id}-hint`} class="vault-hint">
        {keys.length === 0 ? t('handoff_open_no_keys') : t('handoff_open_hint')}
      </p>
      {failures.length > 0 && (
        <div class="vault-banner vault-banner--error" role="alert">
          <ul>
            {failures.map((v, i) => (
              <li key={i}>
                {v.text} {!v.ok && v.restore && <RestoreThis file={v.restore} />}
              </li>
            ))}
          </ul>
        </div>
      )}
      {successes.length > 0 && (
        <div class="vault-banner vault-banner--ok" role="status">
          <ul>
            {successes.map((v, i) => (
              <li key={i}>{v.text}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
