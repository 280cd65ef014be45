/**
 * The editor's form state: plain strings and booleans as the controls hold them, converted to a
 * Preset only on save (and then validated by presetSchema). Kept apart from the components so
 * the conversion is unit-tested.
 *
 * A preset read into a draft and saved unchanged is the same preset, field for field: optional
 * fields keep being absent or explicit (`keepTxt: false`, `include: true`, all five
 * credentialFields) until the user changes the control, which then writes the plain form.
 */
import { formRows } from '../../utils/presets/form-rows';
import { CREDENTIAL_FIELDS, presetKind, type CredentialField, type Preset, type PresetHandoff, type PresetKind, type PresetScope } from '../../utils/presets/types';
import { ACCOUNT_SCOPES } from '../../utils/scopes/account-catalogue';
import { STORE_SCOPES } from '../../utils/scopes/catalogue';
import type { LevelId } from '../../utils/scopes/types';
import type { TokenType } from '../../utils/scopes/types';

export interface ScopeDraft {
  /** '' = "Not in preset" (the row stays at the form's default). */
  level: LevelId | '';
  required: boolean;
  /** Optional rows: false = starts unticked ("Include …") for a merchant; absent = starts ticked. */
  include?: boolean;
}

export interface SourceDraft {
  url: string;
  title: string;
}

export interface PresetDraft {
  id: string;
  /** Which form the preset is for; only rows of that form are saved. */
  kind: PresetKind;
  name: string;
  description: string;
  /** Store-level only: the account-level form has no token type. */
  tokenType: TokenType;
  accountName: string;
  sources: SourceDraft[];
  /**
   * Every row of both forms, by id (the ids differ): switching the kind while creating keeps
   * what was chosen for the other form, but only the chosen form's rows are saved.
   */
  scopes: Record<string, ScopeDraft>;
  /** Stencil-CLI presets: the access level; absent = local development (saved only for Stencil-CLI). */
  stencilAccess?: Preset['stencilAccess'];
  /** One note per line. */
  notes: string;
  /** Notes that must be read (shown open above Fill form), one per line. */
  importantNotes: string;
  /** The credential values the integration needs; absent = all of them. [] is saved (and refused). */
  credentialFields?: CredentialField[];
  /** The integrator's age public key for "Encrypt for integrator"; '' = no hand-off. */
  handoffRecipient: string;
  /** The preset's hand-off as loaded: its key name and further recipients are kept while the
   *  recipient stays the same (the editor has no fields for them). */
  handoffLoaded?: PresetHandoff;
  keepTxt?: boolean;
}

function emptyScopes(): Record<string, ScopeDraft> {
  return Object.fromEntries([...STORE_SCOPES, ...ACCOUNT_SCOPES].map((row) => [row.id, { level: '', required: false }]));
}

export function emptyDraft(kind: PresetKind = 'store-level'): PresetDraft {
  return {
    id: '',
    kind,
    name: '',
    description: '',
    tokenType: 'v2v3',
    accountName: '',
    sources: [{ url: '', title: '' }],
    scopes: emptyScopes(),
    notes: '',
    importantNotes: '',
    handoffRecipient: '',
  };
}

export function draftFromPreset(p: Preset): PresetDraft {
  const scopes = emptyScopes();
  const kind = presetKind(p);
  const listed = p.scopes;
  for (const row of formRows(kind)) {
    const s = listed[row.id];
    if (s) scopes[row.id] = { level: s.level, required: s.required, ...(s.include !== undefined ? { include: s.include } : {}) };
  }
  return {
    id: p.id,
    kind,
    name: p.name,
    description: p.description,
    tokenType: p.tokenType,
    accountName: p.accountName ?? '',
    sources: p.sources.length > 0 ? p.sources.map((s) => ({ ...s })) : [{ url: '', title: '' }],
    scopes,
    ...(p.stencilAccess !== undefined ? { stencilAccess: p.stencilAccess } : {}),
    notes: (p.notes ?? []).join('\n'),
    importantNotes: (p.importantNotes ?? []).join('\n'),
    ...(p.credentialFields ? { credentialFields: [...p.credentialFields] } : {}),
    handoffRecipient: p.handoff?.recipient ?? '',
    ...(p.handoff ? { handoffLoaded: p.handoff } : {}),
    ...(p.keepTxt !== undefined ? { keepTxt: p.keepTxt } : {}),
  };
}

