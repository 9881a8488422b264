import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, paginate } from '../../src/graphql/paginate.js';

const items = ['e', 'a', 'd', 'b', 'c'].map((id) => ({ id }));
const opts = { key: (x: { id: string }) => x.id, id: (x: { id: string }) => x.id };

describe('paginate', () => {
  it('pages in key order with totalCount and cursors that continue where the last page ended', () => {
    const p1 = paginate(items, { ...opts, first: 2 });
    expect(p1.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(p1.totalCount).toBe(5);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = paginate(items, { ...opts, first: 2, after: p1.pageInfo.endCursor });
    expect(p2.edges.map((e) => e.node.id)).toEqual(['c', 'd']);
    expect(p2.pageInfo.hasPreviousPage).toBe(true);
    const p3 = paginate(items, { ...opts, first: 2, after: p2.pageInfo.endCursor });
    expect(p3.edges.map((e) => e.node.id)).toEqual(['e']);
    expect(p3.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a negative or too large first, and a cursor it did not issue, as BAD_USER_INPUT', () => {
    for (const first of [-1, 101, 1.5]) {
      expect(() => paginate(items, { ...opts, first })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
    expect(() => paginate(items, { ...opts, after: 'not-a-cursor' })).toThrow(/not a cursor this API issued/);
  });

  it('round-trips a cursor', () => {
    expect(decodeCursor(encodeCursor(2024, 'gallium'))).toEqual([2024, 'gallium']);
  });
});
