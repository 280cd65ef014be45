/** Problems with their field paths, e.g. "presets[0].scopes.customers-login.level: …". */
import { t } from '../../utils/i18n';
import type { StoreIssue } from '../../utils/presets/store';
import { issueText } from './issue-text';

interface Props {
  issues: StoreIssue[];
  /** Lets the editor turn a path into a link to its field. */
  fieldFor?: (path: string) => string | null;
}

export function IssueList({ issues, fieldFor }: Props) {
  return (
    <ul class="issues">
      {issues.map((issue, i) => {
        const path = <code class="issue-path">{issue.path || t('presets_issue_whole_file')}</code>;
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
                {path}
              </a>
            ) : (
              path
            )}{' '}
            {issueText(issue)}
          </li>
        );
      })}
    </ul>
  );
}
