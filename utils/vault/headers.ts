/**
 * Canonical AAD bytes for record headers and vault headers, per format version.
 * The field order below IS the format: changing it breaks every stored record, which the
 * golden fixture test catches.
 */
import { canonicalBytes, fields, sortedMap, type Canonical } from './canonical';
import type { KdfParams } from './kdf';
import type {
  RecordHeader,
  RecordHeaderV0,
  RecordHeaderV1,
  VaultRecord,
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

/** The v1 entries in their order; v2 appends to them. */
function recordEntriesV1(h: Omit<RecordHeaderV1, 'v'> & { v: number }): Array<readonly [string, Canonical]> {
  return [
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
  ];
}

export function recordHeaderAadV1(h: RecordHeaderV1): Uint8Array {
  return canonicalBytes(RECORD_DOMAIN, fields(...recordEntriesV1(h)));
}

/** v2 = v1's fields in v1's order, then presetId, then `optional`, `kind`, `account`,
 *  `handoff` and `atSave`, each only when present. */
export function recordHeaderAadV2(h: RecordHeader): Uint8Array {
  // Each is absent when not known or not applicable: a header without them encodes exactly as
  // before they existed (every store-level record, and every record sealed before issue 14).
  const optional = h.optional
    ? [['optional', fields(['included', [...h.optional.included]], ['excluded', [...h.optional.excluded]])] as const]
    : [];
  const kind = h.kind ? [['kind', h.kind] as const] : [];
  const account = h.account ? [['account', h.account] as const] : [];
  const handoff = h.handoff
    ? [['handoff', h.handoff.map((r) => fields(['recipient', r.recipient], ...(r.name !== undefined ? [['name', r.name] as const] : [])))] as const]
    : [];
  const atSave = h.atSave ? [['atSave', fields(['unset', [...h.atSave.unset]])] as const] : [];
  return canonicalBytes(RECORD_DOMAIN, fields(...recordEntriesV1(h), ['presetId', h.presetId], ...optional, ...kind, ...account, ...handoff, ...atSave));
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

/** The v1 header a migrated record was sealed with, rebuilt from its v2 view (v1 had no
 *  presetId; migration sets it to null and carries every other value over unchanged). */
export function toRecordHeaderV1(h: RecordHeader): RecordHeaderV1 {
  const { presetId: _presetId, ...rest } = h;
  return { ...rest, v: 1 };
}

/** The v0 header a migrated record was sealed with, rebuilt from its current view: the fields
 *  that v0 lacked are dropped and every other value is carried over unchanged by migration. */
function toRecordHeaderV0(h: RecordHeader): RecordHeaderV0 {
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

export function recordAad(record: Pick<VaultRecord, 'header' | 'sealedFormat'>): Uint8Array {
  if (record.sealedFormat === 0) return recordHeaderAadV0(toRecordHeaderV0(record.header));
  if (record.sealedFormat === 1) return recordHeaderAadV1(toRecordHeaderV1(record.header));
  return recordHeaderAadV2(record.header);
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

function toVaultHeaderV0(h: VaultHeaderV1): VaultHeaderV0 {
  return { v: 0, protection: h.protection, kdf: h.kdf, pk: h.pk, keyId: h.keyId, createdAt: h.createdAt };
}

export function vaultAad(meta: Pick<VaultMetaV1, 'header' | 'sealedFormat'>): Uint8Array {
  return meta.sealedFormat === 0 ? vaultHeaderAadV0(toVaultHeaderV0(meta.header)) : vaultHeaderAadV1(meta.header);
}
