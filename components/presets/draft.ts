/**
 * The editor's form state: plain strings and booleans as the controls hold them, converted to a
 * Preset only on save (and then validated by presetSchema). Kept apart from the components so
 * the conversion is unit-tested.
 */
import type { Preset, PresetScope, TokenType } from '../../utils/presets/types';
import { STORE_SCOPES, type ScopeId } from '../../utils/scopes/catalogue';
import type { LevelId } from '../../utils/scopes/types';

export interface ScopeDraft {
  /** '' = "Not in preset" (the row stays at the form's default). */
  level: LevelId | '';
  required: boolean;
  /** Carried over from the preset (files set it; the editor has no control for it yet). */
  include?: boolean;
}

export interface SourceDraft {
  url: string;
  title: string;
}

export interface PresetDraft {
  id: string;
  name: string;
  description: string;
  tokenType: TokenType;
  accountName: string;
  sources: SourceDraft[];
  scopes: Record<ScopeId, ScopeDraft>;
  /** One note per line. */
  notes: string;
  /** Account-level presets: carried through unchanged (the editor has no fields for them yet), so
   *  editing such a preset's name or notes never loses its resources. */
  account?: Pick<Preset, 'kind' | 'accountScopes'>;
  /** Hand-off settings the editor does not show (yet); carried over unchanged on save. */
  kept: Pick<Preset, 'credentialFields' | 'handoff'>;
  keepTxt: boolean;
}

function emptyScopes(): Record<ScopeId, ScopeDraft> {
  return Object.fromEntries(STORE_SCOPES.map((row) => [row.id, { level: '', required: false }])) as Record<ScopeId, ScopeDraft>;
}

export function emptyDraft(): PresetDraft {
  return {
    id: '',
    name: '',
    description: '',
    tokenType: 'v2v3',
    accountName: '',
    sources: [{ url: '', title: '' }],
    scopes: emptyScopes(),
    notes: '',
    kept: {},
    keepTxt: false,
  };
}

export function draftFromPreset(p: Preset): PresetDraft {
  const scopes = emptyScopes();
  for (const row of STORE_SCOPES) {
    const s = p.scopes[row.id];
    if (s) scopes[row.id] = { level: s.level, required: s.required, ...(s.include !== undefined ? { include: s.include } : {}) };
  }
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    tokenType: p.tokenType,
    accountName: p.accountName ?? '',
    sources: p.sources.length > 0 ? p.sources.map((s) => ({ ...s })) : [{ url: '', title: '' }],
    scopes,
    notes: (p.notes ?? []).join('\n'),
    ...(p.kind === 'account-level' ? { account: { kind: p.kind, accountScopes: p.accountScopes } } : {}),
    kept: {
      ...(p.credentialFields ? { credentialFields: [...p.credentialFields] } : {}),
      ...(p.handoff ? { handoff: { ...p.handoff } } : {}),
    },
    keepTxt: p.keepTxt === true,
  };
}

/**
 * What the draft says, as a preset (unvalidated). Trims what a person would not mean to keep
 * (spaces around fields, blank note lines); leaves the rest to presetSchema.
 */
export function presetFromDraft(d: PresetDraft): Preset {
  const scopes: Partial<Record<ScopeId, PresetScope>> = {};
  for (const row of STORE_SCOPES) {
    const s = d.scopes[row.id];
    // `include: false` only means something on an optional row; a row made required drops it.
    if (s?.level) scopes[row.id] = { level: s.level, required: s.required, ...(s.include === false && !s.required ? { include: false } : {}) };
  }
  const notes = d.notes.split('\n').map((n) => n.trim()).filter(Boolean);
  const accountName = d.accountName.trim();
  return {
    id: d.id.trim(),
    ...(d.account?.kind === 'account-level' ? { kind: d.account.kind } : {}),
    name: d.name.trim(),
    description: d.description.trim(),
    // Blank rows are kept (and reported): dropping them would shift the indices error paths use.
    sources: d.sources.map((s) => ({ url: s.url.trim(), title: s.title.trim() })),
    tokenType: d.tokenType,
    ...(accountName ? { accountName } : {}),
    // The editor shows the scope rows disabled for Stencil-CLI (its form has none): not saved.
    scopes: d.tokenType === 'stencil-cli' ? {} : scopes,
    ...(d.account?.accountScopes ? { accountScopes: d.account.accountScopes } : {}),
    ...(notes.length > 0 ? { notes } : {}),
    ...d.kept,
    ...(d.keepTxt ? { keepTxt: true } : {}),
  };
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
