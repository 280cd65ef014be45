/**
 * The vault's "last backup" after a restore (utils/vault/annotations.ts afterRestore): the line
 * under the vault list speaks of the newest backup file known and the credentials in it.
 */
import { describe, expect, it } from 'vitest';
import { afterRestore, readLastBackup, type LastBackup } from '../../../utils/vault/annotations';

const NOW = new Date('2026-12-07T12:00:00.000Z');
const id = (n: number) => `${'0'.repeat(7)}${n}-0000-4000-8000-000000000000`;

describe('afterRestore', () => {
  it('makes the restored file the last backup where none was known', () => {
    expect(afterRestore(null, '2026-06-01T00:00:00Z', [id(1), id(2), id(1)], NOW)).toEqual({ v: 1, at: '2026-06-01T00:00:00.000Z', recordIds: [id(1), id(2)] });
  });

  it('keeps a newer backup made here, replaces an older one, and adds to the same one', () => {
    const newer: LastBackup = { v: 1, at: '2026-07-01T00:00:00.000Z', recordIds: [id(3)] };
    expect(afterRestore(newer, '2026-06-01T00:00:00.000Z', [id(1)], NOW)).toBe(newer);
    const older: LastBackup = { v: 1, at: '2026-05-01T00:00:00.000Z', recordIds: [id(3)] };
    expect(afterRestore(older, '2026-06-01T00:00:00.000Z', [id(1)], NOW)).toEqual({ v: 1, at: '2026-06-01T00:00:00.000Z', recordIds: [id(1)] });
    const same: LastBackup = { v: 1, at: '2026-06-01T00:00:00.000Z', recordIds: [id(3)] };
    expect(afterRestore(same, '2026-06-01T00:00:00.000Z', [id(1), id(3)], NOW).recordIds).toEqual([id(3), id(1)]);
  });

  it('counts a file dated in the future as made now', () => {
    expect(afterRestore(null, '2031-01-01T00:00:00.000Z', [id(1)], NOW).at).toBe(NOW.toISOString());
  });
});

describe('readLastBackup', () => {
  it('refuses a last backup of the right shape but no real date (month 13): no "Invalid Date" line', () => {
    expect(readLastBackup({ v: 1, at: '2026-06-01T00:00:00.000Z', recordIds: [] })).not.toBeNull();
    expect(readLastBackup({ v: 1, at: '2026-13-01T00:00:00.000Z', recordIds: [] })).toBeNull();
  });
});
