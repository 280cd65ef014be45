/**
 * Download file names: ASCII lower-case letters, digits and hyphens only, so no path
 * separators, no leading dot, no Windows reserved device names (the fixed prefix prevents
 * them) and nothing that needs quoting on any OS. The secrets never appear in the name.
 */
import type { ExportCredential } from './credential';

export type ExportExtension = 'txt' | 'json' | 'env';

const MAX_SLUG = 40;

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/g, '');
  return slug;
}

export function fileNameFor(cred: Pick<ExportCredential, 'storeHash' | 'name' | 'capturedAt' | 'kind' | 'account'>, ext: ExportExtension): string {
  // An account-level account is named by its account (the UUID's first group), not a store.
  const store = cred.kind ? `account-${cred.account?.slice(0, 8) ?? 'unknown'}` : slugify(cred.storeHash).slice(0, 32) || 'store';
  const name = slugify(cred.name) || 'api-account';
  const date = /^\d{4}-\d{2}-\d{2}/.exec(cred.capturedAt)?.[0];
  const extension: ExportExtension = ext === 'json' || ext === 'env' ? ext : 'txt';
  return `bigcommerce-${store}-${name}${date ? `-${date}` : ''}.${extension}`;
}
