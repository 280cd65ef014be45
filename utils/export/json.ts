/** Pretty JSON export with a fixed key order (readable diffs, stable tests). */
import type { ExportCredential } from './credential';

export function toJson(cred: ExportCredential): string {
  const scopes: Record<string, string> = {};
  for (const key of Object.keys(cred.scopes).sort()) scopes[key] = cred.scopes[key]!;
  const ordered = {
    name: cred.name,
    apiPath: cred.apiPath,
    storeHash: cred.storeHash,
    clientId: cred.clientId,
    clientSecret: cred.clientSecret,
    accessToken: cred.accessToken,
    capturedAt: cred.capturedAt,
    scopes,
    // Only when the pop-up's labels were not understood: every value, with the label shown.
    ...(cred.labelled?.length ? { labelled: cred.labelled.map((l) => ({ label: l.label, value: l.value })) } : {}),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
