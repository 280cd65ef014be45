/**
 * A preset problem in the editor's words: the field as the editor labels it ("Source 1 URL", not
 * `sources[0].url`) and what to do about it ("Enter an address that starts with https://"). The
 * file import keeps its field paths (./issue-text.ts), which name the field in the file; the
 * editor has labels instead.
 */
import type { StoreIssue } from '../../utils/presets/store';
import { t, tp } from '../../utils/i18n';
import { UNSAFE_TEXT } from '../../utils/presets/name-safety';
import { issueText } from './issue-text';

/** What to do, as a sentence of its own; the file's wording where the editor has no better one. */
export function editorIssueFix(issue: StoreIssue): string {
  if (issue.code === 'builtin-id') return t('presets_fix_builtin_id');
  if (issue.code === 'id-taken') return t('presets_fix_id_taken');
  const z = issue.zod;
  if (!issue.code && z) {
    const last = z.path.at(-1);
    switch (z.code) {
      case 'too_small':
        if (z.origin === 'string') return Number(z.minimum) <= 1 ? t('presets_fix_empty') : tp('presets_fix_too_short', Number(z.minimum));
        if (z.origin === 'array' && last === 'sources') return t('presets_fix_add_source');
        if (z.origin === 'array' && last === 'credentialFields') return t('presets_fix_credential_fields');
        break;
      case 'too_big':
        if (z.origin === 'string') return tp('presets_fix_too_long', Number(z.maximum));
        if (z.origin === 'array') return tp('presets_fix_too_many_lines', Number(z.maximum));
        break;
      case 'invalid_format':
        if (z.format === 'url') return t('presets_fix_https');
        if (z.format === 'regex') return t('presets_fix_kebab');
        break;
      case 'custom':
        if ((z.params as { scopekeeper?: string } | undefined)?.scopekeeper === UNSAFE_TEXT) return t('presets_fix_unsafe', String(z.params?.character ?? ''));
        if (last === 'name') return t('presets_fix_empty');
        if (last === 'accountName') return t('presets_fix_spaces');
        break;
      default:
        break;
    }
  }
  return issueText(issue);
}
