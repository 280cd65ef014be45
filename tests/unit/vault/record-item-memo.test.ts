/** The vault list's items render again only when what they show changed. */
import { describe, expect, it } from 'vitest';
import { sameRecordItem, type RecordItemProps } from '../../../components/vault/RecordItem';
import type { VaultRecord } from '../../../utils/vault';

const record = { header: { recordId: 'r1', name: 'Sync' } } as unknown as VaultRecord;
const saveNotes = () => Promise.resolve(true);
const toggleArchived = () => Promise.resolve(undefined);
const base: RecordItemProps = {
  record,
  health: null,
  actions: null,
  context: { notes: undefined, storeName: 'Acme', preset: null, now: new Date('2026-12-06T10:00:05Z'), saveNotes, toggleArchived, archived: false },
};
const withContext = (context: Partial<RecordItemProps['context']>): RecordItemProps => ({ ...base, context: { ...base.context, ...context } });

describe('sameRecordItem', () => {
  it('is the same for a new context object with the same facts, and a clock in the same minute', () => {
    expect(sameRecordItem(base, withContext({ now: new Date('2026-12-06T10:00:59Z') }))).toBe(true);
  });

  it('differs when anything shown changes', () => {
    expect(sameRecordItem(base, { ...base, record: { ...record } })).toBe(false);
    expect(sameRecordItem(base, { ...base, health: 'altered' })).toBe(false);
    expect(sameRecordItem(base, { ...base, actions: {} as RecordItemProps['actions'] })).toBe(false);
    expect(sameRecordItem(base, withContext({ notes: { label: 'Prod', note: '' } }))).toBe(false);
    expect(sameRecordItem(base, withContext({ storeName: 'Other' }))).toBe(false);
    expect(sameRecordItem(base, withContext({ archived: true }))).toBe(false);
    // The list page's sighting arrives after the list: the item must show it.
    expect(sameRecordItem(base, withContext({ unlistedAt: '2026-12-06T10:00:00.000Z' }))).toBe(false);
    expect(sameRecordItem(base, withContext({ saveNotes: () => Promise.resolve(false) }))).toBe(false);
    expect(sameRecordItem(base, withContext({ now: new Date('2026-12-06T10:01:00Z') }))).toBe(false);
  });
});
