/**
 * One captured credential. The header (name, store, date, token type, scopes, preset, flags) and
 * the user's label and note are readable while locked; the actions appear only once the vault is
 * unlocked in this page. No secret value is ever rendered: actions open the record on click and
 * hand the result to a download or the clipboard.
 */
import { Component } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ExportExtension, FieldSelection } from '../../utils/export';
import { t, type MessageKey } from '../../utils/i18n';
import type { Preset } from '../../utils/presets/types';
import type { RecordHeader, VaultRecord } from '../../utils/vault';
import type { RecordNotes } from '../../utils/vault/annotations';
import { describeAge, describeFlags, describeOptionalRows, describeScopes, describeTokenType, describeUnsetAtSave, formatDate } from './record-text';
import type { RecordHealth } from './open-records';
import { NotesEditor } from './NotesEditor';
import { recipientLabel, recordRecipients, type HandoffRecipient } from '../../utils/vault/handoff-recipients';

/** The fields a copy button exists for, in the order the buttons show. */
export type CopyField = 'clientId' | 'clientSecret' | 'accessToken' | 'apiPath';
const COPY_LABEL: Readonly<Record<CopyField, MessageKey>> = {
  clientId: 'vault_copy_client_id',
  clientSecret: 'vault_copy_client_secret',
  accessToken: 'vault_copy_token',
  apiPath: 'vault_copy_api_path',
};

export interface RecordActions {
  download: (record: VaultRecord, ext: ExportExtension, selection: FieldSelection) => void;
  copy: (record: VaultRecord, field: CopyField) => void;
  /** Encrypt for `to`, one file each of them opens: the keys bound into the record at capture, or
   *  one chosen by name here. */
  handoff: (record: VaultRecord, to: readonly HandoffRecipient[], selection: FieldSelection) => void;
  remove: (record: VaultRecord) => Promise<void>;
}

interface RecordContext {
  notes: RecordNotes | undefined;
  storeName: string | undefined;
  /** The preset chosen at capture, if it still exists. */
  preset: Preset | null;
  now: Date;
  saveNotes: (record: VaultRecord, notes: RecordNotes, storeName: string) => Promise<boolean>;
  /** Archived from the list page (its account was gone); undone here, no passphrase needed. */
  archived: boolean;
  toggleArchived: (record: VaultRecord) => Promise<void>;
  /** When the store's API account list, last open, did not show this record's name (ISO). */
  unlistedAt?: string | undefined;
  /** The record a capture notice's "Open in vault" asked for (components/vault/use-notice-link.ts). */
  shown?: boolean;
}

export interface RecordItemProps {
  record: VaultRecord;
  health: RecordHealth | null;
  actions: RecordActions | null;
  context: RecordContext;
}

/** Whether an item would render the same: the same record, health, actions and context (the
 *  clock to the minute, which is all an age shows). Pure. */
export function sameRecordItem(a: RecordItemProps, b: RecordItemProps): boolean {
  const x = a.context;
  const y = b.context;
  return (
    a.record === b.record &&
    a.health === b.health &&
    a.actions === b.actions &&
    x.notes === y.notes &&
    x.storeName === y.storeName &&
    x.preset === y.preset &&
    x.archived === y.archived &&
    x.unlistedAt === y.unlistedAt &&
    x.shown === y.shown &&
    x.saveNotes === y.saveNotes &&
    x.toggleArchived === y.toggleArchived &&
    Math.floor(x.now.getTime() / 60_000) === Math.floor(y.now.getTime() / 60_000)
  );
}

/**
 * One list item, rendered again only when what it shows changed: a search keystroke or the
 * altered check re-renders the vault section, and an agency's list should not redraw every item
 * for that.
 */
export class RecordItem extends Component<RecordItemProps> {
  override shouldComponentUpdate(next: RecordItemProps): boolean {
    return !sameRecordItem(this.props, next);
  }

  override render(props: RecordItemProps) {
    return <RecordItemView {...props} />;
  }
}

