import { describe, expect, it } from 'vitest';
import { archiveStoreRecord, storeRecords } from '../../../utils/background/handle-list-audit';
import { classifyUrl } from '../../../utils/control-panel-url';
import { presetSchema } from '../../../utils/presets/schema';
import { archivedIds, withArchived } from '../../../utils/vault/archive';
import type { Vault } from '../../../utils/vault';

const ID = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const header = (n: number, name: string, storeHash: string, tokenType = 'v2v3') => ({ recordId: ID(n), name, storeHash, tokenType });
const vault = (headers: ReturnType<typeof header>[]) => ({ listHeaders: async () => ({ headers, problems: [] }) }) as unknown as Vault;

describe('list page audit (background)', () => {
  const v = vault([header(1, 'Sync', 'abc'), header(2, 'Other store', 'xyz'), header(3, 'Billing', 'abc', 'account-level'), header(4, 'Old', 'abc')]);

  it("answers with this store's store-level, unarchived records: names and ids only", async () => {
    expect(await storeRecords(v, 'abc', new Set([ID(4)]))).toEqual({ ok: true, records: [{ id: ID(1), name: 'Sync' }] });
  });

  it("archives only a record of the sender's store", async () => {
    const archived: string[] = [];
    const set = async (id: string) => void archived.push(id);
    expect(await archiveStoreRecord(v, 'abc', ID(2), set)).toEqual({ ok: false });
    expect(await archiveStoreRecord(v, 'abc', ID(3), set)).toEqual({ ok: false });
    expect(await archiveStoreRecord(v, 'abc', ID(1), set)).toEqual({ ok: true });
    expect(archived).toEqual([ID(1)]);
  });

  it('reads the archive list defensively and toggles entries', () => {
    expect(archivedIds('nope')).toEqual([]);
    expect(archivedIds([ID(1), ID(1), 'x', 3])).toEqual([ID(1)]);
    expect(withArchived([ID(1)], ID(2), true)).toEqual([ID(1), ID(2)]);
    expect(withArchived([ID(1), ID(2)], ID(1), false)).toEqual([ID(2)]);
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