/** The key name stays with its key; further recipients stay unless one is now the main one. */
function editedHandoff(recipient: string, loaded: PresetHandoff | undefined): PresetHandoff {
  const more = (loaded?.more ?? []).filter((m) => m.recipient !== recipient);
  return {
    recipient,
    ...(loaded?.name !== undefined && loaded.recipient === recipient ? { name: loaded.name } : {}),
    ...(more.length > 0 ? { more: more.map((m) => ({ ...m })) } : {}),
  };
}

/**
 * What the draft says, as a preset (unvalidated). Trims what a person would not mean to keep
 * (spaces around fields, blank note lines); leaves the rest to presetSchema.
 */
export function presetFromDraft(d: PresetDraft): Preset {
  const scopes: Record<string, PresetScope> = {};
  for (const row of formRows(d.kind)) {
    const s = d.scopes[row.id];
    // `include: false` only means something on an optional row; a row made required drops it.
    const include = s?.include === false && s.required ? undefined : s?.include;
    if (s?.level) scopes[row.id] = { level: s.level, required: s.required, ...(include !== undefined ? { include } : {}) };
  }
  const lines = (text: string) => text.split('\n').map((n) => n.trim()).filter(Boolean);
  const notes = lines(d.notes);
  const importantNotes = lines(d.importantNotes);
  const accountName = d.accountName.trim();
  const account = d.kind === 'account-level';
  // Store-level stays the absent default, as in every file before account-level presets.
  const stencil = !account && d.tokenType === 'stencil-cli';
  const recipient = d.handoffRecipient.trim();
  return {
    id: d.id.trim(),
    ...(account ? { kind: d.kind } : {}),
    name: d.name.trim(),
    description: d.description.trim(),
    // Blank rows are kept (and reported): dropping them would shift the indices error paths use.
    sources: d.sources.map((s) => ({ url: s.url.trim(), title: s.title.trim() })),
    // The account-level form has no token type: its presets read as v2v3 (presetSchema).
    tokenType: account ? 'v2v3' : d.tokenType,
    ...(accountName ? { accountName } : {}),
    // The editor shows the scope rows disabled for Stencil-CLI (its form has none): not saved.
    scopes: stencil ? {} : scopes,
    ...(stencil && d.stencilAccess ? { stencilAccess: d.stencilAccess } : {}),
    ...(importantNotes.length > 0 ? { importantNotes } : {}),
    ...(notes.length > 0 ? { notes } : {}),
    ...(d.credentialFields ? { credentialFields: [...d.credentialFields] } : {}),
    ...(recipient ? { handoff: editedHandoff(recipient, d.handoffLoaded) } : {}),
    ...(d.keepTxt !== undefined ? { keepTxt: d.keepTxt } : {}),
  };
}

/**
 * The credential list after ticking (`needed`) or unticking one field, in the .txt order. Every
 * field ticked is the same as the absent default ("it needs everything"), so that is written.
 */
export function withCredentialField(list: readonly CredentialField[] | undefined, field: CredentialField, needed: boolean): CredentialField[] | undefined {
  const current = new Set(list ?? CREDENTIAL_FIELDS);
  if (needed) current.add(field);
  else current.delete(field);
  const next = CREDENTIAL_FIELDS.filter((f) => current.has(f));
  return next.length === CREDENTIAL_FIELDS.length ? undefined : next;
}

/** A kebab-case id suggested from a name ("Acme Sync!" → "acme-sync"); '' if nothing usable. */
export function idFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}
