/**
 * BigCommerce's downloaded `.txt` (docs/control-panel-facts.md §9): writing it byte for byte, and reading
 * any of the known variants back.
 */
import { accountFromApiPath, checkCredentialFormats, type FormatFlag } from '../vault/formats';
import { includes, singleLine, type ExportCredential, type FieldSelection } from './credential';

/**
 * Variant A, the order in BigCommerce's own documented example and in the fixture control
 * panel: ACCESS TOKEN, CLIENT NAME, API PATH, CLIENT ID, CLIENT SECRET. `\n` line endings and
 * a final `\n`, as the fixture writes it (whether the live file ends in a newline is
 * unverified; every reader that splits on lines accepts both).
 */
export function toBigCommerceTxt(
  cred: Pick<ExportCredential, 'accessToken' | 'name' | 'apiPath' | 'clientId' | 'clientSecret'>,
  selection: FieldSelection = 'all',
): string {
  // "Only what <preset> needs" leaves out whole lines, the order of the rest unchanged.
  const lines: Array<[Parameters<typeof includes>[1], string, string]> = [
    ['accessToken', 'ACCESS TOKEN', cred.accessToken],
    ['name', 'CLIENT NAME', cred.name],
    ['apiPath', 'API PATH', cred.apiPath],
    ['clientId', 'CLIENT ID', cred.clientId],
    ['clientSecret', 'CLIENT SECRET', cred.clientSecret],
  ];
  return lines
    .filter(([field]) => includes(selection, field))
    .map(([, label, value]) => `${label}: ${singleLine(value)}\n`)
    .join('');
}

export type TxtField = 'accessToken' | 'name' | 'apiPath' | 'clientId' | 'clientSecret';

export interface TxtFieldIssue {
  field: TxtField;
  code: 'missing' | 'conflict' | 'invalid';
}

export interface TxtParseResult {
  /** True when ACCESS TOKEN and API PATH (with a store hash, or an account-level API path) are
   *  present and no label is contradicted (a Stencil-CLI token's file has no CLIENT ID or CLIENT
   *  SECRET). */
  ok: boolean;
  fields: Partial<Record<TxtField, string>>;
  storeHash: string | null;
  /** The account UUID when API PATH is an account-level path (issue 14): the file is then an
   *  account-level account's, and has no store hash. */
  account: string | null;
  /** Missing/invalid required fields, and any label repeated with different values. */
  errors: TxtFieldIssue[];
  /** Non-fatal: missing name, client id or secret, NAME ≠ CLIENT NAME, lines that were not labels. */
  warnings: Array<TxtFieldIssue | { field: null; code: 'ignored-lines'; count: number }>;
  /** Documented-format checks on the values found (no host to compare with, so no store check). */
  flags: FormatFlag[];
}

/** docs/control-panel-facts.md §9: by label, in any order, case-insensitive. `\s+` inside labels also
 *  accepts doubled spaces. Only the label is matched by the regex; the value is the rest of the
 *  line, trimmed. (A lazy `(.+?)\s*$` for the value backtracked over every whitespace run:
 *  quadratic, 3.1 s for one 65 KB line.) */
const LABEL_RE = /^\s*(ACCESS\s+TOKEN|CLIENT\s+NAME|NAME|API\s+PATH|CLIENT\s+ID|CLIENT\s+SECRET)\s*:/i;

/** Label and value of a `LABEL: value` line; null when it is not one (or the value is empty). */
function labelledLine(line: string): { label: string; value: string } | null {
  const match = LABEL_RE.exec(line);
  if (!match) return null;
  const value = line.slice(match[0].length).trim();
  return value === '' ? null : { label: match[1]!, value };
}
/** Store hash per docs/control-panel-facts.md §9: `/stores/([^/]+)/v3/?`; the hash must also look like one. */
const STORE_IN_PATH_RE = /\/stores\/([^/]+)\/v3\/?/;
/** Bigger inputs are not a credentials file; reading stops rather than spending time on them. */
export const MAX_TXT_CHARS = 65_536;
const MAX_VALUE_CHARS = 1024;

