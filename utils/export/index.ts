/** Export formats and credential format checks. Pure: no DOM, no extension APIs. */
export { toBigCommerceTxt, parseBigCommerceTxt, MAX_TXT_CHARS, type TxtParseResult, type TxtField, type TxtFieldIssue } from './bigcommerce-txt';
export {
  checkCredentialFormats,
  storeHashFromApiPath,
  UNEXPECTED_FORMAT,
  API_PATH_RE,
  CLIENT_ID_RE,
  CLIENT_SECRET_RE,
  ACCESS_TOKEN_RE,
  type FormatFlag,
  type CheckableFields,
} from '../vault/formats';
export { toExportCredential, CREDENTIAL_FIELDS, type ExportCredential, type CredentialFieldName, type FieldSelection } from './credential';
export { toJson } from './json';
export { toDotEnv, quoteEnvValue } from './dotenv';
export { fileNameFor, slugify, type ExportExtension } from './file-name';
