import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { decodeOrderedCursor, encodeOrderedCursor, orderedPage, ordering } from '../../src/graphql/filters/order.js';
import { OrderDirection } from '../../src/graphql/filters/scalar.input.js';

const items = ['e', 'a', 'd', 'b', 'c'].map((id) => ({ id, n: id === 'c' ? null : id.charCodeAt(0) }));
const byId = ordering<{ id: string }>('Mineral', 'ID', OrderDirection.ASC, (x) => x.id);
const id = (x: { id: string }) => x.id;

describe('orderedPage', () => {
  it('pages in key order with totalCount and cursors that continue where the last page ended', () => {
    const p1 = orderedPage(items, { first: 2, order: byId, id });
    expect(p1.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(p1.totalCount).toBe(5);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = orderedPage(items, { first: 2, after: p1.pageInfo.endCursor, order: byId, id });
    expect(p2.edges.map((e) => e.node.id)).toEqual(['c', 'd']);
    expect(p2.pageInfo.hasPreviousPage).toBe(true);
    const p3 = orderedPage(items, { first: 2, after: p2.pageInfo.endCursor, order: byId, id });
    expect(p3.edges.map((e) => e.node.id)).toEqual(['e']);
    expect(p3.pageInfo.hasNextPage).toBe(false);
  });

  it('sorts descending with unknown keys last, ties by id', () => {
    const desc = ordering<(typeof items)[number]>('Mineral', 'N', OrderDirection.DESC, (x) => x.n);
    expect(orderedPage(items, { order: desc, id }).edges.map((e) => e.node.id)).toEqual(['e', 'd', 'b', 'a', 'c']);
  });

  it('refuses a negative or too large first, a cursor it did not issue, and a cursor of another order, as BAD_USER_INPUT', () => {
    for (const first of [-1, 101, 1.5]) {
      expect(() => orderedPage(items, { first, order: byId, id })).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    }
    expect(() => orderedPage(items, { after: 'not-a-cursor', order: byId, id })).toThrow(/not a cursor this API issued/);
    const byName = encodeOrderedCursor('Mineral:NAME:ASC', 'Gallium', 'gallium');
    expect(() => orderedPage(items, { after: byName, order: byId, id })).toThrow(/cursor for the order Mineral NAME ASC/);
  });

  it('round-trips a cursor', () => {
    expect(decodeOrderedCursor(encodeOrderedCursor('Mineral:ID:ASC', 2024, 'gallium'), 'Mineral:ID:ASC')).toEqual([2024, 'gallium']);
  });
});
