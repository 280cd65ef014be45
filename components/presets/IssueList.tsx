/**
 * Problems with where they are. A file's (import, manager): the field in people's words and its
 * path in the file, e.g. "Preset 1, Customers login level (presets[0].scopes.customers-login.level): …". The editor's (`editor`): the field as the editor
 * labels it ("Source 1 URL") and what to do, a link to the field when `fieldFor` finds it.
 */
import { t } from '../../utils/i18n';
import type { StoreIssue } from '../../utils/presets/store';
import { editorIssueFix } from './editor-issue-text';
import { editorFieldLabel, fileFieldLabel } from './field-words';
import { issueText } from './issue-text';

interface Props {
  issues: StoreIssue[];
  /** The editor's wording: field labels instead of paths. */
  editor?: boolean;
  /** Lets the editor turn a problem into a link to its field. */
  fieldFor?: (path: string) => string | null;
}

export function IssueList({ issues, editor = false, fieldFor }: Props) {
  return (
    <ul class="issues">
      {issues.map((issue, i) => {
        const where = editor ? (
          <strong class="issue-field">{issue.path ? editorFieldLabel(issue.path) : t('presets_editor_whole_preset')}:</strong>
        ) : (
          <>
            <strong class="issue-field">{fileFieldLabel(issue.path)}</strong>
            {issue.path && (
              <>
                {' '}
                <code class="issue-path">({issue.path})</code>
              </>
            )}
            :
          </>
        );
        const target = fieldFor?.(issue.path);
        return (
          <li key={i}>
            {target ? (
              <a
                href={`#${target}`}
                onClick={(e) => {
                  // Focus the field itself (an anchor only scrolls in some browsers).
                  e.preventDefault();
                  document.getElementById(target)?.focus();
                }}
              >
                {where}
              </a>
            ) : (
              where
            )}{' '}
            {editor ? editorIssueFix(issue) : issueText(issue)}
          </li>
        );
      })}
    </ul>
  );
}
