/** A restore's labels, notes and store names in one write: gaps are filled, nothing present changes. */
import { describe, expect, it } from 'vitest';
import { EMPTY_ANNOTATIONS, withGapsFilled, withRecordNotes, withStoreName } from '../../../utils/vault/annotations';

const ID = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('withGapsFilled', () => {
  const current = withStoreName(withRecordNotes(EMPTY_ANNOTATIONS, ID(1), { label: 'Mine', note: '' }), 'abc123', 'Acme');

  it('adds notes and store names where there are none, keeps what is there, skips empty ones', () => {
    const next = withGapsFilled(current, {
      records: { [ID(1)]: { label: 'From backup', note: 'x' }, [ID(2)]: { label: ' Prod ', note: 'Rotates yearly ' }, [ID(3)]: { label: ' ', note: '' } },
      stores: { abc123: 'Other name', xyz789: ' Northwind ' },
    });
    expect(next.records).toEqual({ [ID(1)]: { label: 'Mine', note: '' }, [ID(2)]: { label: 'Prod', note: 'Rotates yearly' } });
    expect(next.stores).toEqual({ abc123: 'Acme', xyz789: 'Northwind' });
  });

  it('is the same as the one-at-a-time writes it replaces', () => {
    const add = { records: { [ID(2)]: { label: 'A', note: '' }, [ID(3)]: { label: '', note: 'B' } }, stores: { s1: 'One', s2: 'Two' } };
    let oneByOne = current;
    for (const [id, notes] of Object.entries(add.records)) oneByOne = withRecordNotes(oneByOne, id, notes);
    for (const [hash, name] of Object.entries(add.stores)) oneByOne = withStoreName(oneByOne, hash, name);
    expect(withGapsFilled(current, add)).toEqual(oneByOne);
  });

  it('refuses what the schema refuses', () => {
    expect(() => withGapsFilled(EMPTY_ANNOTATIONS, { records: { [ID(1)]: { label: 'x'.repeat(500), note: '' } }, stores: {} })).toThrow();
  });
});
