/**
 * "Import files": add credentials files, several at once: the .txt BigCommerce downloaded at
 * Save (parsed by label, in any order), for accounts created before Scopekeeper was installed or
 * on another computer, and Scopekeeper's own JSON and .env exports (token type, scopes and
 * capture date kept). Each file's text is read, sealed through the same path as a capture and
 * dropped; it is never shown. Each file succeeds or fails on its own.
 */
import { useId, useState } from 'preact/hooks';
import { MAX_TXT_CHARS, type TxtField } from '../../utils/export';
import { t, tp, type MessageKey } from '../../utils/i18n';
import type { VaultRecord, UnlockedKey } from '../../utils/vault';
import { announceRecordsChanged } from '../../utils/vault/events';
import { planImport, type ImportIssue } from './import-plan';
import { fileKind, misplacedText, requestRestore } from './misplaced-file';
import { withOpened } from './open-records';
import { pageVault } from './page-vault';

/** `restore`: the file is a vault backup, offered to "Restore backup". */
type Outcome = { kind: 'ok'; text: string; notes: string[] } | { kind: 'error'; text: string; issues: string[]; restore?: File };
type Verdict = Outcome & { imported?: string };

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
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const id = useId();

  /** One file; `batch` holds the credentials imported earlier in the same selection. */
  async function importOne(file: File, batch: Set<string>): Promise<Verdict> {
    const failed = (issues: string[]): Verdict => ({ kind: 'error', text: t('vault_import_failed', file.name), issues });
    try {
      // Four bytes per character at most in UTF-8: anything bigger is not a credentials file.
      // A backup, a preset or a sealed file says what it is and where it belongs (issue 20, item 7).
      const kind = await fileKind(file);
      const misplaced = misplacedText(kind, ['credentials'], file.name);
      if (misplaced) return { ...failed([misplaced]), ...(kind === 'backup' ? { restore: file } : {}) };
      if (file.size > MAX_TXT_CHARS * 4) return failed([t('vault_import_too_big')]);
      const plan = planImport(await file.text(), t('vault_import_default_name'));
      if (!plan.ok) return failed(plan.errors.map(issueText));
      const same = `${plan.fields.clientId}\u0000${plan.fields.accessToken}`;
      if (batch.has(same)) return failed([t('vault_import_duplicate', plan.fields.name)]);
      if (unlocked) {
        const duplicate = await findDuplicate(unlocked, records, plan.fields.clientId, plan.fields.accessToken);
        if (duplicate) return failed([t('vault_import_duplicate', duplicate.header.name)]);
      }
      await pageVault().capture(plan.fields, plan.inputs);
      batch.add(same);
      return {
        kind: 'ok',
        text: t('vault_import_done', plan.fields.name),
        notes: [...plan.warnings.map((w) => t(w.code === 'missing' ? 'vault_import_note_missing' : 'vault_import_note_conflict', t(FIELD_NAME[w.field]))), t('vault_import_delete_file')],
        imported: plan.fields.name,
      };
    } catch {
      return failed([t('vault_error_unexpected')]);
    }
  }

  async function importFiles(input: HTMLInputElement) {
    const files = [...(input.files ?? [])];
    // Lets the same file be chosen again (e.g. after a duplicate was deleted).
    input.value = '';
    await importList(files);
  }

  async function importList(files: File[]) {
    if (files.length === 0) return;
    setBusy(true);
    setOutcomes([]);
    try {
      const batch = new Set<string>();
      const verdicts: Verdict[] = [];
      for (const file of files) verdicts.push(await importOne(file, batch));
      if (verdicts.some((v) => v.imported)) {
        announceRecordsChanged();
        onImported();
      }
      const imported = verdicts.filter((v) => v.imported).length;
      const summary: Outcome[] = files.length > 1 ? [{ kind: 'ok', text: tp('vault_import_summary', imported, imported, files.length), notes: [] }] : [];
      // A backup goes straight to "Restore backup" (the first one; the others keep their button),
      // which says what it is: no refusal is left here to contradict a restore that follows.
      const backup = verdicts.find((v): v is Extract<Verdict, { kind: 'error' }> => v.kind === 'error' && v.restore !== undefined);
      setOutcomes([...summary, ...verdicts.filter((v) => v !== backup)]);
      if (backup?.restore) requestRestore(backup.restore);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div
      class="vault-import"
      // Files dropped on the import itself come here, not to "Open sealed files" (which takes the rest of the page).
      onDragOver={(e) => {
        if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        if (!e.dataTransfer?.files.length || busy) return;
        e.preventDefault();
        e.stopPropagation();
        void importList([...e.dataTransfer.files]);
      }}
    >
      <label class={`button vault-file-button${busy ? ' is-busy' : ''}`} for={id}>
        {t('vault_import_txt')}
      </label>
      <input
        id={id}
        class="visually-hidden"
        type="file"
        accept=".txt,.json,.env,text/plain,application/json"
        multiple
        disabled={busy}
        aria-describedby={`${id}-hint`}
        onChange={(e) => void importFiles(e.currentTarget)}
      />
      <p id={`${id}-hint`} class="vault-hint">
        {t('vault_import_hint_many')}
      </p>
      {outcomes.some((o) => o.kind === 'error') && (
        <div class="vault-banner vault-banner--error" role="alert">
          {outcomes
            .filter((o): o is Extract<Outcome, { kind: 'error' }> => o.kind === 'error')
            .map((o, i) => (
              <div key={i}>
                <p>{o.text}</p>
                <ul>
                  {o.issues.map((issue) => (
                    <li key={issue}>{issue}</li>
                  ))}
                </ul>
                {o.restore && <RestoreThis file={o.restore} />}
              </div>
            ))}
        </div>
      )}
      {outcomes.some((o) => o.kind === 'ok') && (
        <div class="vault-banner vault-banner--ok" role="status">
          {outcomes
            .filter((o): o is Extract<Outcome, { kind: 'ok' }> => o.kind === 'ok')
            .map((o, i) => (
              <div key={i}>
                <p>{o.text}</p>
                {o.notes.length > 0 && (
                  <ul>
                    {o.notes.map((n) => (
                      <li key={n}>{n}</li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
        </div>
      )}
    </div>
  );
}

/** "Restore this backup": hands a backup found by an import to "Restore backup". */
export function RestoreThis({ file }: { file: File }) {
  return (
    <button type="button" onClick={() => requestRestore(file)}>
      {t('file_kind_restore_this')}
    </button>
  );
}
