/**
 * Which editor control a problem's field path belongs to, so each problem shows next to its
 * field and the error summary can move focus there. Ids are the controls' DOM ids.
 */
export const FIELD_IDS = {
  id: 'pe-id',
  /** The first of the kind radios (Store-level). */
  kind: 'pe-kind',
  name: 'pe-name',
  description: 'pe-description',
  tokenType: 'pe-token-type',
  accountName: 'pe-account-name',
  notes: 'pe-notes',
  importantNotes: 'pe-important-notes',
  addSource: 'pe-add-source',
  stencilAccess: 'pe-stencil-access',
  /** The first of the credential checkboxes (Access Token). */
  credentialFields: 'pe-credential-fields',
  handoff: 'pe-handoff-recipient',
  keepTxt: 'pe-keep-txt',
} as const;

export const sourceFieldId = (index: number, part: 'url' | 'title') => `pe-source-${index}-${part}`;
export const scopeFieldId = (scopeId: string) => `pe-scope-${scopeId}`;
/** The optional row's "starts ticked" checkbox. */
export const scopeIncludeFieldId = (scopeId: string) => `${scopeFieldId(scopeId)}-include`;

/** `sources[1].url` → pe-source-1-url; `scopes.orders.level` → pe-scope-orders; `handoff.recipient` →
 *  pe-handoff-recipient; unknown → null. */
export function fieldIdForPath(path: string, sourceCount: number): string | null {
  const top = /^[A-Za-z]+/.exec(path)?.[0];
  switch (top) {
    case 'id':
    case 'kind':
    case 'name':
    case 'description':
    case 'tokenType':
    case 'accountName':
    case 'notes':
    case 'importantNotes':
    case 'stencilAccess':
    case 'credentialFields':
    case 'handoff':
    case 'keepTxt':
      return FIELD_IDS[top];
    case 'sources': {
      const m = /^sources\[(\d+)\](?:\.(url|title))?/.exec(path);
      if (!m) return sourceCount > 0 ? sourceFieldId(0, 'url') : FIELD_IDS.addSource;
      return sourceFieldId(Number(m[1]), m[2] === 'title' ? 'title' : 'url');
    }
    case 'scopes': {
      const m = /^scopes\.([a-z0-9-]+)/.exec(path);
      return m?.[1] ? scopeFieldId(m[1]) : null;
    }
    default:
      return null;
  }
}
