/**
 * "Import .txt": add a file BigCommerce downloaded at Save (parsed by label, in any order), for
 * accounts created before Scopekeeper was installed or on another computer. The file's text is
 * read, sealed through the same path as a capture and dropped; it is never shown.
 */
import { useId, useState } from 'preact/hooks';
import { MAX_TXT_CHARS, type TxtField } from '../../utils/export';
import { t, type MessageKey } from '../../utils/i18n';
import type { VaultRecord, UnlockedKey } from '../../utils/vault';
import { announceRecordsChanged } from '../../utils/vault/events';
import { planImport, type ImportIssue } from './import-plan';
import { withOpened } from './open-records';
import { pageVault } from './page-vault';

type Outcome = { kind: 'ok'; text: string; notes: string[] } | { kind: 'error'; text: string; issues: string[] };

const FIELD_NAME: Readonly<Record<TxtField | 'file', MessageKey>> = {
  accessToken: 'vault_field_access_token',
  clientId: 'vault_field_client_id',
  clientSecret: 'vault_field_client_secret',
  apiPath: 'vault_field_api_path',
  name: 'vault_field_name',
  file: 'vault_field_file',
};

function issueText(issue: ImportIssue): string {
  const field = t(FIELD_NAME[issue.field]);
  switch (issue.code) {
    case 'missing':
      return t('vault_import_missing', field);
    case 'conflict':
      return t('vault_import_conflict', field);
    case 'invalid':
      return issue.field === 'apiPath' ? t('vault_import_bad_api_path') : t('vault_import_invalid', field);
    case 'empty':
      return t('vault_import_empty');
    case 'no-labels':
      return t('vault_import_no_labels');
  }
}

/** The vault record holding the same credential, if the vault is unlocked and has one. */
async function findDuplicate(key: UnlockedKey, records: readonly VaultRecord[], clientId: string, accessToken: string): Promise<VaultRecord | null> {
  for (const record of records) {
    try {
      const same = await withOpened(key, record, (c) => c.clientId === clientId && c.accessToken === accessToken);
      if (same) return record;
    } catch {
      // An altered record is reported in the list; it cannot be a duplicate of anything.
    }
  }
  return null;
}

export function ImportTxt({ unlocked, records, onImported }: { unlocked: UnlockedKey | null; records: readonly VaultRecord[]; onImported: () => void }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const id = useId();

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      // Four bytes per character at most in UTF-8: anything bigger is not a credentials file.
      if (file.size > MAX_TXT_CHARS * 4) {
        setOutcome({ kind: 'error', text: t('vault_import_failed', file.name), issues: [t('vault_import_too_big')] });
        return;
      }
      const plan = planImport(await file.text(), t('vault_import_default_name'));
      if (!plan.ok) {
        setOutcome({ kind: 'error', text: t('vault_import_failed', file.name), issues: plan.errors.map(issueText) });
        return;
      }
      if (unlocked) {
        const duplicate = await findDuplicate(unlocked, records, plan.fields.clientId, plan.fields.accessToken);
        if (duplicate) {
          setOutcome({ kind: 'error', text: t('vault_import_failed', file.name), issues: [t('vault_import_duplicate', duplicate.header.name)] });
          return;
        }
      }
      await pageVault().capture(plan.fields, plan.inputs);
      announceRecordsChanged();
      onImported();
      setOutcome({
        kind: 'ok',
        text: t('vault_import_done', plan.fields.name),
        notes: [...plan.warnings.map((w) => t(w.code === 'missing' ? 'vault_import_note_missing' : 'vault_import_note_conflict', t(FIELD_NAME[w.field]))), t('vault_import_delete_file')],
      });
    } catch {
      setOutcome({ kind: 'error', text: t('vault_import_failed', file.name), issues: [t('vault_error_unexpected')] });
    } finally {
      setBusy(false);
      // Lets the same file be chosen again (e.g. after a duplicate was deleted).
      input.value = '';
    }
  }

  return (
    <div class="vault-import">
      <label class={`button vault-file-button${busy ? ' is-busy' : ''}`} for={id}>
        {t('vault_import_txt')}
      </label>
      <input
        id={id}
        class="visually-hidden"
        type="file"
        accept=".txt,text/plain"
        disabled={busy}
        aria-describedby={`${id}-hint`}
        onChange={(e) => void importFile(e.currentTarget)}
      />
      <p id={`${id}-hint`} class="vault-hint">
        {t('vault_import_hint')}
      </p>
      {outcome?.kind === 'error' && (
        <div class="vault-banner vault-banner--error" role="alert">
          <p>{outcome.text}</p>
          <ul>
            {outcome.issues.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        </div>
      )}
      {outcome?.kind === 'ok' && (
        <div class="vault-banner vault-banner--ok" role="status">
          <p>{outcome.text}</p>
          <ul>
            {outcome.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