type Label = 'accessToken' | 'clientName' | 'name' | 'apiPath' | 'clientId' | 'clientSecret';

function labelOf(raw: string): Label {
  switch (raw.toUpperCase().replace(/\s+/g, ' ')) {
    case 'ACCESS TOKEN':
      return 'accessToken';
    case 'CLIENT NAME':
      return 'clientName';
    case 'NAME':
      return 'name';
    case 'API PATH':
      return 'apiPath';
    case 'CLIENT ID':
      return 'clientId';
    default:
      return 'clientSecret';
  }
}

/** Never throws, whatever the input. */
export function parseBigCommerceTxt(input: unknown): TxtParseResult {
  const errors: TxtFieldIssue[] = [];
  const warnings: TxtParseResult['warnings'] = [];
  const text = typeof input === 'string' ? input.slice(0, MAX_TXT_CHARS).replace(/^\uFEFF/, '') : '';

  const seen = new Map<Label, string>();
  const conflicts = new Set<Label>();
  let ignored = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const match = labelledLine(line);
    if (!match) {
      if (line.trim() !== '') ignored++;
      continue;
    }
    const label = labelOf(match.label);
    const value = match.value;
    if (value.length > MAX_VALUE_CHARS) {
      conflicts.add(label);
      continue;
    }
    const previous = seen.get(label);
    if (previous === undefined) seen.set(label, value);
    else if (previous !== value) conflicts.add(label);
  }
  if (ignored > 0) warnings.push({ field: null, code: 'ignored-lines', count: ignored });

  const fields: TxtParseResult['fields'] = {};
  // A label repeated with different values makes the file ambiguous: report, do not guess.
  const take = (label: Label, field: TxtField): void => {
    if (conflicts.has(label)) errors.push({ field, code: 'conflict' });
    else if (seen.has(label)) fields[field] = seen.get(label)!;
  };
  take('accessToken', 'accessToken');
  take('apiPath', 'apiPath');
  take('clientId', 'clientId');
  take('clientSecret', 'clientSecret');

  // Variant C has both CLIENT NAME and NAME (equal). If they differ, CLIENT NAME wins (it is
  // the label of variants A and C) and the difference is a warning, since the name is not
  // needed to use the credentials.
  if (conflicts.has('clientName') || conflicts.has('name')) {
    errors.push({ field: 'name', code: 'conflict' });
  } else {
    const clientName = seen.get('clientName');
    const plainName = seen.get('name');
    if (clientName !== undefined && plainName !== undefined && clientName !== plainName) {
      warnings.push({ field: 'name', code: 'conflict' });
    }
    const name = clientName ?? plainName;
    if (name !== undefined) fields.name = name;
    else warnings.push({ field: 'name', code: 'missing' });
  }

  for (const field of ['accessToken', 'apiPath'] as const) {
    if (!(field in fields) && !errors.some((e) => e.field === field)) errors.push({ field, code: 'missing' });
  }
  // A Stencil-CLI token's file has the token only: no client id or secret is not an error.
  for (const field of ['clientId', 'clientSecret'] as const) {
    if (!(field in fields) && !errors.some((e) => e.field === field)) warnings.push({ field, code: 'missing' });
  }

  let storeHash: string | null = null;
  // The same labels serve both forms; an account-level file's API PATH names its account.
  const account = fields.apiPath !== undefined ? accountFromApiPath(fields.apiPath) : null;
  if (fields.apiPath !== undefined && account === null) {
    const hash = STORE_IN_PATH_RE.exec(fields.apiPath)?.[1];
    if (hash !== undefined && /^[A-Za-z0-9]+$/.test(hash)) storeHash = hash;
    else errors.push({ field: 'apiPath', code: 'invalid' });
  }

  const flags = checkCredentialFormats(
    {
      apiPath: fields.apiPath ?? '',
      clientId: fields.clientId ?? '',
      clientSecret: fields.clientSecret ?? '',
      accessToken: fields.accessToken ?? '',
    },
    null,
    account ? 'account-level' : 'store-level',
  );

  return { ok: errors.length === 0, fields, storeHash, account, errors, warnings, flags };
}
