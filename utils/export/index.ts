/** Export formats and credential format checks. Pure: no DOM, no extension APIs. */
export { toBigCommerceTxt, MAX_TXT_CHARS, type TxtField, type TxtFieldIssue } from './bigcommerce-txt';
export { toExportCredential, type ExportCredential, type FieldSelection } from './credential';
export { toJson } from './json';
export { toDotEnv } from './dotenv';
export { fileNameFor, type ExportExtension } from './file-name';
