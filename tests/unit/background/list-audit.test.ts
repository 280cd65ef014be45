import { describe, expect, it } from 'vitest';
import { archiveStoreRecord, onListPage, storeRecords } from '../../../utils/background/handle-list-audit';
import { EMPTY_ANNOTATIONS, isArchived, withArchived, withoutRecord, type Annotations } from '../../../utils/vault/annotations';
import type { Vault } from '../../../utils/vault';

const ID = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const header = (n: number, name: string, storeHash: string, kind?: 'account-level') => ({ recordId: ID(n), name, storeHash, ...(kind ? { kind } : {}) });
const vault = (headers: ReturnType<typeof header>[], archived: string[] = []) => {
  let annotations: Annotations = { ...EMPTY_ANNOTATIONS, ...(archived.length ? { archived } : {}) };
  let reads = 0;
  return {
    recordIds: () => Promise.resolve(headers.map((h) => h.recordId).sort()),
    listHeaders: () => {
      reads++;
      return Promise.resolve({ headers: [...headers], problems: [] });
    },
    reads: () => reads,
    annotations: () => Promise.resolve(annotations),
    setArchived: (id: string, on: boolean) => Promise.resolve(void (annotations = withArchived(annotations, id, on))),
    archived: () => annotations.archived ?? [],
  } as unknown as Vault & { archived: () => string[]; reads: () => number };
};

describe('list page audit (background)', () => {
  // 5: an account-level record filed under the store whose panel made it (its account unknown).
  const headers = [header(1, 'Sync', 'abc'), header(2, 'Other store', 'xyz'), header(4, 'Old', 'abc'), header(5, 'Billing', 'abc', 'account-level')];

  it("answers with this store's unarchived store-level records: names and ids only", async () => {
    expect(await storeRecords(vault(headers, [ID(4)]), 'abc')).toEqual({ ok: true, records: [{ id: ID(1), name: 'Sync' }] });
  });

  it('reads the records again only when the set of record ids changed', async () => {
    const list = [header(1, 'Sync', 'abc'), header(2, 'Other store', 'xyz')];
    const v = vault(list);
    expect(await storeRecords(v, 'abc')).toEqual({ ok: true, records: [{ id: ID(1), name: 'Sync' }] });
    expect(await storeRecords(v, 'abc')).toEqual({ ok: true, records: [{ id: ID(1), name: 'Sync' }] });
    expect(v.reads()).toBe(1);
    // Another store is kept on its own.
    expect(await storeRecords(v, 'xyz')).toEqual({ ok: true, records: [{ id: ID(2), name: 'Other store' }] });
    expect(v.reads()).toBe(2);
    // A capture (a new id) or a deletion (an id gone) is seen at the next question.
    list.push(header(3, 'New feed', 'abc'));
    expect(await storeRecords(v, 'abc')).toEqual({ ok: true, records: [{ id: ID(1), name: 'Sync' }, { id: ID(3), name: 'New feed' }] });
    list.splice(0, 1);
    expect(await storeRecords(v, 'abc')).toEqual({ ok: true, records: [{ id: ID(3), name: 'New feed' }] });
    expect(v.reads()).toBe(4);
    // Another vault (another database) never gets these answers.
    expect(await storeRecords(vault([]), 'abc')).toEqual({ ok: true, records: [] });
  });

  it("archives only a store-level record of the sender's store", async () => {
    const v = vault(headers);
    expect(await archiveStoreRecord(v, 'abc', ID(2))).toEqual({ ok: false });
    expect(await archiveStoreRecord(v, 'abc', ID(5))).toEqual({ ok: false });
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

  // Issue 10's frame rules (utils/content/frame.ts pageHref): a child frame whose own path says
  // nothing takes its tab's; a child frame on another control-panel page does not.
  it('accepts the list page itself, or a shell frame of a tab on the list page', () => {
    const list = 'https://store-abc.mybigcommerce.com/manage/settings/api-accounts';
    const shell = 'https://store-abc.mybigcommerce.com/manage/frame';
    const other = 'https://store-abc.mybigcommerce.com/manage/settings/api-accounts/create';
    const sender = (url: string, frameId: number, tabUrl: string) => ({ url, frameId, tab: { url: tabUrl } }) as never;
    expect(onListPage(sender(list, 0, list))).toBe(true);
    expect(onListPage(sender(list, 3, list))).toBe(true);
    expect(onListPage(sender(shell, 3, list))).toBe(true);
    expect(onListPage(sender(shell, 0, shell))).toBe(false);
    expect(onListPage(sender(other, 3, list))).toBe(false);
    expect(onListPage(sender(shell, 3, other))).toBe(false);
  });
});
