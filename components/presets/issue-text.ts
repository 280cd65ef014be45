/**
 * Words a preset problem for people, through the i18n API. zod's own messages are English and
 * technical; the field path stays as written (it names the field in the file) and only the
 * sentence after it is translated. Anything not recognised falls back to the English message.
 */
import type { StoreIssue } from '../../utils/presets/store';
import { t, tp, type MessageKey } from '../../utils/i18n';
import { accountScopeById } from '../../utils/scopes/account-catalogue';
import { isScopeId } from '../../utils/scopes/catalogue';
import { scopeById } from '../../utils/scopes/bundled';
import { UNSAFE_TEXT } from '../../utils/presets/name-safety';
import { fileFieldLabel } from './field-words';

const TYPE_WORDS: Partial<Record<string, MessageKey>> = {
  string: 'presets_type_string',
  boolean: 'presets_type_boolean',
  array: 'presets_type_array',
  object: 'presets_type_object',
  number: 'presets_type_number',
};

const OWN: Record<NonNullable<StoreIssue['code']>, MessageKey> = {
  'builtin-id': 'presets_issue_builtin_id',
  'id-taken': 'presets_issue_id_taken',
  'id-fixed': 'presets_issue_id_fixed',
  'not-found': 'presets_issue_not_found',
  'not-json': 'presets_issue_not_json',
  'too-large': 'presets_issue_too_large',
  'bad-link': 'presets_issue_bad_link',
  'link-one-preset': 'presets_issue_link_one_preset',
  'no-answer': 'presets_issue_no_answer',
};

/** The custom issues of utils/presets/schema.ts, told apart by where they point. */
function customText(path: readonly PropertyKey[], fallback: string): string {
  const last = path.at(-1);
  const parent = path.at(-2);
  const row = typeof parent === 'string' ? (isScopeId(parent) ? scopeById(parent) : accountScopeById(parent)) : null;
  if (last === 'level' && path.at(-3) === 'scopes' && row) {
    return t('presets_issue_level', row.label, row.levels.map((l) => l.label).join(', '));
  }
  if (last === 'include') return t('presets_issue_include_required');
  if (parent === 'scopes' && typeof last === 'string') {
    // A known id in the wrong kind of preset (checkKind), else an id nobody knows.
    if (isScopeId(last)) return t('presets_issue_store_scope_in_account');
    if (accountScopeById(last)) return t('presets_issue_account_scope_in_store');
    return t('presets_issue_unknown_scope');
  }
  if (last === 'scopes') return t('presets_issue_stencil');
  if (last === 'tokenType') return t('presets_issue_account_token_type');
  if (last === 'stencilAccess') return t('presets_issue_stencil_access');
  if (last === 'id') return t('presets_issue_duplicate_id');
  if (last === 'name') return t('presets_issue_empty');
  if (last === 'accountName') return t('presets_issue_spaces');
  return fallback;
}

export function issueText(issue: StoreIssue): string {
  if (issue.code) return t(OWN[issue.code]);
  const z = issue.zod;
  if (!z) return issue.message;
  switch (z.code) {
    case 'too_small':
      if (z.origin === 'string') return Number(z.minimum) <= 1 ? t('presets_issue_empty') : tp('presets_issue_too_short', Number(z.minimum));
      // An empty list would mean "needs nothing"; absent already means "needs everything".
      if (z.origin === 'array' && z.path.at(-1) === 'credentialFields') return t('presets_issue_credential_fields_empty');
      if (z.origin === 'array') return tp('presets_issue_too_few', Number(z.minimum));
      break;
    case 'too_big':
      if (z.origin === 'string') return tp('presets_issue_too_long', Number(z.maximum));
      if (z.origin === 'array') return tp('presets_issue_too_many', Number(z.maximum));
      break;
    case 'invalid_format':
      if (z.format === 'url') return t('presets_issue_https');
      if (z.format === 'regex') return t('presets_issue_kebab');
      break;
    case 'invalid_type': {
      const word = TYPE_WORDS[z.expected];
      if (word) return t('presets_issue_type', t(word));
      break;
    }
    case 'invalid_value':
      return t('presets_issue_value', z.values.map((v) => JSON.stringify(v)).join(', '));
    case 'unrecognized_keys':
      return t('presets_issue_unknown_field');
    case 'custom':
      if ((z.params as { scopekeeper?: string } | undefined)?.scopekeeper === UNSAFE_TEXT) return t('links_issue_unsafe_text', String(z.params?.character ?? ''));
      return customText(z.path, issue.message);
    default:
      // Codes a preset's schema does not produce (invalid_union, invalid_key …): zod's own sentence.
      break;
  }
  return issue.message;
}

/** One line per problem, as the link review lists a refused preset link: "Preset 1, Source 1 URL
 *  (presets[0].sources[0].url): sentence"; `whole` names the whole file or link. */
export function issueLine(issue: StoreIssue, whole: string = t('presets_issue_whole_file')): string {
  return issue.path ? `${fileFieldLabel(issue.path)} (${issue.path}): ${issueText(issue)}` : `${whole}: ${issueText(issue)}`;
}
