/**
 * When two records hold the same credential: the same home (store, or account for an
 * account-level record) and the same values, every one of them. The client ID alone is not
 * enough: a Stencil-CLI token has none, so two different tokens for one store would look alike,
 * and a capture whose labels were not understood keeps its values in `labelled`. Used by restore
 * (skips what is already there) and by the rescue move (deletes what the vault already holds).
 * The result holds secrets: memory only, never stored or shown.
 */
import type { CredentialFields } from './schemas';

export function credentialIdentity(storeHash: string, fields: Pick<CredentialFields, 'clientId' | 'clientSecret' | 'accessToken' | 'labelled'>): string {
  return JSON.stringify([storeHash, fields.clientId, fields.clientSecret, fields.accessToken, fields.labelled?.map((l) => [l.label, l.value]) ?? []]);
}
