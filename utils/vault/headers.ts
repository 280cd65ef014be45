/**
 * Canonical AAD bytes for record headers and vault headers, per format version.
 * The field order below IS the format: changing it breaks every stored record, which the
 * golden fixture test catches.
 */
import { canonicalBytes, fields, sortedMap, type Canonical } from './canonical';
import type { KdfParams } from './kdf';
import type {
  RecordHeaderV0,
  RecordHeaderV1,
  RecordV1,
  VaultHeaderV0,
  VaultHeaderV1,
  VaultMetaV1,
} from './schemas';
import type { SuiteIds } from './suite';

const RECORD_DOMAIN = 'scopekeeper/record-header';
const VAULT_DOMAIN = 'scopekeeper/vault-header';

function suiteFields(s: SuiteIds): Canonical {
  return fields(['kem', s.kem], ['kdf', s.kdf], ['aead', s.aead]);
}

function kdfFields(k: KdfParams | null): Canonical {
  if (k === null) return null;
  if (k.alg === 'argon2id') return fields(['alg', k.alg], ['m', k.m], ['t', k.t], ['p', k.p], ['salt', k.salt]);
  return fields(['alg', k.alg], ['iterations', k.iterations], ['salt', k.salt]);
}

export function recordHeaderAadV1(h: RecordHeaderV1): Uint8Array {
  return canonicalBytes(
    RECORD_DOMAIN,
    fields(
      ['v', h.v],
      ['recordId', h.recordId],
      ['captureId', h.captureId],
      ['name', h.name],
      ['storeHash', h.storeHash],
      ['origin', h.origin],
      ['capturedAt', h.capturedAt],
      ['tokenType', h.tokenType],
      ['scopes', sortedMap(h.scopes)],
      ['keyId', h.keyId],
      ['suite', suiteFields(h.suite)],
      ['flags', [...h.flags]],
      // Added later and optional: a header without it encodes exactly as before.
      ...(h.optional ? [['optional', fields(['included', [...h.optional.included]], ['excluded', [...h.optional.excluded]])] as const] : []),
    ),
  );
}

export function recordHeaderAadV0(h: RecordHeaderV0): Uint8Array {
  return canonicalBytes(
    RECORD_DOMAIN,
    fields(
      ['v', h.v],
      ['recordId', h.recordId],
      ['captureId', h.captureId],
      ['name', h.name],
      ['storeHash', h.storeHash],
      ['origin', h.origin],
      ['capturedAt', h.capturedAt],
      ['scopes', sortedMap(h.scopes)],
      ['keyId', h.keyId],
      ['suite', suiteFields(h.suite)],
    ),
  );
}

/** The v0 header a migrated record was sealed with, rebuilt from its v1 view: the v1 fields
 *  that v0 lacked are dropped and every other value is carried over unchanged by migration. */
export function toRecordHeaderV0(h: RecordHeaderV1): RecordHeaderV0 {
  return {
    v: 0,
    recordId: h.recordId,
    captureId: h.captureId,
    name: h.name,
    storeHash: h.storeHash,
    origin: h.origin,
    capturedAt: h.capturedAt,
    scopes: h.scopes,
    keyId: h.keyId,
    suite: h.suite,
  };
}

export function recordAad(record: Pick<RecordV1, 'header' | 'sealedFormat'>): Uint8Array {
  return record.sealedFormat === 0 ? recordHeaderAadV0(toRecordHeaderV0(record.header)) : recordHeaderAadV1(record.header);
}

export function vaultHeaderAadV1(h: VaultHeaderV1): Uint8Array {
  return canonicalBytes(
    VAULT_DOMAIN,
    fields(
      ['v', h.v],
      ['protection', h.protection],
      ['suite', suiteFields(h.suite)],
      ['kdf', kdfFields(h.kdf)],
      ['pk', h.pk],
      ['keyId', h.keyId],
      ['createdAt', h.createdAt],
    ),
  );
}

export function vaultHeaderAadV0(h: VaultHeaderV0): Uint8Array {
  return canonicalBytes(
    VAULT_DOMAIN,
    fields(
      ['v', h.v],
      ['protection', h.protection],
      ['kdf', kdfFields(h.kdf)],
      ['pk', h.pk],
      ['keyId', h.keyId],
      ['createdAt', h.createdAt],
    ),
  );
}

export function toVaultHeaderV0(h: VaultHeaderV1): VaultHeaderV0 {
  return { v: 0, protection: h.protection, kdf: h.kdf, pk: h.pk, keyId: h.keyId, createdAt: h.createdAt };
}

export function vaultAad(meta: Pick<VaultMetaV1, 'header' | 'sealedFormat'>): Uint8Array {
  return meta.sealedFormat === 0 ? vaultHeaderAadV0(toVaultHeaderV0(meta.header)) : vaultHeaderAadV1(meta.header);
}
