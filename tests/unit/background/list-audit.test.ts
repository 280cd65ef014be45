import { describe, expect, it } from 'vitest';
import { archiveStoreRecord, storeRecords } from '../../../utils/background/handle-list-audit';
import { classifyUrl } from '../../../utils/control-panel-url';
import { presetSchema } from '../../../utils/presets/schema';
import { EMPTY_ANNOTATIONS, isArchived, withArchived, withoutRecord, type Annotations } from '../../../utils/vault/annotations';
import type { Vault } from '../../../utils/vault';

const ID = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const header = (n: number, name: string, storeHash: string, kind?: 'account-level') => ({ recordId: ID(n), name, storeHash, ...(kind ? { kind } : {}) });
const vault = (headers: ReturnType<typeof header>[], archived: string[] = []) => {
  let annotations: Annotations = { ...EMPTY_ANNOTATIONS, ...(archived.length ? { archived } : {}) };
  return {
    listHeaders: async () => ({ headers, problems: [] }),
    annotations: async () => annotations,
    setArchived: async (id: string, on: boolean) => void (annotations = withArchived(annotations, id, on)),
    archived: () => annotations.archived ?? [],
  } as unknown as Vault & { archived(): string[] };
};

describe('list page audit (background)', () => {
  const headers = [header(1, 'Sync', 'abc'), header(2, 'Other store', 'xyz'), header(3, 'Billing', 'abc', 'account-level'), header(4, 'Old', 'abc')];

  it("answers with this store's store-level, unarchived records: names and ids only", async () => {
    expect(await storeRecords(vault(headers, [ID(4)]), 'abc')).toEqual({ ok: true, records: [{ id: ID(1), name: 'Sync' }] });
  });

  it("archives only a record of the sender's store", async () => {
    const v = vault(headers);
    expect(await archiveStoreRecord(v, 'abc', ID(2))).toEqual({ ok: false });
    expect(await archiveStoreRecord(v, 'abc', ID(3))).toEqual({ ok: false });
    expect(await archiveStoreRecord(v, 'abc', ID(1))).toEqual({ ok: true });
    expect(v.archived()).toEqual([ID(1)]);
  });

  it('keeps the archive in the annotations: toggled, dropped with its record, absent when empty', () => {
    const one = withArchived(EMPTY_ANNOTATIONS, ID(1), true);
    expect(isArchived(one, ID(1))).toBe(true);
    expect(withArchived(withArchived(one, ID(2), true), ID(1), false).archived).toEqual([ID(2)]);
    expect(withArchived(one, ID(1), false)).not.toHaveProperty('archived');
    expect(withoutRecord(one, ID(1))).not.toHaveProperty('archived');
    expect(() => withArchived(EMPTY_ANNOTATIONS, 'not-an-id', true)).toThrow();
  });
});

describe('account-level pages and presets', () => {
  it.each([
    ['https://store-abc.mybigcommerce.com/manage/settings/account-api-accounts/create', 'account-create'],
    ['https://store-abc.mybigcommerce.com/manage/settings/auth/account-level-api-tokens', 'account-list'],
    ['https://accounts.bigcommerce.com/tokens/new', 'account-create'],
    ['https://accounts.bigcommerce.com/tokens', 'account-list'],
    ['https://accounts.bigcommerce.com/profile', 'other'],
    ['https://store-abc.mybigcommerce.com/manage/settings/account-settings', 'control-panel'],
  ])('%s is %s', (href, kind) => expect(classifyUrl(href).kind).toBe(kind));

  const base = { id: 'x-billing', name: 'X', description: '', sources: [{ url: 'https://x.example', title: 'X' }], scopes: {} };
  it('accepts account-level resources only with kind account-level, and only offered levels', () => {
    expect(presetSchema.safeParse({ ...base, kind: 'account-level', accountScopes: { 'account-users': { level: 'delete', required: true } } }).success).toBe(true);
    expect(presetSchema.safeParse({ ...base, accountScopes: { account: { level: 'read-only', required: true } } }).success).toBe(false);
    expect(presetSchema.safeParse({ ...base, kind: 'account-level', accountScopes: { account: { level: 'write', required: true } } }).success).toBe(false);
    expect(presetSchema.safeParse({ ...base, kind: 'account-level', scopes: { products: { level: 'modify', required: true } } }).success).toBe(false);
  });
});
