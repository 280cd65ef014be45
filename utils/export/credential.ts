/**
 * The plaintext credential as the export formats see it: the opened body plus the non-secret
 * header fields worth keeping next to it. Structural types only, so utils/export does not
 * depend on the vault.
 */

export interface ExportCredential {
  name: string;
  apiPath: string;
  storeHash: string;
  clientId: string;
  clientSecret: string;
  accessToken: string;
  /** ISO 8601 instant. */
  capturedAt: string;
  /** Scope row id → level id. */
  scopes: Readonly<Record<string, string>>;
  /** Values the pop-up showed under labels that were not understood, with those labels. */
  labelled?: ReadonlyArray<{ label: string; value: string }>;
  /** 'v2v3', 'stencil-cli', 'account-level' or 'unknown'. */
  tokenType: string;
  /** An account-level API account (issue 14); absent: store-level. Its `storeHash` is then only
   *  where the vault files it (utils/vault/account-level.ts), so the exports leave it out. */
  kind?: 'account-level';
  /** An account-level account's UUID, when known. */
  account?: string;
  /** The preset's required rows the saved form had not set (absent: the form was not compared). */
  requiredRowsNotSetAtSave?: readonly string[];
}

/** The five values of a credential, in BigCommerce's .txt order. */
export type CredentialFieldName = 'accessToken' | 'name' | 'apiPath' | 'clientId' | 'clientSecret';

/** Which values an export holds: all of them, or only those an integration needs. */
export type FieldSelection = readonly CredentialFieldName[] | 'all';

export function includes(selection: FieldSelection, field: CredentialFieldName): boolean {
  return selection === 'all' || selection.includes(field);
}

export function toExportCredential(
  header: {
    storeHash: string;
    capturedAt: string;
    scopes: Readonly<Record<string, string>>;
    tokenType: string;
    kind?: 'account-level';
    account?: string;
    atSave?: { unset: readonly string[] };
  },
  fields: {
    name: string;
    apiPath: string;
    clientId: string;
    clientSecret: string;
    accessToken: string;
    labelled?: ReadonlyArray<{ label: string; value: string }>;
  },
): ExportCredential {
  return {
    name: fields.name,
    apiPath: fields.apiPath,
    storeHash: header.storeHash,
    clientId: fields.clientId,
    clientSecret: fields.clientSecret,
    accessToken: fields.accessToken,
    capturedAt: header.capturedAt,
    scopes: { ...header.scopes },
    ...(fields.labelled ? { labelled: fields.labelled.map((l) => ({ ...l })) } : {}),
    tokenType: header.tokenType,
    ...(header.kind ? { kind: header.kind } : {}),
    ...(header.account ? { account: header.account } : {}),
    ...(header.atSave ? { requiredRowsNotSetAtSave: [...header.atSave.unset] } : {}),
  };
}

/** Line breaks and other control characters would let a value start a new `LABEL:` or
 *  `KEY=` line in the line-based formats; they are replaced by a space. Documented values
 *  never contain them, so real credentials pass through byte for byte. */
export function singleLine(value: string): string {
  return value.replace(/[\p{Cc}\u2028\u2029]/gu, ' ');
}
