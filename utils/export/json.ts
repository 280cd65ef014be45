/**
 * Pretty JSON export with a fixed key order (readable diffs, stable tests). Read back by "Import"
 * (./read-back.ts), token type, scopes and capture date included. With a field selection the
 * credential values not selected are left out; the non-secret facts stay.
 */
import { includes, type ExportCredential, type FieldSelection } from './credential';

export function toJson(cred: ExportCredential, selection: FieldSelection = 'all'): string {
  const scopes: Record<string, string> = {};
  for (const key of Object.keys(cred.scopes).sort()) scopes[key] = cred.scopes[key]!;
  const value = <K extends 'name' | 'apiPath' | 'clientId' | 'clientSecret' | 'accessToken'>(key: K) =>
    includes(selection, key) ? { [key]: cred[key] } : {};
  const ordered = {
    ...value('name'),
    ...value('apiPath'),
    // An account-level account has no store: its kind and account instead (read back by Import).
    ...(cred.kind ? { kind: cred.kind, ...(cred.account ? { account: cred.account } : {}) } : { storeHash: cred.storeHash }),
    ...value('clientId'),
    ...value('clientSecret'),
    ...value('accessToken'),
    tokenType: cred.tokenType,
    capturedAt: cred.capturedAt,
    scopes,
    // Only when the saved form was compared with the preset: its required rows not set then
    // ([] when every one was set), so a file handed on says what was saved.
    ...(cred.requiredRowsNotSetAtSave ? { requiredRowsNotSetAtSave: [...cred.requiredRowsNotSetAtSave] } : {}),
    // Only when the pop-up's labels were not understood: every value, with the label shown.
    ...(cred.labelled?.length ? { labelled: cred.labelled.map((l) => ({ label: l.label, value: l.value })) } : {}),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