function RecordItemView({ record, health, actions, context }: RecordItemProps) {
  const { header } = record;
  const nameId = useId();
  const flags = describeFlags(header.flags, header.kind);
  const scopes = describeScopes(header.scopes);
  // "Made for" only when the saved form was compared with the preset and had every required
  // row set; otherwise the preset was only chosen, and its optional rows were only a choice.
  const unset = describeUnsetAtSave(header.atSave);
  const madeFor = header.atSave !== undefined && unset === null;
  // v1 headers (captured before presets were remembered) have no optional rows.
  const optional = unset ? [] : describeOptionalRows('optional' in header ? header.optional : undefined);
  const altered = health === 'altered';
  const { notes, storeName, preset } = context;
  const [editing, setEditing] = useState(false);

  return (
    <li class={`vault-record${altered ? ' vault-record--altered' : ''}${context.shown ? ' vault-record--shown' : ''}`} aria-labelledby={nameId} aria-current={context.shown ? 'true' : undefined}>
      <div class="vault-record-head">
        <h4 id={nameId} class="vault-record-name">
          {header.name}
        </h4>
        {notes?.label && <span class="vault-chip vault-chip--label">{notes.label}</span>}
        <span class="vault-chip">{describeTokenType(header.tokenType)}</span>
        {context.archived && <span class="vault-chip">{t('vault_archived')}</span>}
      </div>
      <dl class="vault-record-meta">
        <RecordHome header={header} storeName={storeName} />
        <div>
          <dt>{t('vault_meta_captured')}</dt>
          <dd>
            <time dateTime={header.capturedAt}>{formatDate(header.capturedAt)}</time> <span class="vault-hint">({describeAge(header.capturedAt, context.now)})</span>
          </dd>
        </div>
        {header.presetId && (
          <div>
            <dt>{t(madeFor ? 'vault_meta_preset' : 'vault_meta_preset_chosen')}</dt>
            <dd>
              {preset ? (
                <a href={preset.sources[0]?.url} target="_blank" rel="noopener noreferrer">
                  {preset.name}
                </a>
              ) : (
                <code>{header.presetId}</code>
              )}
            </dd>
          </div>
        )}
      </dl>
      {notes?.note && <p class="vault-note">{notes.note}</p>}
      {unset && <p class="vault-flag vault-flag--warn vault-unset">{unset}</p>}
      {flags.length > 0 && (
        <ul class="vault-flags" aria-label={t('vault_flags_label')}>
          {flags.map((f) => (
            <li key={f.flag} class={`vault-flag vault-flag--${f.tone}`}>
              {f.text}
            </li>
          ))}
        </ul>
      )}
      {scopes.length > 0 ? (
        <details class="vault-scopes">
          <summary>{t('vault_scopes_summary', scopes.length)}</summary>
          <ul>
            {scopes.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </details>
      ) : (
        <p class="vault-hint">{Object.keys(header.scopes).length > 0 ? t('vault_scopes_none_granted') : t('vault_scopes_not_recorded')}</p>
      )}
      {optional.map((line) => (
        <p key={line} class="vault-hint vault-optional">
          {line}
        </p>
      ))}
      {altered && (
        <p class="vault-altered" role="alert">
          {t('vault_record_altered')}
        </p>
      )}
      {context.unlistedAt && !context.archived && (
        <p class="vault-hint">
          {t('vault_unlisted_hint', formatDate(context.unlistedAt))}{' '}
          <button type="button" aria-describedby={nameId} onClick={() => void context.toggleArchived(record)}>
            {t('vault_archive')}
          </button>
        </p>
      )}
      {context.archived && (
        <p class="vault-hint">
          {t('vault_archived_hint')}{' '}
          <button type="button" aria-describedby={nameId} onClick={() => void context.toggleArchived(record)}>
            {t('vault_unarchive')}
          </button>
        </p>
      )}
      {editing ? (
        <NotesEditor
          nameId={nameId}
          notes={notes}
          storeHash={header.kind ? null : header.storeHash}
          storeName={storeName}
          onSave={async (next, name) => {
            if (await context.saveNotes(record, next, name)) setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div class="vault-record-actions">
          <button type="button" aria-describedby={nameId} onClick={() => setEditing(true)}>
            {t('vault_edit_notes')}
          </button>
        </div>
      )}
      {actions && <Actions record={record} nameId={nameId} altered={altered} actions={actions} preset={preset} />}
    </li>
  );
}

function Actions({ record, nameId, altered, actions, preset }: { record: VaultRecord; nameId: string; altered: boolean; actions: RecordActions; preset: Preset | null }) {
  const [confirming, setConfirming] = useState(false);
  const needs = preset?.credentialFields;
  // By default a download is BigCommerce's whole file and a sealed hand-off only what the
  // integration needs; either can be chosen explicitly for both.
  const [fields, setFields] = useState<'default' | 'needed' | 'all'>('default');
  const selection: FieldSelection = needs && fields === 'needed' ? needs : 'all';
  const handoffSelection: FieldSelection = needs && fields !== 'all' ? needs : 'all';
  const selectId = useId();
  const [deleting, setDeleting] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const confirmId = useId();
  const wasConfirming = useRef(false);

  // Focus follows the step: Cancel (the safe choice) when asked, back to Delete when cancelled.
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (wasConfirming.current) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (confirming) {
    return (
      <div class="vault-confirm" role="group" aria-labelledby={confirmId}>
        <p id={confirmId}>
          <strong>{t('vault_delete_question')}</strong> {t('vault_delete_detail')}
        </p>
        <div class="vault-record-actions">
          <button
            type="button"
            class="danger-solid"
            disabled={deleting}
            aria-describedby={nameId}
            onClick={async () => {
              setDeleting(true);
              try {
                await actions.remove(record);
              } finally {
                setDeleting(false);
              }
            }}
          >
            {t('vault_delete')}
          </button>
          <button type="button" ref={cancelButton} disabled={deleting} onClick={() => setConfirming(false)}>
            {t('vault_cancel')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div class="vault-record-actions" role="group" aria-label={t('vault_actions_for', record.header.name)}>
      {!altered && (
        <>
          {needs && preset && (
            <div class="vault-field vault-field--inline">
              <label for={selectId}>{t('vault_fields_label')}</label>
              <select id={selectId} value={fields} onChange={(e) => setFields(e.currentTarget.value as typeof fields)}>
                <option value="default">{t('vault_fields_default', preset.name)}</option>
                <option value="needed">{t('vault_fields_needed', preset.name)}</option>
                <option value="all">{t('vault_fields_all')}</option>
              </select>
            </div>
          )}
          <button type="button" aria-describedby={nameId} onClick={() => actions.download(record, 'txt', selection)}>
            {t('vault_download_txt')}
          </button>
          <button type="button" aria-describedby={nameId} onClick={() => actions.download(record, 'json', selection)}>
            {t('vault_download_json')}
          </button>
          <button type="button" aria-describedby={nameId} onClick={() => actions.download(record, 'env', selection)}>
            {t('vault_download_env')}
          </button>
          <HandoffButtons record={record} nameId={nameId} preset={preset} onHandoff={(to) => actions.handoff(record, to, handoffSelection)} />
          {(Object.keys(COPY_LABEL) as CopyField[]).map((field) => (
            <button key={field} type="button" aria-describedby={nameId} onClick={() => actions.copy(record, field)}>
              {t(COPY_LABEL[field])}
            </button>
          ))}
        </>
      )}
      <button type="button" class="danger" ref={deleteButton} aria-describedby={nameId} onClick={() => setConfirming(true)}>
        {t('vault_delete')}
      </button>
    </div>
  );
}

/**
 * "Encrypt for …": one button for the keys bound into the record when it was captured, naming
 * them all, that seals one file each of them opens (an integrator and the agency's own key). The
 * key its preset names now (changed by an edit, a file or a preset link since) is never used by
 * itself: "Choose a key…" shows it, named, and only a second, explicit press encrypts for it.
 */
function HandoffButtons({ record, nameId, preset, onHandoff }: { record: VaultRecord; nameId: string; preset: Preset | null; onHandoff: (to: readonly HandoffRecipient[]) => void }) {
  const [choosing, setChoosing] = useState(false);
  const detailId = useId();
  const bound = recordRecipients(record.header);
  const current = preset?.handoff as { recipient: string; name?: unknown } | undefined;
  const offered: HandoffRecipient | null =
    current && !bound.some((r) => r.recipient === current.recipient)
      ? { recipient: current.recipient, ...(typeof current.name === 'string' && current.name ? { name: current.name } : {}) }
      : null;
  return (
    <>
      {bound.length > 0 && (
        <button type="button" class="primary" aria-describedby={nameId} title={bound.map((r) => r.recipient).join('\n')} onClick={() => onHandoff(bound)}>
          {t('vault_handoff_for', bound.map(recipientLabel).join(', '))}
        </button>
      )}
      {offered && preset && !choosing && (
        <button type="button" aria-describedby={nameId} onClick={() => setChoosing(true)}>
          {t('vault_handoff_choose')}
        </button>
      )}
      {offered && preset && choosing && (
        <div class="vault-confirm" role="group" aria-labelledby={detailId}>
          <p id={detailId}>
            {bound.length > 0
              ? t('vault_handoff_choose_other', bound.map(recipientLabel).join(', '), preset.name, recipientLabel(offered), offered.recipient)
              : t('vault_handoff_choose_none', preset.name, recipientLabel(offered), offered.recipient)}
          </p>
          <div class="vault-record-actions">
            <button
              type="button"
              class="primary"
              aria-describedby={nameId}
              onClick={() => {
                setChoosing(false);
                onHandoff([offered]);
              }}
            >
              {t('vault_handoff_for', recipientLabel(offered))}
            </button>
            <button type="button" onClick={() => setChoosing(false)}>
              {t('vault_cancel')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}

/** Where a credential belongs, as a row of a record's facts: an account-level account serves
 *  every store of its account, so it names the account, not a store. */
export function RecordHome({ header, storeName }: { header: RecordHeader; storeName?: string | undefined }) {
  return header.kind ? (
    <div>
      <dt>{t('vault_meta_account')}</dt>
      <dd>{header.account ? <code>{header.account}</code> : <span class="vault-hint">{t('vault_account_unknown')}</span>}</dd>
    </div>
  ) : (
    <div>
      <dt>{t('vault_meta_store')}</dt>
      <dd>
        {storeName && <span class="vault-store-name">{storeName} </span>}
        <code>{header.storeHash}</code>
      </dd>
    </div>
  );
}
