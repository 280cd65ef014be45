/**
 * Where a preset problem is, in people's words: the field as the editor labels it ("Source 1
 * URL", "Customers login"), and in a file of several presets which one ("Preset 2, Source 1
 * URL"). The file's own path is shown beside it for whoever edits the JSON (./IssueList.tsx,
 * ./issue-text.ts issueLine).
 */
import { t, type MessageKey } from '../../utils/i18n';
import { scopeById } from '../../utils/scopes/bundled';

const TOP_LABELS: Readonly<Record<string, MessageKey>> = {
  id: 'presets_editor_id',
  kind: 'presets_editor_kind',
  name: 'presets_editor_name',
  description: 'presets_editor_description',
  tokenType: 'presets_token_type',
  accountName: 'presets_account_name',
  notes: 'presets_editor_notes',
  importantNotes: 'presets_editor_important_notes',
  stencilAccess: 'presets_stencil_access',
  credentialFields: 'presets_editor_credential_fields',
  handoff: 'presets_editor_handoff',
  keepTxt: 'presets_editor_keep_txt',
  sources: 'presets_editor_sources',
  scopes: 'presets_editor_scopes',
};

/** The label the editor shows for the field a problem's path names; the whole preset: ''. */
export function editorFieldLabel(path: string): string {
  const source = /^sources\[(\d+)\]\.(url|title)/.exec(path);
  if (source) return t(source[2] === 'url' ? 'presets_editor_source_url' : 'presets_editor_source_title', String(Number(source[1]) + 1));
  const scope = /^scopes\.([a-z0-9-]+)(?:\.(level|required|include))?/.exec(path);
  if (scope) {
    const known = scopeById(scope[1]!)?.label;
    if (!known) return t('presets_field_unknown_scope', scope[1]!);
    const label = known;
    if (scope[2] === 'include') return t('presets_starts_ticked_for', label);
    if (scope[2] === 'required') return t('presets_required_for', label);
    return label;
  }
  const top = /^[A-Za-z]+/.exec(path)?.[0];
  const key = top ? TOP_LABELS[top] : undefined;
  return key ? t(key) : path;
}

/** A file's field path in people's words: "Preset 2, Source 1 URL", "Preset 1"; the whole file
 *  when the path is empty. */
export function fileFieldLabel(path: string): string {
  if (!path) return t('presets_issue_whole_file');
  const inFile = /^presets\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (!inFile) return editorFieldLabel(path);
  const n = String(Number(inFile[1]) + 1);
  return inFile[2] ? t('presets_file_preset_field', n, editorFieldLabel(inFile[2])) : t('presets_file_preset', n);
}
