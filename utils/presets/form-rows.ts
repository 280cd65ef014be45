/**
 * The rows a preset's form has: the store-level rows, or the account-level resources for an
 * account-level preset. Both catalogues are data the content script must not bundle, so this is
 * for extension pages and the background (the content script reads rows through the registry).
 */
import { ACCOUNT_SCOPES } from '../scopes/account-catalogue';
import { STORE_SCOPES } from '../scopes/catalogue';
import type { ScopeRow } from '../scopes/types';
import { presetKind, type Preset, type PresetKind, type PresetScope } from './types';

export function formRows(kind: PresetKind): readonly ScopeRow[] {
  return kind === 'account-level' ? ACCOUNT_SCOPES : STORE_SCOPES;
}

/** The preset's rows with their settings, in the form's order (a file may list them in any order). */
export function presetRows(p: Preset): { row: ScopeRow; scope: PresetScope }[] {
  const scopes = p.scopes;
  return formRows(presetKind(p)).flatMap((row) => {
    const scope = scopes[row.id];
    return scope ? [{ row, scope }] : [];
  });
}
