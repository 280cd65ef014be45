/** The problems of one field, under it, each naming the field as the editor labels it and saying
 *  what to do (the same words as the summary, ./editor-issue-text.ts). */
import type { StoreIssue } from '../../utils/presets/store';
import { editorIssueFix } from './editor-issue-text';
import { editorFieldLabel } from './field-words';

export function FieldIssues({ id, issues }: { id: string; issues: StoreIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul id={id} class="field-issues">
      {issues.map((issue, i) => (
        <li key={i}>
          <strong class="issue-field">{editorFieldLabel(issue.path)}:</strong> {editorIssueFix(issue)}
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
