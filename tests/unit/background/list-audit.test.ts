import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listMembership, onListPage } from '../../../utils/background/handle-list-audit';
import { listSightings } from '../../../utils/list-sightings';
import { accountsBeforeScopekeeper } from '../../../utils/list-baseline';
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

  it('reads the records again only when the set of record ids changed (an agency vault is read once per change)', async () => {
    fakeBrowser.reset();
    const list = [header(1, 'Sync', 'abc'), header(2, 'Other store', 'xyz')];
    const v = vault(list);
    expect(await listMembership(v, 'abc', ['Sync'])).toEqual({ ok: true, inVault: [true], before: [false] });
    expect(await listMembership(v, 'abc', ['Sync'])).toEqual({ ok: true, inVault: [true], before: [false] });
    expect(v.reads()).toBe(1);
    // A capture (a new id) is seen at the next question.
    list.push(header(3, 'New feed', 'abc'));
    expect(await listMembership(v, 'abc', ['New feed'])).toEqual({ ok: true, inVault: [true], before: [false] });
    expect(v.reads()).toBe(2);
  });

  it('answers only for the names the page lists: one yes or no each, never another name or an id (trust boundaries, item 8)', async () => {
    fakeBrowser.reset();
    // The page lists "Sync" and "Manual": it learns that "Sync" is in the vault, and nothing of
    // "Old" (not listed), of the archived one, or of another store's.
    const reply = await listMembership(vault([...headers, header(6, 'Archived', 'abc')], [ID(6)]), 'abc', ['Sync', 'Manual', 'Other store', 'Billing', 'Archived']);
    expect(reply).toEqual({ ok: true, inVault: [true, false, false, false, false], before: [false, true, true, true, true] });
    expect(JSON.stringify(reply)).not.toContain('Old');
    expect(JSON.stringify(reply)).not.toMatch(/0000/);
    // What the list did not show is kept for the vault page, by record id.
    expect(await listSightings()).toEqual({ abc: { at: expect.any(Number) as number, unlisted: [ID(4)] } });
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

  it('accepts the top frame after an in-app navigation to the list (its own URL is still the page it loaded on)', () => {
    const list = 'https://store-abc.mybigcommerce.com/manage/settings/api-accounts';
    const create = 'https://store-abc.mybigcommerce.com/manage/settings/api-accounts/create';
    const sender = (url: string, frameId: number, tabUrl: string) => ({ url, frameId, tab: { url: tabUrl } }) as never;
    expect(onListPage(sender(create, 0, list))).toBe(true);
    // Never a tab on another origin.
    expect(onListPage(sender(create, 0, 'https://store-xyz.mybigcommerce.com/manage/settings/api-accounts'))).toBe(false);
  });
});

describe('accounts made before Scopekeeper (issue 20, item 10)', () => {
  const v = () => ({
    recordIds: () => Promise.resolve([ID(1)]),
    listHeaders: () => Promise.resolve({ headers: [header(1, 'Sync', 'abc')], problems: [] }),
    annotations: () => Promise.resolve(EMPTY_ANNOTATIONS),
  }) as unknown as Vault;

  it('an account on the first list read, not in the vault, is marked "before"; one that appears later is not', async () => {
    fakeBrowser.reset();
    const first = await listMembership(v(), 'abc', ['Legacy feed', 'Sync']);
    expect(first).toEqual({ ok: true, inVault: [false, true], before: [true, false] });
    // The table rendering its rows in steps during the first read: still the first read.
    expect(await listMembership(v(), 'abc', ['Legacy feed', 'Old ERP', 'Sync'])).toEqual({ ok: true, inVault: [false, false, true], before: [true, true, false] });
    // Later: an account made since, without a capture, keeps the warning.
    const later = Date.now() + 3 * 60_000;
    expect([...(await accountsBeforeScopekeeper('abc', ['Made since'], later))].sort()).toEqual(['Legacy feed', 'Old ERP']);
    // Another store has a first read of its own.
    expect(await listMembership(v(), 'xyz', ['Legacy feed'])).toEqual({ ok: true, inVault: [false], before: [true] });
  });
});
