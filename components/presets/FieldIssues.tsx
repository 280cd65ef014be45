/** The problems of one field, under it, each with its field path (the same words as the summary). */
import type { StoreIssue } from '../../utils/presets/store';
import { issueText } from './issue-text';

export function FieldIssues({ id, issues }: { id: string; issues: StoreIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul id={id} class="field-issues">
      {issues.map((issue, i) => (
        <li key={i}>
          <code class="issue-path">{issue.path}</code> {issueText(issue)}
        </li>
      ))}
    </ul>
  );
}

/** aria-* for a control with (or without) problems. */
export function invalidProps(errorId: string, issues: StoreIssue[], describedBy?: string) {
  const ids = [describedBy, issues.length > 0 ? errorId : undefined].filter(Boolean).join(' ');
  return { 'aria-invalid': issues.length > 0 ? ('true' as const) : undefined, 'aria-describedby': ids || undefined };
}
