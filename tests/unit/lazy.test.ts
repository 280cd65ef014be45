import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lazy } from '../../utils/lazy';

describe('lazy', () => {
  it('builds nothing until first used, then once', () => {
    let built = 0;
    const schema = lazy(() => {
      built++;
      return z.string().min(2);
    });
    expect(built).toBe(0);
    expect(schema.safeParse('ab').success).toBe(true);
    expect(schema.safeParse('a').success).toBe(false);
    expect(built).toBe(1);
  });

  it('composes like the schema it stands for (objects, unions, methods)', () => {
    const name = lazy(() => z.string().max(3));
    const kind = lazy(() => z.enum(['a', 'b']));
    const item = lazy(() => z.object({ type: z.literal('item'), name, kind: kind.nullable() }).strict());
    const request = lazy(() => z.discriminatedUnion('type', [item, z.object({ type: z.literal('other') }).strict()]));
    expect(request.parse({ type: 'item', name: 'abc', kind: null })).toEqual({ type: 'item', name: 'abc', kind: null });
    expect(request.safeParse({ type: 'item', name: 'abcd', kind: 'a' }).success).toBe(false);
    expect(request.safeParse({ type: 'item', name: 'ab', kind: 'a', extra: 1 }).success).toBe(false);
    expect(kind.options).toEqual(['a', 'b']);
    expect(item instanceof z.ZodObject).toBe(true);
  });
});
